/**
 * The unit of a percentage, after the number: "%", "per cent", "percent", "pct",
 * "percentage points" (pp) and "basis points" (bp) kept apart; and the article-led forms
 * "half a percentage point", "a quarter of a percentage point".
 *   catches: "60%", "2.6 pct", "0.25 percentage point", "50bp", "25 basis points"
 *   must not: "percentage" alone ("a percentage of"), "points" alone (an index move)
 */
import { type Tok, longest } from "./tokens.js";

const PERCENT_UNITS: Readonly<Record<string, string>> = {
  "%": "%", "per cent": "%", percent: "%", "per-cent": "%", pct: "%", percents: "%", percentage: "%", "pc": "%",
  "percentage point": "pp", "percentage points": "pp", "percentage pt": "pp", "percentage pts": "pp", pp: "pp", ppt: "pp",
  ppts: "pp", "pct point": "pp", "pct points": "pp", "per cent point": "pp", "percent point": "pp", "percent points": "pp",
  "basis point": "bp", "basis points": "bp", bp: "bp", bps: "bp", bpts: "bp", "basis pts": "bp",
};

/** Units that must touch the digits to count ("5pc", "50bp"). */
const TIGHT = new Set(["pc", "pp", "bp"]);

export interface PercentUnit {
  unit: string;
  next: number;
}

/** The percent unit starting at token i. */
export function percentUnit(toks: readonly Tok[], i: number): PercentUnit | null {
  const hit = longest(toks, i, PERCENT_UNITS, 3);
  if (!hit) return null;
  if (TIGHT.has(hit.key) && !toks[i].tight) return null;
  // "percentage" alone is a percent only when nothing else follows it as a noun ("100 percentage")
  if (hit.key === "percentage" && toks[hit.next]?.kind === "word" && toks[hit.next].lower !== "of") return null;
  return { unit: hit.value, next: hit.next };
}

const ARTICLE_POINTS: Readonly<Record<string, number>> = {
  "half a percentage point": 0.5, "a quarter of a percentage point": 0.25, "a quarter percentage point": 0.25,
  "a half percentage point": 0.5, "half a point": 0.5, "a percentage point": 1, "one percentage point": 1,
  "a quarter-point": 0.25, "a half-point": 0.5, "a quarter point": 0.25, "a half point": 0.5, "a quarter of a point": 0.25,
  "three quarters of a percentage point": 0.75, "three-quarters of a percentage point": 0.75, "half a per cent": 0.5, "half a percent": 0.5, "a quarter of a per cent": 0.25,
  "a quarter of one percent": 0.25, "a quarter of a percent": 0.25, "half of one percent": 0.5, "half of one per cent": 0.5,
};

/** "half a percentage point" and the like, starting at token i: value, unit and end. */
const ARTICLE_STARTS = new Set(["a", "half", "one", "three"]);

export function articlePercent(toks: readonly Tok[], i: number): { value: number; unit: string; next: number } | null {
  if (!ARTICLE_STARTS.has(toks[i].lower)) return null;
  const hit = longest(toks, i, ARTICLE_POINTS, 7);
  if (!hit) return null;
  const unit = /cent$/.test(hit.key) ? "%" : "pp";
  return { value: hit.value, unit, next: hit.next };
}
