/**
 * Regex fragments shared by the date rules, built once from the lexicon. Every fragment is
 * an alternation of fixed words or a bounded digit run, so the rules that combine them stay
 * linear: no quantified group repeats a class that its neighbour also matches.
 */
import { DECADE_WORDS, HOLIDAYS, MONTHS, PARTS_OF_DAY, SEASONS, TIME_ZONES, WEEKDAYS } from "../../lexicon/time.js";
import { NUMBER_WORD, NUMBER_WORDS, parseNumberWords } from "../numbers.js";

const alt = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).join("|");

/** "October", "Oct", "Oct." (the dot is matched by the rules where they allow it) */
export const MONTH = `(?:${alt(Object.keys(MONTHS))})`;
export const WEEKDAY = `(?:${alt(Object.keys(WEEKDAYS).filter((w) => w.length > 3 || w === "fri" || w === "wed"))})`;
export const SEASON = `(?:${alt(Object.keys(SEASONS))})`;
export const POD = `(?:${alt(Object.keys(PARTS_OF_DAY))})`;
export const ZONE = `(?:${alt(TIME_ZONES)})`;
/** Holidays on a fixed day: "Christmas", "New Year's Day" (the apostrophe straight or curly). */
export const HOLIDAY = `(?:${alt(Object.keys(HOLIDAYS)).replace(/'/g, "['’]").replace(/ /g, String.raw`\s+`)})`;
export const DECADE_WORD = `(?:${alt(Object.keys(DECADE_WORDS))})`;
/** A year of news: 1500-2099, not inside a longer number. */
export const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
/**
 * How many: digits, number words, "a", "a couple of", or a vague "several"/"a few" (X).
 * The lookbehind lets a run of number words start matching only at its first word.
 */
export const COUNT = String.raw`(?:\d+(?:\.\d+)?(?:\s1/2|½)?|(?<!(?:${NUMBER_WORD})[\s-]+)(?:${NUMBER_WORDS})(?:\s+and\s+a\s+half)?|an?|a\s+couple\s+of|a\s+few|several|few|many|some|a\s+dozen|dozens\s+of)`;

/** Read a COUNT: a number, or null for a vague amount ("several", "a few"). */
export function readCount(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^\d/.test(t)) return /(?: 1\/2|½)$/.test(t) ? Number(t.replace(/(?: 1\/2|½)$/, "")) + 0.5 : Number(t);
  if (t === "a" || t === "an") return 1;
  if (t === "a couple of") return 2;
  if (t === "a dozen") return 12;
  if (/^(?:a few|several|few|many|some|dozens of)$/.test(t)) return null;
  const half = / and a half$/.test(t);
  const n = parseNumberWords(t.replace(/ and a half$/, ""));
  return n === null ? null : half ? n + 0.5 : n;
}

/** Lower-case a word and drop a trailing dot: "Sept." → "sept". */
export const key = (w: string): string => w.toLowerCase().replace(/\.$/, "");

/**
 * What comes before the "a year" of a rate: a figure, a multiplier, or a number and its noun
 * ("5% a year", "$50 a day", "twice a year", "24 hours a day", "four flights a week").
 */
export const RATE_BEFORE = new RegExp(
  String.raw`(?:\d%?|%|\bper\s?cent|\bpct|\b(?:dollars?|euros?|pounds?|yen|yuan|barrels?|tonnes?|billion|million|bn|m|times|twice|once)|(?:(?<![\d,.])\d[\d,.]*|\b(?:${NUMBER_WORD}))\s+[a-z]+(?:\s+[a-z]+)?)\s*$`,
  "i",
);
