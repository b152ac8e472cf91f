/**
 * Stage 4: tags → document-level actors, attributed quotes and claims. Order matters:
 * actors are resolved first (quotes name their speakers by actor), quotes next (claims
 * take their attribution from quotes), claims last.
 */
import { assembleClaims } from "../claims/assemble.js";
import { resolveActors } from "../recognizers/actors/resolve.js";
import { attributeQuotes } from "../recognizers/quotes/attribute.js";
import type { Actor, Claim, DateMention, Figure, Quote } from "../schema.js";
import type { DateTag, FigureTag, Segmented, Tags } from "./types.js";

export interface Extracted {
  actors: Actor[];
  quotes: Quote[];
  claims: Claim[];
  figures: Figure[];
  dates: DateMention[];
}

export function extractClaims(seg: Segmented, tags: Tags): Extracted {
  const resolved = resolveActors(tags.actors);
  const quotes = attributeQuotes(tags.quotes, tags.actors, resolved);
  const figures = tags.figures.map(toFigure);
  const dates = tags.dates.map(toDate);
  const claims = assembleClaims({ seg, tags, resolved, quotes, figures, dates });
  return { actors: resolved.actors, quotes, claims, figures, dates };
}

export function toFigure(t: FigureTag): Figure {
  return {
    text: t.text,
    start: t.start,
    end: t.end,
    kind: t.kind,
    value: t.value,
    ...(t.max !== undefined ? { max: t.max } : {}),
    unit: t.unit,
    ...(t.per !== undefined ? { per: t.per } : {}),
    qualifier: t.qualifier,
    measures: t.measures,
  };
}

export function toDate(t: DateTag): DateMention {
  return { text: t.text, start: t.start, end: t.end, kind: t.kind, value: t.value, mod: t.mod };
}
