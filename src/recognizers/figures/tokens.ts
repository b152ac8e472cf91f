/**
 * The figure recognisers read a sentence as a short list of tokens: digit runs ("1,234.5"
 * whole, separators and all), words (with "U.S." kept whole) and single symbols. Each token
 * knows whether it touches the one before it, which is what tells "6bn" from "6 bn" and
 * "G7" from "7". Linear: one pass of one regex whose alternatives start with distinct
 * character classes.
 */

export type TokenKind = "num" | "word" | "sym";

export interface Tok {
  kind: TokenKind;
  text: string;
  lower: string;
  start: number;
  end: number;
  /** no space between this token and the previous one */
  tight: boolean;
}

const TOKEN = /(\d+(?:[.,]\d+)*)|(\p{L}(?:\.\p{L})+\.?|[\p{L}\p{M}]+)|(\S)/gu;

export function tokenize(text: string, start = 0, end = text.length): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = start;
  let prevEnd = -1;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const s = m.index;
    const e = Math.min(s + m[0].length, end);
    const t = text.slice(s, e);
    const kind: TokenKind = m[1] ? "num" : m[2] ? "word" : "sym";
    out.push({ kind, text: t, lower: t.toLowerCase(), start: s, end: e, tight: s === prevEnd });
    prevEnd = e;
  }
  return out;
}

/** Lower-case words of tokens [i, i+n) joined by single spaces, or null past the end. */
export function phrase(toks: readonly Tok[], i: number, n: number): string | null {
  if (i < 0 || i + n > toks.length) return null;
  let s = toks[i].lower;
  for (let k = i + 1; k < i + n; k++) s += (toks[k].tight && toks[k].kind === "sym") || (toks[k - 1].kind === "sym" && toks[k].tight) ? toks[k].lower : ` ${toks[k].lower}`;
  return s;
}

/**
 * Longest phrase of `table` starting at token i (at most `max` tokens): the value and the
 * index after it. Symbols written tight ("b/d", "km/h", "kilowatt-hours") join without a space.
 */
export function longest<V>(toks: readonly Tok[], i: number, table: Readonly<Record<string, V>>, max: number): { value: V; next: number; key: string } | null {
  for (let n = Math.min(max, toks.length - i); n >= 1; n--) {
    const key = phrase(toks, i, n);
    if (key !== null && Object.prototype.hasOwnProperty.call(table, key)) return { value: table[key], next: i + n, key };
  }
  return null;
}

export const isWord = (t: Tok | undefined, w?: string): boolean => !!t && t.kind === "word" && (w === undefined || t.lower === w);
export const isSym = (t: Tok | undefined, s?: string): boolean => !!t && t.kind === "sym" && (s === undefined || t.text === s);
export const DASHES: ReadonlySet<string> = new Set(["-", "–", "—", "‑"]);

/** Own-property lookup: a table keyed by words must not answer "constructor". */
export function own<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
