/**
 * Dates named from the reference date: "today", "last year", "next month", "this week",
 * "Friday", "last Friday", "three years ago", "a year earlier", "the month before" (from the
 * date named just before it).
 *   catches: "yesterday morning", "last night", "the previous year", "next Thursday", "Tuesdays"
 *   must not: "the last three years" (a duration), "last-minute", "Friday's" as anything but Friday
 */
import { DAY_WORDS, DEICTIC_SHIFTS, PARTS_OF_DAY, SEASONS, WEEKDAYS } from "../../lexicon/time.js";
import { COUNT, POD, readCount, SEASON, WEEKDAY } from "./patterns.js";
import { fixed, type DateRule, type Shift } from "./types.js";

type Unit = Shift["unit"];
const UNIT_OF: Record<string, Unit> = {
  year: "Y", month: "M", week: "W", weekend: "WE", quarter: "Q", half: "H", decade: "DE", century: "CE", day: "D",
};
const DIR = DEICTIC_SHIFTS;

export const RELATIVE_RULES: readonly DateRule[] = [
  {
    name: "day-word",
    // "today", "yesterday morning", "tomorrow night", "tonight"; not the "Today programme" or "USA Today"
    pattern: new RegExp(String.raw`\b(today|yesterday|tomorrow|tonight)\b(?:['’]s)?(?:\s+(${POD}))?`, "gi"),
    read(m, text) {
      const w = m[1].toLowerCase();
      // "BBC Radio 4's Today programme": a name
      if (/^[A-Z]/.test(m[1]) && (/['’]s\s+$|\bthe\s+$|(?<![\w.])[A-Z][\w.]*\s+$/.test(text.slice(Math.max(0, m.index - 6), m.index)) || /^\s+(?:programme|program|show|newspaper)\b/i.test(text.slice(m.index + m[1].length, m.index + m[1].length + 12)))) return null;
      const pod = w === "tonight" ? "NI" : m[2] ? PARTS_OF_DAY[m[2].toLowerCase()] : undefined;
      const end = m.index + (m[2] ? m[0].length : m[1].length);
      return { start: m.index, end, kind: pod ? "time" : "date", when: { type: "shift", unit: "D", by: DAY_WORDS[w], pod }, mod: null };
    },
  },
  {
    name: "part-of-day",
    // "this morning", "last night", "overnight", "in the morning"
    pattern: new RegExp(String.raw`\b(?:(this|last|the)\s+(${POD})|(overnight))\b(?!\s+(?:of|before|after|when)\b)`, "gi"),
    read(m, text) {
      if (m[1] && /^the$/i.test(m[1]) && !/\b(?:in|during|by|until|on|through|throughout)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      if (m[3]) return { start: m.index, end: m.index + m[0].length, kind: "time", when: { type: "shift", unit: "D", by: 0, pod: "NI" }, mod: null };
      const pod = PARTS_OF_DAY[m[2].toLowerCase()];
      const by = m[1].toLowerCase() === "last" && pod === "NI" ? -1 : 0;
      if (/^the$/i.test(m[1])) return { start: m.index, end: m.index + m[0].length, kind: "time", when: { type: "calendar", pod }, mod: null };
      return { start: m.index, end: m.index + m[0].length, kind: "time", when: { type: "shift", unit: "D", by, pod }, mod: null };
    },
  },
  {
    name: "weekday",
    // "Friday", "last Friday", "next Thursday", "Friday night", "on Tuesdays" (a set)
    pattern: new RegExp(String.raw`\b(?:(last|next|this|coming|past|the\s+previous|the\s+following|the\s+next|the\s+coming)\s+)?(${WEEKDAY})(s)?\b\.?(?:['’]s)?(?:\s+(${POD})(s)?\b)?`, "gi"),
    read(m) {
      // lower case only for the full name: "wed" and "fri" are words too
      if (!/^[A-Z]/.test(m[2]) && m[2].length <= 4) return null;
      const weekday = WEEKDAYS[m[2].toLowerCase()];
      const pod = m[4] ? PARTS_OF_DAY[m[4].toLowerCase()] : undefined;
      const start = m.index;
      let end = m.index + m[0].length;
      if (!m[4]) end = m.index + m[0].indexOf(m[2]) + m[2].length + (m[3] ? 1 : 0);
      if (m[3] || m[5]) return { start, end, kind: "set", when: fixed(`XXXX-WXX-${weekday}${pod ? "T" + pod : ""}`), mod: null };
      const d = m[1] ? m[1].toLowerCase().replace(/^the\s+/, "") : "";
      const dir = d === "last" || d === "past" || d === "previous" ? -1 : d === "next" || d === "coming" || d === "following" ? 1 : d === "this" ? 0 : undefined;
      return { start, end, kind: pod ? "time" : "date", when: { type: "calendar", weekday, pod, dir: dir as -1 | 0 | 1 | undefined }, mod: null };
    },
  },
  {
    name: "deictic-unit",
    // "last year", "next month", "this week", "the previous year", "the current quarter", "last summer"
    pattern: new RegExp(String.raw`\b(the\s+)?(last|next|this|past|previous|coming|following|current|present|same)\s+(year|month|week|weekend|quarter|half|decade|century|day|(${SEASON}))\b(?!-)`, "gi"),
    read(m) {
      const the = Boolean(m[1]);
      const w = m[2].toLowerCase();
      const start = m.index;
      const end = m.index + m[0].length;
      const unitWord = m[3].toLowerCase();
      if (m[4]) {
        return { start, end, kind: "date", when: { type: "calendar", season: SEASONS[unitWord], dir: Math.sign(DIR[w]) as -1 | 0 | 1 }, mod: null };
      }
      const unit = UNIT_OF[unitWord];
      if (unit === "D" && the && /^(?:next|following|previous)$/.test(w)) return null; // "the next day": that-day
      // "the past year", "the next decade": a stretch of time
      if (the && (w === "past" || w === "last" || w === "next" || w === "coming")) {
        const n = { Y: "P1Y", M: "P1M", W: "P1W", WE: "P2D", Q: "P1Q", H: "P6M", DE: "P10Y", CE: "P100Y", D: "P1D" }[unit];
        return { start, end, kind: "duration", when: fixed(n), mod: null };
      }
      if (!the && (w === "past" || w === "previous" || w === "following" || w === "same")) return null;
      if (the && (w === "previous" || w === "following") && (unit === "M" || unit === "Y"))
        return { start, end, kind: "date", when: { type: "anchored", unit, by: DIR[w] }, mod: null };
      if (unit === "D" && w !== "same" && w !== "previous" && w !== "following") return null;
      if (w === "same") return null;
      return { start, end, kind: "date", when: { type: "shift", unit, by: DIR[w] }, mod: null };
    },
  },
  {
    name: "ago",
    // "three years ago", "a year earlier", "two weeks later", "a decade ago"; not "a year after
    // the war" (a stretch after an event: a duration)
    pattern: new RegExp(String.raw`\b(${COUNT})[\s-]+(year|month|week|day|decade|quarter|hour|minute)s?\s+(ago|earlier|later|hence|from\s+now|back)\b`, "gi"),
    read(m, text) {
      const n = readCount(m[1]);
      const dir = /^(?:ago|earlier|back)$/i.test(m[3]) ? -1 : 1;
      const start = m.index;
      const end = m.index + m[0].length;
      if (n === null) return { start, end, kind: "date", when: fixed(dir < 0 ? "PAST_REF" : "FUTURE_REF"), mod: null };
      if (!Number.isInteger(n)) return null;
      const u = m[2].toLowerCase();
      if (u === "hour" || u === "minute") return null;
      const unit: Unit = u === "decade" ? "Y" : (UNIT_OF[u] as Unit);
      const by = dir * n * (u === "decade" ? 10 : 1);
      // "a year ago" in a sentence about quarters: the same quarter a year before
      if (unit === "Y" && n === 1 && dir < 0 && aboutQuarters(text, start)) return { start, end, kind: "date", when: { type: "shift", unit: "Q", by: -5 }, mod: null };
      return { start, end, kind: "date", when: { type: "shift", unit, by }, mod: null };
    },
  },
  {
    name: "that-day",
    // "that year", "later that year", "that same day", "the same day", "the next day": the time just named;
    // not "trades made that day" with no day named before (no value, rather than a guess)
    pattern: /\b(?:that\s+(?:same\s+)?|the\s+same\s+|the\s+(next|following|previous|preceding)\s+)(year|month|day)\b(?![\s-](?:before|after|earlier|later)\b)/gi,
    read(m) {
      const unit = m[2].toLowerCase() === "year" ? "Y" : m[2].toLowerCase() === "month" ? "M" : "D";
      const by = !m[1] ? 0 : /next|following/i.test(m[1]) ? 1 : -1;
      if (m[1] && unit !== "D") return null; // "the next year": deictic-unit
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: { type: "anchored", unit, by, named: true }, mod: null };
    },
  },
  {
    name: "the-unit-before",
    // "the month before", "the year before", "the previous month" → from the date named before it
    // not "the day before authorities issued a warrant": then it hangs on the clause that follows
    pattern: /\bthe\s+(year|month|day)\s+(before|earlier|after|later)\b(?=\s*(?:[.,;:)!?"'”’]|$|and\b|but\b))/gi,
    read(m) {
      const unit = m[1].toLowerCase() === "year" ? "Y" : m[1].toLowerCase() === "month" ? "M" : "D";
      const by = /before|earlier/i.test(m[2]) ? -1 : 1;
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: { type: "anchored", unit, by }, mod: null };
    },
  },
];

/** Earnings talk: a quarter named shortly before, so "a year ago" is that quarter a year back. */
export function aboutQuarters(text: string, pos: number): boolean {
  return /\bquarter\b/i.test(text.slice(Math.max(0, pos - 400), pos + 80));
}
