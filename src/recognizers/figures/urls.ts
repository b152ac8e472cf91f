/**
 * Web addresses and e-mail: their digits and "%" are no figures. Found by their marks
 * ("://", "www.", "@") and widened to the surrounding non-space run: linear, no regex.
 *   catches: "https://example.com/a?q=30%25", "ops2020@example.com"
 *   must not: "5% @ par" is still read (the "@" run is only "@")
 */
import { countBefore } from "../../pipeline/spans.js";
import type { Range } from "../../pipeline/types.js";

const MARKS = ["://", "www.", "@"];

/** The address-like runs of the text, sorted and disjoint. */
export function addressSpans(text: string): Range[] {
  const marks: number[] = [];
  for (const mark of MARKS) for (let k = text.indexOf(mark); k !== -1; k = text.indexOf(mark, k + mark.length)) marks.push(k);
  marks.sort((a, b) => a - b);
  const out: Range[] = [];
  for (const k of marks) {
    const prevEnd = out.length ? out[out.length - 1].end : 0;
    if (out.length && k < prevEnd) continue;
    let a = k;
    while (a > prevEnd && !/\s/.test(text[a - 1])) a--;
    let b = k;
    while (b < text.length && !/\s/.test(text[b])) b++;
    out.push({ start: a, end: b });
  }
  return out;
}

/** True when [start, end) touches one of the sorted spans. */
export function inside(spans: readonly Range[], start: number, end: number): boolean {
  const i = countBefore(spans, (s) => s.end <= start);
  return i < spans.length && spans[i].start < end;
}
