/**
 * Money with a currency symbol before the number.
 *   catches: "$53.3 billion", "£3.2bn", "€4m", "HK$10"
 *   must not: "$" alone, "US 500" (no symbol)
 */
import type { FigureTag, Recognizer } from "../../pipeline/types.js";
import { DIGITS, clean, parseDigits, scaleOf } from "../numbers.js";

const SYMBOLS: Record<string, string> = { $: "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "NZ$": "NZD" };

const MONEY = new RegExp(String.raw`(US\$|A\$|C\$|HK\$|NZ\$|\$|£|€|¥)\s?(${DIGITS})(?:\s?(billion|million|trillion|thousand|bn|mn|m|tn|k)\b)?`, "g");

export const money: Recognizer = {
  name: "money",
  find(ctx) {
    const out: FigureTag[] = [];
    for (const m of ctx.text.matchAll(MONEY)) {
      const n = parseDigits(m[2]);
      if (n === null) continue;
      const start = m.index ?? 0;
      out.push({
        type: "figure", rule: "money/symbol", start, end: start + m[0].length, text: m[0],
        kind: "money", value: clean(n * scaleOf(m[3])), unit: SYMBOLS[m[1]], qualifier: "exact", measures: null,
      });
    }
    return out;
  },
};
