/**
 * The periods of earnings reports, named from the reference date: "the quarter" (the one just
 * reported), "the latest quarter", "the year-ago quarter", "the year-earlier period", "the
 * year", "the full year", "the fiscal year", "the year ended June 30" (P1Y), "the weekend",
 * "year-end", "year-earlier profit".
 *   must not: "the quarter of the shares", "the year before" (relative.ts), "a quarter of"
 */
import { aboutQuarters } from "./relative.js";
import { fixed, type DateRule } from "./types.js";

export const REPORT_RULES: readonly DateRule[] = [
  {
    name: "reporting-period",
    // "the quarter", "the latest quarter", "the year-ago quarter", "the year-earlier period", "the year"
    pattern: /\b(?:the\s+)?(?:(latest|current|recent|most\s+recent|full)\s+|(year[\s-]ago|year[\s-]earlier)\s+)?(?:fiscal\s+)?(quarter|period|year|month|weekend|decade)\b(?![\s-](?:ago|earlier|before|after|end|old|long|on)\b)/gi,
    read(m, text) {
      const start = m.index;
      const end = m.index + m[0].length;
      const noun = m[3].toLowerCase();
      if (noun === "decade") return /^the\s+decade$/i.test(m[0]) && !/^\s+(?:of|to|in|before|after|since|that|when)\b/i.test(text.slice(end, end + 8)) ? { start, end, kind: "date", when: { type: "shift", unit: "DE", by: 0 }, mod: null } : null;
      if (noun === "weekend") return /^the\s/i.test(m[0]) && !m[1] && !m[2] ? { start, end, kind: "date", when: { type: "shift", unit: "WE", by: 0, justGone: true }, mod: null } : null;
      if (noun === "month") return /^the\s+month$/i.test(m[0]) && /\b(?:of|for|in|during|through)\s+$/i.test(text.slice(Math.max(0, start - 12), start)) ? { start, end, kind: "date", when: { type: "shift", unit: "M", by: 0 }, mod: null } : null;
      if (/^\s+(?:ended|ending|to\s+(?:date|end))\b/i.test(text.slice(end, end + 10))) {
        if (!/^the\s/i.test(m[0]) || m[2]) return null;
        if (noun === "year") return { start, end, kind: "duration", when: fixed("P1Y"), mod: null };
        if (noun === "quarter") return { start, end, kind: "date", when: { type: "shift", unit: "Q", by: -1 }, mod: null };
        return null;
      }
      if (m[2]) {
        if (noun === "year") return null;
        return { start, end, kind: "date", when: { type: "shift", unit: "Q", by: -5 }, mod: null };
      }
      if (!/^the\s/i.test(m[0])) return null;
      if (/^\s+(?:of|to|in|before|after|earlier|later|that|when|which)\b/i.test(text.slice(end, end + 10)) && !m[1]) return null;
      if (noun === "period") return m[1] ? { start, end, kind: "date", when: { type: "shift", unit: "Q", by: -1 }, mod: null } : null;
      if (noun === "year") return m[1] && !/full|current/i.test(m[1]) ? null : { start, end, kind: "date", when: { type: "shift", unit: "Y", by: 0 }, mod: null };
      return { start, end, kind: "date", when: { type: "shift", unit: "Q", by: m[1] && /current/i.test(m[1]) ? 0 : -1 }, mod: null };
    },
  },
  {
    name: "year-end",
    // "year-end", "by year end", "year's end": the end of the reference year
    pattern: /\byear(?:['’]s)?[\s-]end\b(?!s)/gi,
    read: (m) => ({ start: m.index, end: m.index + m[0].length, kind: "date", when: { type: "shift", unit: "Y", by: 0 }, mod: "END" }),
  },
  {
    name: "year-ago-adjective",
    // "year-earlier profit", "year-ago levels"
    pattern: /\byear[\s-](?:earlier|ago)\b(?=\s+[a-z])/gi,
    read(m, text) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s+(?:quarter|period)\b/i.test(after)) return null;
      if (aboutQuarters(text, m.index)) return { start: m.index, end: m.index + m[0].length, kind: "date", when: { type: "shift", unit: "Q", by: -5 }, mod: null };
      return { start: m.index, end: m.index + m[0].length, kind: "date", when: { type: "shift", unit: "Y", by: -1 }, mod: null };
    },
  },
];
