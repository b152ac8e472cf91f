/**
 * Quotation marks → quoted spans. Double marks (straight or curly) pair within a paragraph;
 * a paragraph that opens a quote and never closes it continues into the next paragraph
 * when that one opens with a quotation mark (the news convention for long quotes).
 * Single marks pair only outside double quotes and only where they cannot be apostrophes.
 *   catches: “It is…,” he said; "A" and "B"; 'hits world economy'; a quote over three
 *            paragraphs
 *   must not: Brown's, the banks' reserves, '90s, or an unclosed mark that would swallow
 *             the rest of the article (it ends with its paragraph)
 */
import type { Paragraph } from "../../pipeline/types.js";

export interface Quoted {
  /** inside the marks */
  start: number;
  end: number;
  /** position of the opening mark and of the closing one (end when unclosed) */
  open: number;
  close: number;
  single: boolean;
  /** paragraph index of the opening mark */
  paragraph: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013/-]/;

function doubleQuotes(text: string, paragraphs: readonly Paragraph[]): Quoted[] {
  const out: Quoted[] = [];
  let carry: { open: number; paragraph: number } | null = null;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (carry) {
      // a continued quote resumes only where the next paragraph opens with a mark; that
      // mark belongs to the continued quote
      const first = text[p.start];
      if (first === '"' || first === "“") {
        carry = scan(text, p, p.start + 1, carry, out, pi);
        continue;
      }
      closeAt(out, carry, text, paragraphs[pi - 1]);
      carry = null;
    }
    carry = scan(text, p, p.start, null, out, pi);
  }
  if (carry) closeAt(out, carry, text, paragraphs[paragraphs.length - 1]);
  return out;
}

/** Pair the marks of one paragraph; returns the quote still open at its end, if any. */
function scan(
  text: string,
  p: Paragraph,
  from: number,
  pending: { open: number; paragraph: number } | null,
  out: Quoted[],
  pi: number,
): { open: number; paragraph: number } | null {
  let open = pending;
  for (let i = from; i < p.end; i++) {
    const c = text[i];
    if (c !== '"' && c !== "“" && c !== "”") continue;
    // a straight mark that opens a new sentence while a quote is open: the writer left
    // the earlier quote unclosed ("…as France. "There can be…")
    const reopens = c === '"' && open !== null && open.paragraph === pi && i > p.start + 1 && /\s/.test(text[i - 1]) && /[.!?]/.test(text[i - 2]) && /[\p{Lu}\d]/u.test(text[i + 1] ?? "");
    if ((c === "“" || reopens) && open) {
      // a new opening mark while one is open: the earlier quote was never closed
      out.push(make(text, open.open, open.paragraph === pi ? sentenceEnd(text, open.open + 1, i) : p.start, false, open.paragraph));
      open = { open: i, paragraph: pi };
    } else if (open) {
      out.push(make(text, open.open, i, false, open.paragraph));
      open = null;
    } else if (c !== "”" || ((i === p.start || /\s/.test(text[i - 1])) && LETTER.test(text[i + 1] ?? ""))) {
      // a closing curly mark where only an opening one can stand is a typo for it
      open = { open: i, paragraph: pi };
    }
  }
  return open;
}

/** An unclosed quote ends with the paragraph it was last seen in. */
function closeAt(out: Quoted[], carry: { open: number; paragraph: number }, text: string, p: Paragraph): void {
  out.push(make(text, carry.open, trimEnd(text, carry.open + 1, p.end), false, carry.paragraph));
}

function sentenceEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (/[.!?]/.test(text[i]) && /\s/.test(text[i + 1] ?? " ")) return i + 1;
  return trimEnd(text, from, to);
}

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && /\s/.test(text[e - 1])) e--;
  return e;
}

function make(text: string, open: number, close: number, single: boolean, paragraph: number): Quoted {
  return trimmed(text, open, close, single, paragraph);
}

function trimmed(text: string, open: number, close: number, single: boolean, paragraph: number): Quoted {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, open, close, single, paragraph };
}

const SINGLE_MAX = 400;

function singleQuotes(text: string, paragraphs: readonly Paragraph[], doubles: readonly Quoted[]): Quoted[] {
  const out: Quoted[] = [];
  let d = 0;
  paragraphs.forEach((p, pi) => {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c !== "'" && c !== "‘" && c !== "’") continue;
      while (d < doubles.length && doubles[d].close < i) d++;
      if (d < doubles.length && doubles[d].open < i && i < doubles[d].close) continue;
      const prev = i > p.start ? text[i - 1] : " ";
      const next = i + 1 < p.end ? text[i + 1] : " ";
      if (open < 0) {
        // opens after a space or bracket, before a letter: not an apostrophe
        if ((c === "'" || c === "‘") && (i === p.start || OPEN_CONTEXT.test(prev)) && LETTER.test(next)) {
          // '90s and 'em are elisions, not quotes
          if (/\d/.test(next) && /^\d\ds\b/.test(text.slice(i + 1, i + 5))) continue;
          open = i;
        }
        continue;
      }
      if (i - open > SINGLE_MAX) {
        open = -1;
        continue;
      }
      if ((c === "'" || c === "’") && !/\s/.test(prev) && !LETTER.test(next)) {
        // the banks' reserves: a plural possessive before a lower-case word
        if (prev === "s" && /\s/.test(next) && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) && !/[.,!?]/.test(text[i - 2] ?? "")) {
          const rest = text.slice(i + 1, Math.min(p.end, i + 30));
          if (!/^\s+(?:said|says|added|he|she|it|they|according|the|a|an|and|as|in|on|to|for|of|is|was|were|are|but|or|with|by)\b/.test(rest)) continue;
        }
        out.push(make(text, open, i, true, pi));
        open = -1;
      }
    }
  });
  return out;
}

/**
 * A quote over several paragraphs is one quote per paragraph: each paragraph is a unit of
 * speech the reader sees, and they share the speaker (the direct stage carries it over).
 */
function perParagraph(text: string, q: Quoted, paragraphs: readonly Paragraph[]): Quoted[] {
  const p = paragraphs[q.paragraph];
  if (q.close <= p.end) return [q];
  const out: Quoted[] = [trimmed(text, q.open, p.end, q.single, q.paragraph)];
  for (let i = q.paragraph + 1; i < paragraphs.length && paragraphs[i].start < q.close; i++) {
    const n = paragraphs[i];
    out.push(trimmed(text, n.start, Math.min(n.end, q.close), q.single, i));
  }
  return out;
}

export function findQuoted(text: string, paragraphs: readonly Paragraph[]): Quoted[] {
  const doubles = doubleQuotes(text, paragraphs).flatMap((q) => perParagraph(text, q, paragraphs)).filter((q) => q.end > q.start);
  const singles = singleQuotes(text, paragraphs, doubles).filter((q) => q.end > q.start);
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}
