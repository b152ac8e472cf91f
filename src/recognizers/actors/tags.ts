/** Building actor tags, and the few text probes the actor recognisers share. */
import { countBefore } from "../../pipeline/spans.js";
import type { ActorTag } from "../../pipeline/types.js";

export type ActorFields = Pick<ActorTag, "kind" | "name" | "key" | "code"> & Partial<Pick<ActorTag, "title" | "affiliation" | "partial">>;

export function actorTag(text: string, start: number, end: number, rule: string, f: ActorFields): ActorTag {
  return { type: "actor", rule, start, end, text: text.slice(start, end), ...f };
}

/** The word (letters, digits, dots) that ends right before `pos`, skipping spaces; "" if none. */
export function wordBefore(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && text[e - 1] === " ") e--;
  let s = e;
  while (s > 0 && /[\p{L}\p{N}.'’-]/u.test(text[s - 1])) s--;
  return text.slice(s, e).replace(/['’]s$/, "");
}

/** The word that starts right after `pos`, skipping spaces; "" if none. */
export function wordAfter(text: string, pos: number): string {
  let s = pos;
  while (s < text.length && text[s] === " ") s++;
  let e = s;
  while (e < text.length && /[\p{L}\p{N}'’-]/u.test(text[e])) e++;
  return text.slice(s, e);
}

/** Is the text from `pos` back to the start of its line or sentence only spaces and opening quotes? */
export function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[ \t"“‘'(\[]/.test(text[i])) i--;
  return i < 0 || /[\n.!?:;]/.test(text[i]);
}

/** Actor tags sorted by start, for the tags inside a window without scanning them all. */
export class TagIndex {
  private readonly sorted: ActorTag[];
  private readonly maxLen: number;

  constructor(tags: readonly ActorTag[]) {
    this.sorted = [...tags].sort((a, b) => a.start - b.start || a.end - b.end);
    this.maxLen = this.sorted.reduce((m, t) => Math.max(m, t.end - t.start), 0);
  }

  /** Tags that start in [from, to) — and, with `overlapping`, also those that start earlier and reach into it. */
  within(from: number, to: number, overlapping = false): ActorTag[] {
    const lo0 = overlapping ? from - this.maxLen : from;
    const lo = countBefore(this.sorted, (t) => t.start < lo0);
    const out: ActorTag[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i].start < to; i++) {
      const t = this.sorted[i];
      if (t.start >= from || (overlapping && t.end > from)) out.push(t);
    }
    return out;
  }
}
