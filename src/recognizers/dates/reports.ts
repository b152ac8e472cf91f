/**
 * The periods of earnings reports, named from the reference date: "the quarter" (the one just
 * reported), "the latest quarter", "the year-ago quarter", "the year-earlier period", "the
 * year", "the full year", "the fiscal year", "the year ended June 30" (P1Y), "the weekend",
 * "year-end", "year-earlier profit".
 *   must not: "the quarter of the shares", "the year before" (relative.ts), "a quarter of"
 */
import { aboutQuarters } from "./relative.js";
import { fixed, type Candidate, type DateRule, type Shift } from "./types.js";

/** Not the start of another phrase: "the year ago", "the year before", "the year-end". */
const NOT_SHIFTED = String.raw`(?![\s-](?:ago|earlier|before|after|end|old|long|on)\b)`;
/** "the year ended March 31": a reporting period, named by its end. */
const ENDED = /^\s+(?:ended|ending|to\s+(?:date|end))\b/i;
/** "the year of the dragon", "the year that followed": not the present year. */
const NOT_A_TIME_AFTER = /^\s+(?:of|to|in|before|after|earlier|later|that|when|which)\b/i;

const shift = (start: number, end: number, unit: Shift["unit"], by: number): Omit<Candidate, "rule"> => ({
  start, end, kind: "date", when: { type: "shift", unit, by }, mod: null,
});

export const REPORT_RULES: readonly DateRule[] = [
  {
    name: "the-quarter",
    // "the quarter", "the latest quarter", "the year-ago quarter", "the year-earlier period",
    // "the quarter ended Sept. 30"; not "the quarter of the vote"
    pattern: new RegExp(String.raw`\b(?:the\s+)?(?:(latest|current|recent|most\s+recent)\s+|(year[\s-]ago|year[\s-]earlier)\s+)?(?:fiscal\s+)?(quarter|period)\b${NOT_SHIFTED}`, "gi"),
    read(m, text) {
      const start = m.index;
      const end = m.index + m[0].length;
      const quarter = /quarter/i.test(m[3]);
      if (ENDED.test(text.slice(end, end + 10))) return /^the\s/i.test(m[0]) && !m[2] && quarter ? shift(start, end, "Q", -1) : null;
      if (m[2]) return shift(start, end, "Q", -5);
      if (!/^the\s/i.test(m[0]) || (!m[1] && NOT_A_TIME_AFTER.test(text.slice(end, end + 10)))) return null;
      if (!quarter) return m[1] ? shift(start, end, "Q", -1) : null;
      return shift(start, end, "Q", m[1] && /current/i.test(m[1]) ? 0 : -1);
    },
  },
  {
    name: "the-year",
    // "the year", "the full year", "the current fiscal year"; "the year ended June 30" is P1Y
    pattern: new RegExp(String.raw`\bthe\s+(?:(current|full)\s+)?(?:fiscal\s+)?year\b${NOT_SHIFTED}`, "gi"),
    read(m, text) {
      const end = m.index + m[0].length;
      if (ENDED.test(text.slice(end, end + 10))) return { start: m.index, end, kind: "duration", when: fixed("P1Y"), mod: null };
      if (!m[1] && NOT_A_TIME_AFTER.test(text.slice(end, end + 10))) return null;
      return shift(m.index, end, "Y", 0);
    },
  },
  {
    name: "the-month",
    // "for the month", "during the month"
    pattern: new RegExp(String.raw`\b(?<=(?:of|for|in|during|through)\s+)the\s+month\b${NOT_SHIFTED}`, "gi"),
    read: (m) => shift(m.index, m.index + m[0].length, "M", 0),
  },
  {
    name: "the-decade",
    // "by the end of the decade"; not "the decade of reform"
    pattern: new RegExp(String.raw`\bthe\s+decade\b${NOT_SHIFTED}`, "gi"),
    read: (m, text) => (/^\s+(?:of|to|in|before|after|since|that|when)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) ? null : shift(m.index, m.index + m[0].length, "DE", 0)),
  },
  {
    name: "the-weekend",
    // "over the weekend": in a past-tense clause on a weekday, the one just gone
    pattern: /\bthe\s+weekend\b/gi,
    read: (m) => ({ start: m.index, end: m.index + m[0].length, kind: "date", when: { type: "shift", unit: "WE", by: 0, justGone: true }, mod: null }),
  },
  {
    name: "year-end",
    // "year-end", "by year end", "year's end": the end of the reference year
    pattern: /\byear(?:['’]s)?[\s-]end\b(?!s)/gi,
    read: (m) => ({ ...shift(m.index, m.index + m[0].length, "Y", 0), mod: "END" }),
  },
  {
    name: "year-ago-adjective",
    // "year-earlier profit", "year-ago levels"
    pattern: /\byear[\s-](?:earlier|ago)\b(?=\s+[a-z])/gi,
    read(m, text) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s+(?:quarter|period)\b/i.test(after)) return null;
      const end = m.index + m[0].length;
      return aboutQuarters(text, m.index) ? shift(m.index, end, "Q", -5) : shift(m.index, end, "Y", -1);
    },
  },
];
