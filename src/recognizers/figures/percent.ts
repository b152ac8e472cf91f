/**
 * The unit of a percentage, after the number: "%", "per cent", "percent", "pct",
 * "percentage points" (pp) and "basis points" (bp) kept apart; and the article-led forms
 * "half a percentage point", "a quarter of a percentage point".
 *   catches: "60%", "2.6 pct", "0.25 percentage point", "50bp", "25 basis points"
 *   must not: "percentage" alone ("a percentage of"), "points" alone (an index move)
 */
import { ARTICLE_POINTS, ARTICLE_POINT_STARTS, PERCENT_UNITS, PERCENT_UNITS_TIGHT } from "../../lexicon/percent.js";
import { type Tok, longest } from "./tokens.js";

export interface PercentUnit {
  unit: string;
  next: number;
}

/** The percent unit starting at token i. */
export function percentUnit(toks: readonly Tok[], i: number): PercentUnit | null {
  const hit = longest(toks, i, PERCENT_UNITS, 3);
  if (!hit) return null;
  if (PERCENT_UNITS_TIGHT.has(hit.key) && !toks[i].tight) return null;
  // "percentage" alone is a percent only when nothing else follows it as a noun ("100 percentage")
  if (hit.key === "percentage" && toks[hit.next]?.kind === "word" && toks[hit.next].lower !== "of") return null;
  return { unit: hit.value, next: hit.next };
}

export function articlePercent(toks: readonly Tok[], i: number): { value: number; unit: string; next: number } | null {
  if (!ARTICLE_POINT_STARTS.has(toks[i].lower)) return null;
  const hit = longest(toks, i, ARTICLE_POINTS, 7);
  if (!hit) return null;
  const unit = /cent$/.test(hit.key) ? "%" : "pp";
  return { value: hit.value, unit, next: hit.next };
}
