/**
 * Pieces shared by the calendar rules (years.ts, days.ts, periods.ts): number boundaries,
 * the year words after a month ("June last year") and the month-word test.
 */
import { AMBIGUOUS_MONTHS, MONTHS } from "../../lexicon/time.js";
import { key } from "./patterns.js";
import type { Calendar } from "./types.js";

/** Not inside a longer number; a hyphen after a word is fine ("mid-1996", "post-1959"). */
export const NOT_IN_NUMBER = String.raw`(?<![\w$£€¥.,/:])(?<![\d$£€¥.,/:]-)`;
export const NOT_AFTER_NUMBER = String.raw`(?![\w%]|[.,:/]\d|-\d)`;
export const cal = (c: Omit<Calendar, "type">): Calendar => ({ type: "calendar", ...c });
/** "last year" / "this year" / "next year" after a month or quarter → that year's shift. */
export const YEAR_WORD = String.raw`(?:(?:the\s+)?(this|last|next|the\s+current|the\s+previous|the\s+same)\s+year)`;
export const yearShift = (w: string | undefined): number | undefined => {
  if (!w) return undefined;
  const k = w.toLowerCase().replace(/^the\s+/, "");
  return k === "last" || k === "previous" ? -1 : k === "next" ? 1 : 0;
};
/** A month word as a month: capitalised; an ambiguous one ("May") only with a day or year beside it. */
export function monthOf(word: string, strong: boolean): number | null {
  const k = key(word);
  // lower case only for the full names that are no other word ("april", not "may" or "march")
  if (!/^[A-Z]/.test(word) && (k.length <= 4 || AMBIGUOUS_MONTHS.has(k) || k === "august")) return null;
  if (!strong && (AMBIGUOUS_MONTHS.has(k) || k.length <= 4 && k !== "june" && k !== "july")) return null;
  return MONTHS[k] ?? null;
}

/** A full month name ("May", "October"), whose final dot ends the sentence, not an abbreviation. */
export const fullName = (word: string): boolean => key(word).length > 4 || /^(?:may|june|july)$/i.test(key(word));

/** Value of a month or day with a year given relative to the reference ("June last year"). */
export function withYear(c: Omit<Calendar, "type">, year: string | undefined, shift: number | undefined): Calendar {
  if (year) return cal({ ...c, year: Number(year) });
  if (shift !== undefined) return cal({ ...c, yearShift: shift });
  return cal(c);
}
