/**
 * Dates named by the calendar: years, year ranges, decades, centuries, days and months,
 * ISO and numeric dates, quarters, halves, seasons and fiscal years.
 *   catches: "2004", "fiscal 1989", "2007-2013", "the 1990s", "the seventies", "Oct. 15, 1999",
 *            "3 March", "June last year", "2024-05-17", "the third quarter of 2024", "Q1 2024",
 *            "third-quarter", "the first half", "final three months of 2004", "summer 2004"
 *   must not: "$2004", "2004%", "2,004", "2004 million", "may rise", "prices fall in"
 */
import { AMBIGUOUS_MONTHS, DECADE_WORDS, MONTHS, ORDINALS, SEASONS } from "../../lexicon/time.js";
import { NOT_YEAR_AFTER } from "../../lexicon/time.js";
import { DECADE_WORD, key, MONTH, SEASON, YEAR } from "./patterns.js";
import { fixed, type Calendar, type DateRule } from "./types.js";

/** Not inside a longer number; a hyphen after a word is fine ("mid-1996", "post-1959"). */
const NOT_IN_NUMBER = String.raw`(?<![\w$£€¥.,/:])(?<![\d$£€¥.,/:]-)`;
const NOT_AFTER_NUMBER = String.raw`(?![\w%]|[.,:/]\d|-\d)`;
const cal = (c: Omit<Calendar, "type">): Calendar => ({ type: "calendar", ...c });
/** "last year" / "this year" / "next year" after a month or quarter → that year's shift. */
const YEAR_WORD = String.raw`(?:(?:the\s+)?(this|last|next|the\s+current|the\s+previous|the\s+same)\s+year)`;
const yearShift = (w: string | undefined): number | undefined => {
  if (!w) return undefined;
  const k = w.toLowerCase().replace(/^the\s+/, "");
  return k === "last" || k === "previous" ? -1 : k === "next" ? 1 : 0;
};
/** A month word as a month: capitalised; an ambiguous one ("May") only with a day or year beside it. */
function monthOf(word: string, strong: boolean): number | null {
  const k = key(word);
  // lower case only for the full names that are no other word ("april", not "may" or "march")
  if (!/^[A-Z]/.test(word) && (k.length <= 4 || AMBIGUOUS_MONTHS.has(k) || k === "august")) return null;
  if (!strong && (AMBIGUOUS_MONTHS.has(k) || k.length <= 4 && k !== "june" && k !== "july")) return null;
  return MONTHS[k] ?? null;
}

/** A full month name ("May", "October"), whose final dot ends the sentence, not an abbreviation. */
const fullName = (word: string): boolean => key(word).length > 4 || /^(?:may|june|july)$/i.test(key(word));

/** Value of a month or day with a year given relative to the reference ("June last year"). */
function withYear(c: Omit<Calendar, "type">, year: string | undefined, shift: number | undefined): Calendar {
  if (year) return cal({ ...c, year: Number(year) });
  if (shift !== undefined) return cal({ ...c, yearShift: shift });
  return cal(c);
}

export const ABSOLUTE_RULES: readonly DateRule[] = [
  {
    name: "year",
    pattern: new RegExp(String.raw`${NOT_IN_NUMBER}(?:(?:(fiscal)(?:\s+year)?|FY|the\s+year)\s*)?(${YEAR})${NOT_AFTER_NUMBER}`, "gi"),
    read(m, text) {
      const end = m.index + m[0].length;
      if (!m[1] && NOT_YEAR_AFTER.test(text.slice(end, end + 20))) return null;
      // "No. 2004", "page 1999": a number, not a year
      if (/\b(?:no\.?|number|nos\.?|page|flight|route|code|article|paragraph|item|model|room|box)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      return { start: m.index, end, kind: "date", when: fixed(m[2]), mod: null };
    },
  },
  {
    name: "spoken-year",
    // transcripts: "nineteen ninety-six", "in nineteen seventy-nine"
    pattern: /\bnineteen[\s-]+(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine))?\b/gi,
    read(m) {
      const tens: Record<string, number> = { ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
      const units: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
      const y = 1900 + tens[m[1].toLowerCase()] + (m[2] ? units[m[2].toLowerCase()] : 0);
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: fixed(String(y)), mod: null };
    },
  },
  {
    name: "year-two-thousand",
    // transcripts: "the year two thousand", "the year two thousand and five"
    pattern: /\bthe\s+year\s+two\s+thousand(?:\s+and)?(?:\s+(one|two|three|four|five|six|seven|eight|nine|ten))?\b/gi,
    read(m) {
      const units: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
      const end = m.index + m[0].length - (/\sand$/i.test(m[0]) ? 4 : 0);
      return { start: m.index, end, kind: "date", when: fixed(String(2000 + (m[1] ? units[m[1].toLowerCase()] : 0))), mod: null };
    },
  },
  {
    name: "holiday",
    // "Christmas", "New Year's Day", "Thanksgiving Day", "Christmas Eve"
    pattern: /\b(?:(last|next|this)\s+)?(Christmas(?:\s+Day|\s+Eve)?|New\s+Year['’]s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Boxing\s+Day|Independence\s+Day)\b/g,
    read(m) {
      const name = m[2].replace(/\s+/g, " ").replace("’", "'");
      const fixedDays: Record<string, [number, number]> = {
        Christmas: [12, 25], "Christmas Day": [12, 25], "Christmas Eve": [12, 24], "New Year's Day": [1, 1],
        "New Year's Eve": [12, 31], "Boxing Day": [12, 26], "Independence Day": [7, 4],
      };
      const dir = m[1] ? (/last/i.test(m[1]) ? -1 : /next/i.test(m[1]) ? 1 : 0) : undefined;
      const start = m.index;
      const end = m.index + m[0].length;
      if (name.startsWith("Thanksgiving")) return { start, end, kind: "date", when: { type: "calendar", month: 11, day: 0, thanksgiving: true, dir } as Calendar, mod: null };
      const [month, day] = fixedDays[name];
      return { start, end, kind: "date", when: { type: "calendar", month, day, dir }, mod: null };
    },
  },
  {
    name: "year-range",
    pattern: new RegExp(String.raw`${NOT_IN_NUMBER}(${YEAR})(?:\s?[-–]\s?|/)(${YEAR}|\d\d)${NOT_AFTER_NUMBER}`, "g"),
    read(m) {
      const from = Number(m[1]);
      let to = Number(m[2]);
      if (m[2].length === 2) to = Math.floor(from / 100) * 100 + to;
      if (to <= from) return null;
      // "2004-05": a fiscal or season year, named by its first year
      if (m[2].length === 2 && to === from + 1) return { start: m.index, end: m.index + m[0].length, kind: "date", when: fixed(m[1]), mod: null };
      return { start: m.index, end: m.index + m[0].length, kind: "duration", when: fixed(`P${to - from + 1}Y`), mod: null };
    },
  },
  {
    name: "decade",
    pattern: new RegExp(String.raw`(?:\bthe\s+)?(?:${NOT_IN_NUMBER}(1[5-9]\d|20\d)0|['’](\d)0|\b([2-9])0)['’]?s\b|\bthe\s+(?:(nineteen|twenty)[\s-]?)?(${DECADE_WORD})\b`, "gi"),
    read(m) {
      let value: string;
      if (m[1]) value = `${m[1]}X`;
      else if (m[2] || m[3]) {
        const d = Number(m[2] ?? m[3]);
        if (m[3] && !/^the\s/i.test(m[0])) return null; // "in his 50s": an age
        value = d === 0 || d === 1 ? `20${d}X` : `19${d}X`;
      } else {
        const d = DECADE_WORDS[m[5].toLowerCase()];
        value = `${m[4] && m[4].toLowerCase() === "twenty" ? "20" : "19"}${d}X`;
      }
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: fixed(value), mod: null };
    },
  },
  {
    name: "century",
    pattern: /\b(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(nineteenth|twentieth|twenty-first|twenty\s+first|eighteenth))\s+century\b/gi,
    read(m) {
      const words: Record<string, number> = { eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21, "twenty first": 21 };
      const n = m[1] ? Number(m[1]) : words[m[2].toLowerCase().replace(/\s+/, " ")];
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: fixed(String(n - 1).padStart(2, "0")), mod: null };
    },
  },
  {
    name: "iso-date",
    pattern: new RegExp(String.raw`${NOT_IN_NUMBER}(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])${NOT_AFTER_NUMBER}`, "g"),
    read: (m) => ({ start: m.index, end: m.index + m[0].length, kind: "date", when: cal({ year: +m[1], month: +m[2], day: +m[3] }), mod: null }),
  },
  {
    name: "numeric-date",
    // US order, as the wires write it: 5/17/2004, 5/17/04
    pattern: /(?<![\w$£€¥.,/:-])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])\/((?:19|20)\d\d|\d\d)(?![\w%/]|[.,]\d)/g,
    read(m) {
      const y = m[3].length === 2 ? (Number(m[3]) > 40 ? 1900 : 2000) + Number(m[3]) : Number(m[3]);
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: cal({ year: y, month: +m[1], day: +m[2] }), mod: null };
    },
  },
  {
    name: "month-day",
    // "Oct. 15", "October 15, 1999", "March 3rd", "Dec 25 last year"
    pattern: new RegExp(String.raw`\b(${MONTH})\.?\s+(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:[-–](?:3[01]|[12]\d|0?[1-9])\b)?(?![\d:.,]\d|\s*(?:%|per\s?cent|pct|bn|billion|million|m\b))(?:,?\s+(${YEAR})${NOT_AFTER_NUMBER}|\s+${YEAR_WORD})?\b`, "gi"),
    read(m) {
      const month = monthOf(m[1], true);
      if (!month) return null;
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: withYear({ month, day: +m[2] }, m[3], yearShift(m[4])), mod: null };
    },
  },
  {
    name: "day-month",
    // "3 March", "18th of February 2005", "23-24 March" (named by its first day)
    pattern: new RegExp(String.raw`${NOT_IN_NUMBER}(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s?[-–]\s?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)?\s+(?:of\s+)?(${MONTH})\b\.?(?:,?\s+(${YEAR})${NOT_AFTER_NUMBER}|\s+${YEAR_WORD})?`, "gi"),
    read(m) {
      const month = monthOf(m[2], true);
      if (!month) return null;
      const end = m.index + m[0].length - (m[0].endsWith(".") && !m[3] && !m[4] && fullName(m[2]) ? 1 : 0);
      return { start: m.index, end, kind: "date", when: withYear({ month, day: +m[1] }, m[3], yearShift(m[4])), mod: null };
    },
  },
  {
    name: "month",
    // "March", "March 2004", "June of 1998", "June last year", "last March"
    pattern: new RegExp(String.raw`\b(?:(last|next|this|coming|past)\s+)?(${MONTH})\b\.?(?:,?\s+(?:of\s+)?(${YEAR})${NOT_AFTER_NUMBER}|\s+${YEAR_WORD})?`, "gi"),
    read(m, text) {
      const strong = Boolean(m[3] || m[4] || m[1]) ||
        /\b(?:in|since|until|till|by|from|through|early|late|mid|of|during|before|after|end|start|beginning|middle|and|or|to)[\s-]+$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
      const month = monthOf(m[2], strong);
      if (!month) return null;
      if (m[1] && !/^[a-z]/.test(m[1]) && !/^[A-Z][a-z]/.test(m[1])) return null;
      const dir = m[1] ? (/^(?:last|past)$/i.test(m[1]) ? -1 : /^(?:next|coming)$/i.test(m[1]) ? 1 : 0) : undefined;
      const end = m.index + m[0].length - (m[0].endsWith(".") && !m[3] && !m[4] && fullName(m[2]) ? 1 : 0);
      const c = withYear({ month }, m[3], yearShift(m[4]));
      if (dir !== undefined) c.dir = dir;
      return { start: m.index, end, kind: "date", when: c, mod: null };
    },
  },
  {
    name: "quarter",
    // "the third quarter of 2024", "third-quarter", "the fiscal first quarter", "this year's third quarter", "the 1988 quarter"
    pattern: new RegExp(String.raw`\b(?:the\s+)?(?:(${YEAR})(?:'s)?\s+|(this|last|next|year[\s-]earlier|year[\s-]ago)(?:\s+year['’]s)?\s+)?(?:(?:fiscal|calendar)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal\s+)?quarter\b(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(${YEAR})${NOT_AFTER_NUMBER}|${YEAR_WORD}))?`, "gi"),
    read(m) {
      const ord = m[3].toLowerCase();
      const hasYear = Boolean(m[1] || m[2] || m[4] || m[5]);
      if ((ord === "final" || ord === "last") && !hasYear) return null; // "last quarter": deictic
      const quarter = ORDINALS[ord] ?? 4;
      const shift = m[2] ? (/^year/i.test(m[2]) ? -1 : yearShift(m[2])) : yearShift(m[5]);
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: withYear({ quarter }, m[1] ?? m[4], shift), mod: null };
    },
  },
  {
    name: "year-period",
    // earnings reports: "the 1988 quarter", "the 1989 period" — that year's quarter just reported
    pattern: new RegExp(String.raw`\bthe\s+(${YEAR})\s+(?:fiscal\s+)?(?:quarter|period)\b`, "gi"),
    read: (m) => ({ start: m.index, end: m.index + m[0].length, kind: "date", when: { type: "calendar", year: Number(m[1]), quarter: 0 }, mod: null }),
  },
  {
    name: "quarter-code",
    pattern: new RegExp(String.raw`\b(?:Q([1-4])(?:\s*-?\s*|\s+of\s+)?(${YEAR}|['’]?\d\d)?|(${YEAR})\s*-?\s*Q([1-4]))\b`, "g"),
    read(m) {
      const q = Number(m[1] ?? m[4]);
      let y = m[2] ?? m[3];
      if (y && y.length < 4) y = String(2000 + Number(y.replace(/['’]/, "")));
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: withYear({ quarter: q }, y, undefined), mod: null };
    },
  },
  {
    name: "half",
    // "the first half of 2024", "second-half", "H1 2024"
    pattern: new RegExp(String.raw`\b(?:the\s+)?(?:(${YEAR})\s+)?(first|second|1st|2nd|latter|last|final)[\s-]+half\b(?:\s+of\s+(?:(?:fiscal\s+)?(${YEAR})${NOT_AFTER_NUMBER}|${YEAR_WORD}|the\s+(?:fiscal\s+)?year))?|\bH([12])(?:\s*-?\s*(${YEAR}))?\b`, "gi"),
    read(m) {
      if (m[5] && !/^H/.test(m[0])) return null;
      // "the last half" alone is a stretch of time; "the last half of 1989" is H2
      if (m[2] && /^(?:last|final)$/i.test(m[2]) && !m[1] && !m[3] && !m[4] && !/year$/i.test(m[0])) return null;
      const half = m[5] ? Number(m[5]) : /^(?:first|1st)$/i.test(m[2]) ? 1 : 2;
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: withYear({ half }, m[1] ?? m[3] ?? m[6], yearShift(m[4])), mod: null };
    },
  },
  {
    name: "months-of-year",
    // "final three months of 2004" → 2004-Q4; "the first six months of the year", "the first two quarters of 1990" → H1
    pattern: new RegExp(String.raw`\b(?:the\s+)?(first|last|final|opening|closing)\s+(three\s+months|six\s+months|3\s+months|6\s+months|two\s+quarters|2\s+quarters)\s+of\s+(?:(${YEAR})${NOT_AFTER_NUMBER}|${YEAR_WORD}|the\s+year)`, "gi"),
    read(m) {
      const last = /^(?:last|final|closing)$/i.test(m[1]);
      const six = /^(?:six|6|two|2)\s/i.test(m[2]);
      const part = six ? { half: last ? 2 : 1 } : { quarter: last ? 4 : 1 };
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: withYear(part, m[3], yearShift(m[4])), mod: null };
    },
  },
  {
    name: "season",
    // "summer 2004", "last fall", "this winter", "the spring of 2005"; "the fall in prices" is not a season
    pattern: new RegExp(String.raw`\b(?:(last|next|this|the\s+coming|the\s+past)\s+|(the)\s+)?(${SEASON})\b(?:\s+(?:of\s+)?(${YEAR})${NOT_AFTER_NUMBER}|\s+${YEAR_WORD})?`, "gi"),
    read(m, text) {
      const end = m.index + m[0].length;
      const season = SEASONS[m[3].toLowerCase()];
      if (!m[1] && !m[4] && !m[5]) {
        const before = text.slice(Math.max(0, m.index - 10), m.index);
        if (!/\b(?:in|into|during|by|until|since|over|through|for|this|early|late|mid|of)\s+$/i.test(before)) return null;
        if (/^\s+(?:of|in|on|to|from|by)\b/i.test(text.slice(end, end + 6)) && /^the\b/i.test(m[0])) return null;
        if (!m[2] && /^(?:fall|spring)$/i.test(m[3])) return null;
      }
      const dir = m[1] ? (/last|past/i.test(m[1]) ? -1 : /next|coming/i.test(m[1]) ? 1 : 0) : undefined;
      const c = withYear({ season }, m[4], yearShift(m[5]));
      if (dir !== undefined) c.dir = dir;
      return { start: m.index, end, kind: "date", when: c, mod: null };
    },
  },
];
