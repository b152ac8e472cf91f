/**
 * The present, the past and the future as a whole (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF).
 *   catches: "now", "currently", "recently", "the past", "the future", "soon", "future quarters"
 *   must not: "the current account", "future plans", "right now" counted twice
 */
import { CURRENT_NOT_TIME, CURRENT_TIME_NOUNS, FUTURE_TIME_NOUNS, VAGUE_REFS } from "../../lexicon/time.js";
import { fixed, type DateRule } from "./types.js";

const PHRASES = Object.keys(VAGUE_REFS).sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, String.raw`\s+`)).join("|");

export const VAGUE_RULES: readonly DateRule[] = [
  {
    name: "vague",
    pattern: new RegExp(String.raw`\b(?:${PHRASES})\b(?!-)`, "gi"),
    read(m, text) {
      const k = m[0].toLowerCase().replace(/\s+/g, " ");
      const end = m.index + m[0].length;
      const next = /^\s+([a-z]+)/i.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
      if (k === "current" && (!next || CURRENT_NOT_TIME.has(next) || /^[A-Z]/.test(text.slice(end + 1, end + 2)))) return null;
      // "current" names the present only before a word of time or circumstance; "current wife" is left alone
      if (k === "current" && !CURRENT_TIME_NOUNS.has(next ?? "")) return null;
      // "future quarters" is a time; "future earnings" and "Elian's future" are not
      if (k === "future" && !FUTURE_TIME_NOUNS.has(next ?? "")) return null;
      if (k === "recent" && next && /^(?:years|months|weeks|days|quarters|decades)$/.test(next)) return null;
      if (k === "the past" && next && /^(?:year|month|week|decade|few|several|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(next)) return null;
      if (k === "now" && /^\s*(?:-\s*)?defunct/i.test(text.slice(end, end + 10))) return null;
      return { start: m.index, end, kind: "date", when: fixed(VAGUE_REFS[k]), mod: null };
    },
  },
];
