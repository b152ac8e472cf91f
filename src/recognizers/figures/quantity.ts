/**
 * The unit of a physical quantity, after the number: "tonnes", "barrels per day", "bcm",
 * "troy ounces", "MW", "km"; single letters only against the digits ("100t", "48m").
 *   catches: "several tonnes", "1.2 million barrels a day", "30 bcm", "6.5 GW", "3-inch"
 *   must not: "pounds" (money in news), "5 m" with a space (a scale or a letter), "24 degrees" (a temperature)
 */
import { MAX_UNIT_WORDS, TIGHT_ONLY_UNITS, UNITS, UNITS_NEED_CONTEXT, UNITS_TIGHT, type UnitDef } from "../../lexicon/units.js";
import { type Tok, longest, own } from "./tokens.js";

export interface UnitRead {
  def: UnitDef;
  next: number;
}

/** The unit starting at token i. `afterScale` is true when a scale word came between. */
export function unitAfter(toks: readonly Tok[], i: number): UnitRead | null {
  const t = toks[i];
  if (!t || t.kind !== "word") return null;
  const hit = longest(toks, i, UNITS, MAX_UNIT_WORDS);
  if (hit) {
    if (UNITS_TIGHT.has(hit.key) && !t.tight) return null;
    if (UNITS_NEED_CONTEXT.has(hit.key)) return null;
    // "km2", "m3": the power written against the unit
    const pow = toks[hit.next];
    if (pow && pow.kind === "num" && pow.tight && (pow.text === "2" || pow.text === "3")) {
      return { def: { unit: `${pow.text === "2" ? "square" : "cubic"} ${hit.value.unit}` }, next: hit.next + 1 };
    }
    return { def: hit.value, next: hit.next };
  }
  const single = own(TIGHT_ONLY_UNITS, t.text);
  if (single && t.tight) return { def: single, next: i + 1 };
  return null;
}
