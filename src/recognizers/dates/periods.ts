/**
 * Parts of a year: quarters, halves and seasons, and the months that make them up.
 *   catches: "the third quarter of 2024", "third-quarter", "the fiscal first quarter",
 *            "this year's third quarter", "Q1 2024", "the first half", "H2 2005",
 *            "final three months of 2004" (2004-Q4), "summer 2004", "last fall"
 *   must not: "last quarter" (deictic: relative.ts), "the fall in prices", "spring up"
 */
import { ORDINALS, SEASONS } from "../../lexicon/time.js";
import { NOT_AFTER_NUMBER, withYear, YEAR_WORD, yearShift } from "./calendar-words.js";
import { SEASON, YEAR } from "./patterns.js";
import { type DateRule } from "./types.js";

/** "the second half of the year": of the reference's year, as deictic as "this year". */
const ofTheYear = (s: string): number | undefined => (/\bof\s+the\s+(?:fiscal\s+)?year$/i.test(s) ? 0 : undefined);

export const PERIODS_RULES: readonly DateRule[] = [
  {
    name: "quarter",
    // "the third quarter of 2024", "third-quarter", "the fiscal first quarter", "this year's third quarter", "the 1988 quarter"
    pattern: new RegExp(String.raw`\b(?:the\s+)?(?:(${YEAR})(?:'s)?\s+|(this|last|next|year[\s-]earlier|year[\s-]ago)(?:\s+year['’]s)?\s+)?(?:(?:fiscal|calendar)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal\s+)?quarter\b(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(${YEAR})${NOT_AFTER_NUMBER}|${YEAR_WORD})|\s+of\s+the\s+(?:fiscal\s+)?year)?`, "gi"),
    read(m) {
      const ord = m[3].toLowerCase();
      const hasYear = Boolean(m[1] || m[2] || m[4] || m[5] || ofTheYear(m[0]) === 0);
      if ((ord === "final" || ord === "last") && !hasYear) return null; // "last quarter": deictic
      const quarter = ORDINALS[ord] ?? 4;
      const shift = m[2] ? (/^year/i.test(m[2]) ? -1 : yearShift(m[2])) : (yearShift(m[5]) ?? ofTheYear(m[0]));
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
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: withYear({ half }, m[1] ?? m[3] ?? m[6], yearShift(m[4]) ?? ofTheYear(m[0])), mod: null };
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
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: withYear(part, m[3], yearShift(m[4]) ?? ofTheYear(m[0])), mod: null };
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
