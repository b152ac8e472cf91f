/**
 * Years and what is counted in years: bare and fiscal years, spoken years, year ranges,
 * decades and centuries.
 *   catches: "2004", "fiscal 1989", "FY2005", "nineteen ninety-six", "the year two thousand",
 *            "2007-2013" (P7Y), "2004/05", "the 1990s", "the '90s", "the seventies", "the 20th century"
 *   must not: "$2004", "2004%", "2,004", "2004 million", "No. 2004", "in his 50s"
 */
import { DECADE_WORDS, NOT_YEAR_AFTER } from "../../lexicon/time.js";
import { parseNumberWords } from "../numbers.js";
import { NOT_AFTER_NUMBER, NOT_IN_NUMBER } from "./calendar-words.js";
import { DECADE_WORD, YEAR } from "./patterns.js";
import { fixed, type DateRule } from "./types.js";

export const YEARS_RULES: readonly DateRule[] = [
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
    name: "year-two-thousand",
    // transcripts: "the year two thousand", "the year two thousand and five"
    pattern: /\bthe\s+year\s+two\s+thousand(?:\s+and)?(?:\s+(one|two|three|four|five|six|seven|eight|nine|ten))?\b/gi,
    read(m) {
      const end = m.index + m[0].length - (/\sand$/i.test(m[0]) ? 4 : 0);
      return { start: m.index, end, kind: "date", when: fixed(String(2000 + (m[1] ? (parseNumberWords(m[1]) ?? 0) : 0))), mod: null };
    },
  },
  {
    name: "spoken-year",
    // transcripts: "nineteen ninety-six", "in nineteen seventy-nine"
    pattern: /\bnineteen[\s-]+(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine))?\b/gi,
    read(m) {
      const y = 1900 + (parseNumberWords(`${m[1]} ${m[2] ?? ""}`.trim()) ?? 0);
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: fixed(String(y)), mod: null };
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
];
