/**
 * References that the text makes unambiguous, turned into placed mentions of actors:
 *   plural: "the two nations", "both countries", "the two sides" → the two countries
 *           named just before (each reference places both);
 *   definite: "the country", "the nation" → the country named last; "the company",
 *           "the firm" → the organisation named last; "the bloc", "the group" → the
 *           bloc or organisation named last.
 *   must not: "the two companies" when fewer than two countries came before; "a country".
 */
import { countBefore } from "../pipeline/spans.js";
import type { Actor, ActorKind } from "../schema.js";

interface Placed {
  id: string;
  start: number;
  end: number;
}

const PLURAL = /\b(?:the two|both(?: the)?|the pair of) (?:nations|countries|states|governments|sides|neighbours|neighbors|powers|allies|economies)\b/gi;

const DEFINITE: readonly { match: RegExp; kinds: readonly ActorKind[] }[] = [
  { match: /\b[Tt]he (?:country|nation|kingdom|republic)\b(?!['’]s? (?:neighbours|neighbors))/g, kinds: ["country"] },
  { match: /\b[Tt]he (?:company|firm|lender|carrier|producer|insurer|conglomerate)\b/g, kinds: ["organization"] },
  { match: /\b[Tt]he (?:bloc|group|alliance|cartel)\b/g, kinds: ["bloc", "organization"] },
];

/** How far back (UTF-16 units) the referent may be named. */
const LOOKBACK = 3000;

export function references(text: string, placed: readonly Placed[], byId: ReadonlyMap<string, Actor>): Placed[] {
  const out: Placed[] = [];
  const ofKinds = (kinds: readonly ActorKind[]) => placed.filter((p) => kinds.includes(byId.get(p.id)?.kind ?? "group"));
  const countries = ofKinds(["country"]);
  for (const m of text.matchAll(PLURAL)) {
    const at = m.index ?? 0;
    const seen = lastDistinct(countries, at, 2);
    if (seen.length === 2) for (const id of seen) out.push({ id, start: at, end: at + m[0].length });
  }
  for (const rule of DEFINITE) {
    const candidates = ofKinds(rule.kinds);
    for (const m of text.matchAll(rule.match)) {
      const at = m.index ?? 0;
      const [id] = lastDistinct(candidates, at, 1);
      if (id) out.push({ id, start: at, end: at + m[0].length });
    }
  }
  return out;
}

/** The ids of the last `n` distinct actors mentioned before `at`, within LOOKBACK. */
function lastDistinct(sorted: readonly Placed[], at: number, n: number): string[] {
  const seen: string[] = [];
  const lo = countBefore(sorted, (c) => c.start < at);
  for (let k = lo - 1; k >= 0 && seen.length < n; k--) {
    const c = sorted[k];
    if (c.end > at) continue;
    if (at - c.start > LOOKBACK) break;
    if (!seen.includes(c.id)) seen.push(c.id);
  }
  return seen;
}
