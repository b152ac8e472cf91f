/**
 * Plural references that the text makes unambiguous: "the two nations", "both
 * countries", "the two sides" → the two countries named just before. Each reference
 * becomes a placed mention of both countries, so claims list both.
 */
import type { Actor } from "../schema.js";

interface Placed {
  id: string;
  start: number;
  end: number;
}

const PLURAL = /\b(?:the two|both(?: the)?|the pair of) (?:nations|countries|states|governments|sides|neighbours|neighbors|powers|allies|economies)\b/gi;

/** How far back (UTF-16 units) the two countries may be named. */
const LOOKBACK = 3000;

export function pluralReferences(text: string, placed: readonly Placed[], byId: ReadonlyMap<string, Actor>): Placed[] {
  const out: Placed[] = [];
  const countries = placed.filter((p) => byId.get(p.id)?.kind === "country");
  for (const m of text.matchAll(PLURAL)) {
    const at = m.index ?? 0;
    const seen: string[] = [];
    for (let k = countries.length - 1; k >= 0 && seen.length < 2; k--) {
      const c = countries[k];
      if (c.end > at) continue;
      if (at - c.start > LOOKBACK) break;
      if (!seen.includes(c.id)) seen.push(c.id);
    }
    if (seen.length === 2) for (const id of seen) out.push({ id, start: at, end: at + m[0].length });
  }
  return out;
}
