/**
 * The words of a speaker phrase, with their offsets, and the small tests the speaker and
 * title parsers share.
 *   catches: "Rep." and "U.S." as one word each; "Jean-Philippe" capitalised
 *   must not: keep a sentence's final full stop on its last word
 */
import { ABBREVIATED_TITLES, HONORIFICS, PERSONAL_HONORIFICS, SPEAKER_OPENERS, TITLE_ADJECTIVES, TITLE_HEADS } from "../../lexicon/speakers.js";
import type { Span } from "../../pipeline/types.js";

export interface Tok {
  start: number;
  end: number;
  word: string;
}

const TOKEN = /[^\s,;:()"“”]+/g;

export function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    let end = Math.min(m.index + m[0].length, to);
    // trailing full stop of a sentence, not of an initial or abbreviation ("U.S.", "J.")
    while (end > m.index && /[.!?'’]/.test(text[end - 1]) && !/^(?:\p{Lu}\.)+$/u.test(text.slice(m.index, end))) end--;
    if (end > m.index) out.push({ start: m.index, end, word: text.slice(m.index, end) });
  }
  return out;
}

export const HONORIFIC_ONLY = new RegExp(`^(?:${PERSONAL_HONORIFICS.join("|")})\\.?$`);
export const LEADING_WORDS = SPEAKER_OPENERS;
/** Words whose full stop does not end the phrase: initials and abbreviated titles. */
export const ABBREVIATED = new RegExp(`(?:^|[\\s.])(?:\\p{Lu}|${ABBREVIATED_TITLES.join("|")})$`, "u");
export const isTitleWord = (w: string) => TITLE_HEADS.has(w) || TITLE_HEADS.has(w.split("-").pop()!) || HONORIFICS.has(w) || TITLE_ADJECTIVES.has(w);

export const isCap = (w: string) => /^\p{Lu}/u.test(w) || /^\p{Lu}/u.test(w.replace(/^[\p{Ll}]+-/u, ""));
export const lower = (w: string) => w.toLowerCase().replace(/\.$/, "");
export const possessive = (w: string) => /['’]s?$/.test(w) && w.length > 2;
export const span = (text: string, start: number, end: number, rule: string): Span => ({ start, end, text: text.slice(start, end), rule });
