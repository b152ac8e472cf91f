/**
 * Percent units as written after the number, kept apart as SPEC §3.3 asks: "%" (per cent,
 * percent, pct), "pp" (percentage points) and "bp" (basis points); and the article-led forms.
 *   catches: "2.6 pct", "0.5 percentage points", "25bp", "half a percentage point"
 *   must not: "points" alone (an index move)
 */
export const PERCENT_UNITS: Readonly<Record<string, string>> = {
  "%": "%", "per cent": "%", percent: "%", "per-cent": "%", pct: "%", percents: "%", percentage: "%", "pc": "%",
  "percentage point": "pp", "percentage points": "pp", "percentage pt": "pp", "percentage pts": "pp", pp: "pp", ppt: "pp",
  ppts: "pp", "pct point": "pp", "pct points": "pp", "per cent point": "pp", "percent point": "pp", "percent points": "pp",
  "basis point": "bp", "basis points": "bp", bp: "bp", bps: "bp", bpts: "bp", "basis pts": "bp",
};

/** Units that must touch the digits to count ("5pc", "50bp"). */
export const PERCENT_UNITS_TIGHT: ReadonlySet<string> = new Set(["pc", "pp", "bp"]);

export const ARTICLE_POINTS: Readonly<Record<string, number>> = {
  "half a percentage point": 0.5, "a quarter of a percentage point": 0.25, "a quarter percentage point": 0.25,
  "a half percentage point": 0.5, "half a point": 0.5, "a percentage point": 1, "one percentage point": 1,
  "a quarter-point": 0.25, "a half-point": 0.5, "a quarter point": 0.25, "a half point": 0.5, "a quarter of a point": 0.25,
  "three quarters of a percentage point": 0.75, "three-quarters of a percentage point": 0.75, "half a per cent": 0.5, "half a percent": 0.5, "a quarter of a per cent": 0.25,
  "a quarter of one percent": 0.25, "a quarter of a percent": 0.25, "half of one percent": 0.5, "half of one per cent": 0.5,
};

/** "half a percentage point" and the like, starting at token i: value, unit and end. */
export const ARTICLE_POINT_STARTS: ReadonlySet<string> = new Set(["a", "half", "one", "three"]);
