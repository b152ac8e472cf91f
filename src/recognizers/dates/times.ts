/**
 * Clock times (TIMEX3 TIME): "1300 GMT", "16:50 GMT", "7:15 p.m.", "9 a.m. Tuesday", "noon",
 * "midnight Friday". Without a reference date the day stays unknown: XXXX-XX-XXT13:00.
 *   catches: "10:35 a.m.", "9am", "0900 GMT", "noon"
 *   must not: "1300 jobs", "3:1 ratio", "2.30" as a price
 */
import { MONTHS, WEEKDAYS } from "../../lexicon/time.js";
import { pad } from "./calendar.js";
import { MONTH, WEEKDAY, ZONE } from "./patterns.js";
import type { DateRule, When } from "./types.js";

const AMPM = String.raw`(a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)`;
/** The day a clock time is on, when written after it: "9 a.m. Tuesday", "5 p.m. EST, Nov. 9". */
const DAY_AFTER = String.raw`(?:,?\s+(?:on\s+)?(?:(${WEEKDAY}|today|yesterday|tomorrow)|(${MONTH})\.?\s+(3[01]|[12]\d|0?[1-9])\b))?`;

function when(hour: number, minute: number, ampm: string | undefined, day: string | undefined, month?: string, date?: string): When | null {
  let h = hour;
  if (ampm) {
    const pm = /^p/i.test(ampm);
    if (h < 1 || h > 12) return null;
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
  }
  if (h > 24 || minute > 59) return null;
  const time = `${pad(h)}:${pad(minute)}`;
  if (month && date && /^[A-Z]/.test(month)) return { type: "calendar", month: MONTHS[month.toLowerCase()], day: Number(date), time };
  if (day) {
    const k = day.toLowerCase();
    if (k in WEEKDAYS) return { type: "calendar", weekday: WEEKDAYS[k], time };
    return { type: "shift", unit: "D", by: k === "yesterday" ? -1 : k === "tomorrow" ? 1 : 0, time };
  }
  return { type: "calendar", time };
}

export const TIME_RULES: readonly DateRule[] = [
  {
    name: "clock-ampm",
    pattern: new RegExp(String.raw`(?<![\w$£€.,:])(\d{1,2})(?:[:.](\d\d))?\s?${AMPM}(?:\s+(?:local\s+time|${ZONE}))?${DAY_AFTER}`, "gi"),
    read(m) {
      const w = when(+m[1], m[2] ? +m[2] : 0, m[3], m[4], m[5], m[6]);
      return w && { start: m.index, end: m.index + m[0].length, kind: "time", when: w, mod: null };
    },
  },
  {
    name: "clock-zone",
    // "1300 GMT", "16:50 GMT", "0900 local time"
    pattern: new RegExp(String.raw`(?<![\w$£€.,:])([01]?\d|2[0-4]):?([0-5]\d)\s?(?:hours?\s+|hrs\s+)?(?:(${ZONE})\b|local\s+time\b)${DAY_AFTER}`, "g"),
    read(m) {
      const w = when(+m[1], +m[2], undefined, m[4], m[5], m[6]);
      return w && { start: m.index, end: m.index + m[0].length, kind: "time", when: w, mod: null };
    },
  },
  {
    name: "clock-24h",
    pattern: new RegExp(String.raw`(?<![\w$£€.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|\.\d)${DAY_AFTER}`, "g"),
    read(m) {
      const w = when(+m[1], +m[2], undefined, m[3], m[4], m[5]);
      return w && { start: m.index, end: m.index + m[0].length, kind: "time", when: w, mod: null };
    },
  },
  {
    name: "noon",
    pattern: new RegExp(String.raw`\b(noon|midnight|midday)${DAY_AFTER}\b`, "gi"),
    read(m, text) {
      if (/\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return null; // "High Noon"
      const w = when(/^midnight$/i.test(m[1]) ? 24 : 12, 0, undefined, m[2], m[3], m[4]);
      return w && { start: m.index, end: m.index + m[0].length, kind: "time", when: w, mod: null };
    },
  },
];
