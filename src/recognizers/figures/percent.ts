/**
 * Percentages.
 *   catches: "60%", "2.6 per cent", "4.4 percent"
 *   must not: "60" alone
 */
import type { FigureTag, Recognizer } from "../../pipeline/types.js";
import { DIGITS, parseDigits } from "../numbers.js";

const PERCENT = new RegExp(String.raw`(${DIGITS})\s?(%|per ?cent\b|pct\b)`, "g");

export const percent: Recognizer = {
  name: "percent",
  find(ctx) {
    const out: FigureTag[] = [];
    for (const m of ctx.text.matchAll(PERCENT)) {
      const start = m.index ?? 0;
      out.push({
        type: "figure", rule: "percent", start, end: start + m[0].length, text: m[0],
        kind: "percent", value: parseDigits(m[1]), unit: "%", qualifier: "exact", measures: null,
      });
    }
    return out;
  },
};
