/**
 * Reading numbers as news writes them: digits with thousands separators and decimals
 * ("1,234.5", "53.3"), number words ("two hundred and fifty", "a half"), and a scale
 * ("bn", "million"). Shared by the figure and date recognisers.
 */
import { SCALES, TENS, UNITS } from "../lexicon/numbers.js";

/** Digits as news writes them. Linear: each alternative consumes distinct characters. */
export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;

/** Parse "1,234.5" / "53.3" / ".5"; null when it is not a plain number. */
export function parseDigits(s: string): number | null {
  const t = s.replace(/,(?=\d{3}(?:\D|$))/g, "");
  if (!/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(t)) return null;
  return Number(t);
}

/** Words that can make up a number written in words. */
export const NUMBER_WORD = [...Object.keys(UNITS), ...Object.keys(TENS), "hundred", "thousand", "million", "billion", "trillion"]
  .filter((w) => w !== "a" && w !== "an" && w !== "single")
  .sort((a, b) => b.length - a.length)
  .join("|");

/** A run of number words: "two hundred and fifty thousand", "twenty-five", "one and a half". */
export const NUMBER_WORDS = String.raw`(?:${NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+(?:a\s+)?)(?:${NUMBER_WORD}))*`;

/**
 * Value of a run of number words. "two hundred and fifty thousand" → 250000,
 * "one and a half" → 1.5, "a hundred" → 100. Null when the words do not make a number.
 */
export function parseNumberWords(s: string): number | null {
  const words = s.toLowerCase().replace(/-/g, " ").split(/\s+/).filter((w) => w && w !== "and");
  if (!words.length) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "a" || w === "an") {
      // "a half", "a hundred": the article counts as one only before a scale or fraction
      const next = words[i + 1];
      if (next === "half" || next === "quarter") continue;
      if (next && (next === "hundred" || SCALES[next] !== undefined)) {
        current += 1;
        seen = true;
        continue;
      }
      return null;
    }
    if (w === "half" || w === "quarter") {
      current += UNITS[w];
      seen = true;
      continue;
    }
    if (w in UNITS) {
      current += UNITS[w];
      seen = true;
    } else if (w in TENS) {
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
  }
  return seen ? total + current : null;
}

/** Multiplier of a scale word ("bn" → 1e9), or 1. */
export function scaleOf(word: string | undefined | null): number {
  if (!word) return 1;
  return SCALES[word.toLowerCase().replace(/\.$/, "")] ?? 1;
}

/** Round away binary noise: 53.3 * 1e9 → 53300000000, not 53299999999.99999. */
export function clean(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(12));
}
