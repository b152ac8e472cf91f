/**
 * Days and months named by the calendar: "Oct. 15, 1999", "3 March", "23-24 March",
 * "June last year", "March 2004", "last March", "2024-05-17", "5/17/2004", "Christmas".
 *   must not: "may rise", "the march on Washington", "Theresa May", "March 3.5%"
 */
import { HOLIDAYS } from "../../lexicon/time.js";
import { cal, fullName, monthOf, NOT_AFTER_NUMBER, NOT_IN_NUMBER, withYear, YEAR_WORD, yearShift } from "./calendar-words.js";
import { HOLIDAY, MONTH, YEAR } from "./patterns.js";
import { type Calendar, type DateRule } from "./types.js";

export const DAYS_RULES: readonly DateRule[] = [
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
    pattern: new RegExp(String.raw`\b(${MONTH})\.?\s+(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:[-–](?:3[01]|[12]\d|0?[1-9])\b)?(?![\d:.,]\d|\s*(?:%|per\s?cent|pct|bn|billion|million|m\b))(?:\s?,?\s+(${YEAR})${NOT_AFTER_NUMBER}|\s+${YEAR_WORD})?\b`, "gi"),
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
      // "Jan Kavan", "August Busch": a first name before a surname
      if (!m[3] && !m[4] && !m[1] && !m[0].endsWith(".") && /^\s+[A-Z][a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !/^\s+(?:\d|[A-Z][a-z]+day\b)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      if (m[1] && !/^[a-z]/.test(m[1]) && !/^[A-Z][a-z]/.test(m[1])) return null;
      const dir = m[1] ? (/^(?:last|past)$/i.test(m[1]) ? -1 : /^(?:next|coming)$/i.test(m[1]) ? 1 : 0) : undefined;
      const end = m.index + m[0].length - (m[0].endsWith(".") && !m[3] && !m[4] && fullName(m[2]) ? 1 : 0);
      const c = withYear({ month }, m[3], yearShift(m[4]));
      if (dir !== undefined) c.dir = dir;
      return { start: m.index, end, kind: "date", when: c, mod: null };
    },
  },
  {
    name: "holiday",
    // "Christmas", "New Year's Day", "Thanksgiving Day", "Christmas Eve"
    pattern: new RegExp(String.raw`\b(?:(last|next|this)\s+)?(${HOLIDAY}|Thanksgiving(?:\s+Day)?)\b`, "g"),
    read(m) {
      const name = m[2].replace(/\s+/g, " ").replace("’", "'");
      const dir = m[1] ? (/last/i.test(m[1]) ? -1 : /next/i.test(m[1]) ? 1 : 0) : undefined;
      const start = m.index;
      const end = m.index + m[0].length;
      if (name.startsWith("Thanksgiving")) return { start, end, kind: "date", when: { type: "calendar", month: 11, day: 0, thanksgiving: true, dir } as Calendar, mod: null };
      const [month, day] = HOLIDAYS[name];
      return { start, end, kind: "date", when: { type: "calendar", month, day, dir }, mod: null };
    },
  },
];
