/**
 * Bare years and month names.
 *   catches: "2004", "in 1984", "November"
 *   must not: "$2004", "2004%"
 */
import type { DateTag, Recognizer } from "../../pipeline/types.js";

const YEAR = /(?<![\d$£€.,])\b(1[89]\d\d|20\d\d)\b(?![\d%]|,\d)/g;
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = /\b(January|February|March|April|June|July|August|September|October|November|December)\b/g;

export const years: Recognizer = {
  name: "years",
  find(ctx) {
    const out: DateTag[] = [];
    for (const m of ctx.text.matchAll(YEAR)) {
      const start = m.index ?? 0;
      out.push({ type: "date", rule: "year", start, end: start + m[0].length, text: m[0], kind: "date", value: m[1], mod: null });
    }
    for (const m of ctx.text.matchAll(MONTH)) {
      const start = m.index ?? 0;
      const month = String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, "0");
      out.push({ type: "date", rule: "month", start, end: start + m[0].length, text: m[0], kind: "date", value: `XXXX-${month}`, mod: null });
    }
    return out;
  },
};
