/**
 * Reading numbers as news writes them: digits with thousands separators and decimals
 * ("1,234.5", "53.3", Indian "12,34,567"), number words ("two hundred and fifty", "a
 * half", "three quarters"), and a scale ("bn", "million"). Shared by the figure and date
 * recognisers.
 */
import { FRACTIONS, SCALES, TENS, UNITS } from "../lexicon/numbers.js";

const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const INDIAN = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;
const PLAIN = /^(?:\d+(?:\.\d+)?|\.\d+)$/;
const DECIMAL_COMMA = /^\d+,\d+$/;

/**
 * Parse "1,234.5" / "53.3" / ".5" / "12,34,567.89"; null when it is not a plain number.
 * With `decimalComma`, a lone comma that is not a thousands separator is a decimal point
 * ("$1,8923" is 1.8923 — the typo or continental style that money sometimes has).
 */
export function parseDigits(s: string, decimalComma = false): number | null {
  if (PLAIN.test(s)) return Number(s);
  if (THOUSANDS.test(s) || INDIAN.test(s)) return Number(s.replace(/,/g, ""));
  if (decimalComma && DECIMAL_COMMA.test(s)) return Number(s.replace(",", "."));
  return null;
}

/** Words that can make up a number written in words. */
export const NUMBER_WORD = [...Object.keys(UNITS), ...Object.keys(TENS), "hundred", "thousand", "million", "billion", "trillion"]
  .filter((w) => w !== "a" && w !== "an" && w !== "single")
  .sort((a, b) => b.length - a.length)
  .join("|");

/** A run of number words: "two hundred and fifty thousand", "twenty-five", "one and a half". */
export const NUMBER_WORDS = String.raw`(?:${NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+(?:a\s+)?)(?:${NUMBER_WORD}))*`;

const NUMBER_WORD_SET: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(FRACTIONS), "hundred", "thousand", "million", "billion", "trillion",
]);

/** True when the lower-case word can be part of a number written in words. */
export function isNumberWord(w: string): boolean {
  return NUMBER_WORD_SET.has(w);
}

/** Own-property test: a word such as "constructor" is in no table. */
const has = (table: object, key: string): boolean => Object.prototype.hasOwnProperty.call(table, key);

/**
 * Value of a run of number words. "two hundred and fifty thousand" → 250000,
 * "one and a half" → 1.5, "a hundred" → 100, "three quarters" → 0.75. Null when the words
 * do not make a number.
 */
export function parseNumberWords(s: string): number | null {
  const words = s.toLowerCase().replace(/-/g, " ").split(/\s+/).filter((w) => w);
  if (!words.length) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  let afterAnd = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "and") {
      afterAnd = true;
      continue;
    }
    // "a quarter of a million": the fraction takes what follows
    if (w === "of" && i > 0 && has(FRACTIONS, words[i - 1])) continue;
    if (w === "a" || w === "an") {
      // "a half", "a hundred": the article counts as one only before a scale or fraction
      const next = words[i + 1];
      const prev = words[i - 1];
      if (next && has(FRACTIONS, next)) continue;
      // "half a billion": the article joins the fraction to its scale
      if (prev && (has(FRACTIONS, prev) || prev === "of") && next && has(SCALES, next)) continue;
      if (next && (next === "hundred" || has(SCALES, next) || next === "dozen")) {
        current += 1;
        seen = true;
        continue;
      }
      return null;
    }
    if (has(FRACTIONS, w)) {
      // "three quarters" multiplies, "one and a half" adds, "half" alone is a half
      const prev = words[i - 1];
      if (current && !afterAnd && prev && (has(UNITS, prev) || has(TENS, prev)) && prev !== "a" && prev !== "an") current *= FRACTIONS[w];
      else current += FRACTIONS[w];
      seen = true;
    } else if (has(UNITS, w)) {
      current += UNITS[w];
      seen = true;
    } else if (has(TENS, w)) {
      current += TENS[w];
      seen = true;
    } else if (w === "hundred") {
      current = (current || 1) * 100;
      seen = true;
    } else if (w === "thousand" || w === "million" || w === "billion" || w === "trillion") {
      total += (current || 1) * SCALES[w];
      current = 0;
      seen = true;
    } else return null;
    afterAnd = false;
  }
  return seen ? clean(total + current) : null;
}

/** Round away binary noise: 53.3 * 1e9 → 53300000000, not 53299999999.99999. */
export function clean(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(12));
}
