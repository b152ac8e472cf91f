/**
 * The number at the heart of a figure: digits with an optional scale ("53.3 billion",
 * "6bn", "1.5 mln"), or number words with one ("two hundred billion", "a quarter million").
 *   catches: "$53.3 billion" → 53.3e9 (after the symbol), "Two million", "three quarters billion"
 *   must not: "020" (a dialling code), "1.2.3" (a version), "20th" (an ordinal)
 */
import { SCALES, SCALES_AFTER_DIGITS_ONLY } from "../../lexicon/numbers.js";
import { clean, isNumberWord, parseDigits, parseNumberWords } from "../numbers.js";
import { DASHES, type Tok, isSym, isWord, own } from "./tokens.js";

export interface Amount {
  value: number;
  /** token range [from, next) */
  from: number;
  next: number;
  digits: boolean;
  /** the scale word, when one was read ("bn", "million") */
  scale: string | null;
  /** true for the integer as written, without decimals or scale ("1,234", "2004") */
  integer: boolean;
}

const SCALE_WORDS_IN_WORDS = new Set(["thousand", "million", "billion", "trillion"]);

/** Digits at token i, with the scale after them. */
export function readDigits(toks: readonly Tok[], i: number, decimalComma = false): Amount | null {
  const t = toks[i];
  if (!t || t.kind !== "num") return null;
  if (/^0\d/.test(t.text)) return null; // dialling codes, serial numbers
  if ((t.text.match(/\./g) ?? []).length > 1) return null; // versions, IP addresses, dotted dates
  const n = parseDigits(t.text, decimalComma);
  if (n === null) return null;
  let value = n;
  let next = i + 1;
  let scale: string | null = null;
  const s = toks[next];
  const sv = s && s.kind === "word" ? own(SCALES, s.lower) : undefined;
  if (s && sv !== undefined && s.lower !== "hundred") {
    if (!SCALES_AFTER_DIGITS_ONLY.has(s.lower) || s.tight) {
      value = clean(n * sv);
      scale = s.lower;
      next++;
    }
  } else if (s && s.kind === "word" && s.lower === "hundred" && isWord(toks[next + 1]) && (own(SCALES, toks[next + 1].lower) ?? 0) >= 1e3) {
    // "2 hundred million": rare, but read it whole
    value = clean(n * 100 * SCALES[toks[next + 1].lower]);
    scale = toks[next + 1].lower;
    next += 2;
  }
  return { value, from: i, next, digits: true, scale, integer: scale === null && /^[\d,]+$/.test(t.text) };
}

/** Number words at token i: "two hundred billion", "one and a half", "a quarter million". */
export function readWords(toks: readonly Tok[], i: number): Amount | null {
  const first = toks[i];
  if (!first || first.kind !== "word") return null;
  const startsWithArticle = first.lower === "a" || first.lower === "an";
  if (!startsWithArticle && !isNumberWord(first.lower)) return null;
  let j = i;
  let last = i - 1;
  while (j < toks.length) {
    const t = toks[j];
    if (t.kind === "word" && isNumberWord(t.lower) && !(t.lower === "a" || t.lower === "an" || t.lower === "single")) {
      last = j;
      j++;
    } else if ((t.lower === "a" || t.lower === "an") && isWord(toks[j + 1]) && (isNumberWord(toks[j + 1].lower)) && toks[j + 1].lower !== "a") {
      j++;
    } else if (t.lower === "of" && last === j - 1 && /^(?:half|quarter|third|quarters|thirds)$/.test(toks[last].lower) && isWord(toks[j + 1]) && /^(?:a|an)$/.test(toks[j + 1].lower)) {
      j++;
    } else if (t.lower === "and" && last === j - 1 && last >= i && isWord(toks[j + 1]) && (isNumberWord(toks[j + 1].lower) || toks[j + 1].lower === "a")) {
      j++;
    } else if (isSym(t) && DASHES.has(t.text) && t.tight && last === j - 1 && isWord(toks[j + 1]) && toks[j + 1].tight && isNumberWord(toks[j + 1].lower)) {
      j++;
    } else break;
  }
  if (last < i) return null;
  const words = toks.slice(i, last + 1).map((t) => t.lower).filter((w) => w !== "-" && w !== "–");
  const value = parseNumberWords(words.join(" "));
  if (value === null) return null;
  const scale = [...words].reverse().find((w) => SCALE_WORDS_IN_WORDS.has(w)) ?? null;
  return { value, from: i, next: last + 1, digits: false, scale, integer: false };
}

