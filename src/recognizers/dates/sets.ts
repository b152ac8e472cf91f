/**
 * Recurring times (TIMEX3 SET): "every year", "each month", "daily", "annually", and the
 * "a year" of a rate ("5% a year", "$50 a day", "twice a year", "per annum").
 *   catches: "every other week" (P2W), "every Tuesday" (XXXX-WXX-2)
 *   must not: "a year ago" (a date), "for a year" (a duration)
 */
import { FREQUENCY_WORDS, WEEKDAYS } from "../../lexicon/time.js";
import { RATE_BEFORE, WEEKDAY } from "./patterns.js";
import { fixed, type DateRule } from "./types.js";

const PER: Record<string, string> = { year: "P1Y", annum: "P1Y", month: "P1M", week: "P1W", day: "P1D", quarter: "P1Q", hour: "PT1H", decade: "P10Y" };
const FREQ = Object.keys(FREQUENCY_WORDS).join("|");

export const SET_RULES: readonly DateRule[] = [
  {
    name: "every",
    pattern: new RegExp(String.raw`\b(?:every|each)\s+(other\s+)?(year|month|week|day|quarter|decade|hour|morning|night|evening|${WEEKDAY})\b`, "gi"),
    read(m) {
      const w = m[2].toLowerCase();
      let value: string;
      if (w in WEEKDAYS) value = `XXXX-WXX-${WEEKDAYS[w]}`;
      else if (w === "morning" || w === "night" || w === "evening") value = "P1D";
      else value = m[1] ? PER[w].replace("1", "2") : PER[w];
      return { start: m.index, end: m.index + m[0].length, kind: "set", when: fixed(value), mod: null };
    },
  },
  {
    name: "frequency",
    pattern: new RegExp(String.raw`\b(${FREQ})\b`, "gi"),
    read: (m) => ({ start: m.index, end: m.index + m[0].length, kind: "set", when: fixed(FREQUENCY_WORDS[m[1].toLowerCase()]), mod: null }),
  },
  {
    name: "rate",
    pattern: /\b(?:a|an|per)\s+(year|annum|month|week|day|quarter|hour)\b(?!\s+(?:ago|earlier|later|before|after|and)\b)/gi,
    read(m, text) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const per = /^per\b/i.test(m[0]);
      if (!per && !RATE_BEFORE.test(before)) return null;
      return { start: m.index, end: m.index + m[0].length, kind: "set", when: fixed(PER[m[1].toLowerCase()]), mod: null };
    },
  },
];
