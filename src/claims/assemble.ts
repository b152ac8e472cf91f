/**
 * Claim assembly: one claim per sentence (or heading) that names an actor and has a
 * predicate. Its figures, dates and actor mentions are the tags inside its span; roles
 * come from their place around the predicate; attribution from the quote layer.
 */
import { overlaps, within } from "../pipeline/spans.js";
import type { ActorTag, ResolvedActors, Segmented, Sentence, Tags } from "../pipeline/types.js";
import type { Actor, Claim, ClaimActor, DateMention, Figure, Quote } from "../schema.js";
import { modality } from "./modality.js";
import { fallbackPredicate, findPredicates, type PredicateHit } from "./predicate.js";
import { REPORTING_LEMMAS } from "../lexicon/predicates.js";
import { pluralReferences } from "./plural.js";
import { checkWorthiness } from "./score.js";
import { claimType } from "./type.js";

export interface AssembleInput {
  seg: Segmented;
  tags: Tags;
  resolved: ResolvedActors;
  quotes: readonly Quote[];
  figures: readonly Figure[];
  dates: readonly DateMention[];
}

/** Quotes that carry a sentence start at most this far before it (long quotes are cut there). */
const QUOTE_REACH = 20_000;

interface PlacedActor {
  id: string;
  start: number;
  end: number;
}

export function assembleClaims(input: AssembleInput): Claim[] {
  const { seg, tags, resolved, quotes, figures, dates } = input;
  const byId = new Map(resolved.actors.map((a) => [a.id, a]));
  const placed: PlacedActor[] = tags.actors
    .map((t: ActorTag, i) => ({ id: resolved.ids[i], start: t.start, end: t.end }))
    .filter((p): p is PlacedActor => p.id !== null);
  const plural = pluralReferences(seg.text, placed, byId);
  const all = [...placed, ...plural].sort((a, b) => a.start - b.start);

  const quotesByStart = [...quotes].sort((a, b) => a.start - b.start);
  const claims: Claim[] = [];
  for (const s of seg.sentences) {
    const inside = within(all, s);
    // a claim needs something to check: a named actor, or a figure
    if (!inside.length && !within(figures, s).length) continue;
    const claim = buildClaim(seg.text, s, inside, byId, within(quotesByStart, { start: s.start - QUOTE_REACH, end: s.end + QUOTE_REACH }), within(figures, s), within(dates, s), claims.length + 1);
    if (claim) claims.push(claim);
  }
  return claims;
}

function buildClaim(
  text: string,
  s: Sentence,
  inside: readonly PlacedActor[],
  byId: ReadonlyMap<string, Actor>,
  quotes: readonly Quote[],
  figures: readonly Figure[],
  dates: readonly DateMention[],
  n: number,
): Claim | null {
  const sentence = text.slice(s.start, s.end);
  const quote = attributingQuote(s, quotes);
  const all = findPredicates(text, s.start, s.end);
  const scope = claimScope(s, quote, all);
  const inScope = all.filter((p) => p.start >= scope.start && p.end <= scope.end);
  const main = mainPredicate(inScope.length ? inScope : all, inside, scope) ?? fallbackPredicate(text, scope.start, scope.end) ?? fallbackPredicate(text, s.start, s.end);
  if (!main) return null;

  const actors = roles(inside, main, byId, quote?.speaker ?? null, scope);
  const fig = [...figures];
  const dt = [...dates];
  const reported = quote !== null && quote.speaker !== null;
  const mod = modality(sentence, reported);
  return {
    id: `c${n}`,
    text: sentence,
    start: s.start,
    end: s.end,
    type: claimType(sentence, all.length ? all : [main]),
    predicate: main.lemma,
    actors,
    figures: fig,
    dates: dt,
    attribution: reported
      ? { to: quote!.speaker!, ...(quote!.verb ? { verb: quote!.verb } : {}), quote: quote!.id }
      : { to: "article" },
    modality: mod,
    score: checkWorthiness({
      sentence,
      figures: fig.length,
      dates: dt.filter((d) => d.value !== null).length,
      namedActors: actors.length,
      modality: mod,
      heading: s.heading,
    }),
  };
}

/**
 * The part of the sentence the claim is about. "X said (that) Y": the reported clause Y,
 * whose predicate and subjects make the claim, X being its attribution. But when the
 * sentence makes its own assertion before the reported words ("Snow put a brave face on
 * the news, saying …"), the whole sentence.
 */
function claimScope(s: Sentence, quote: Quote | null, predicates: readonly PredicateHit[]): { start: number; end: number } {
  if (!quote || quote.direct) return s;
  const start = Math.max(s.start, quote.start);
  const end = Math.min(s.end, quote.end);
  if (end - start < 20) return s;
  const ownBefore = predicates.some((p) => p.end <= start && !REPORTING_LEMMAS.has(p.lemma));
  return ownBefore ? s : { start, end };
}

/** The quote whose words this sentence carries, if any: the one that overlaps it most. */
function attributingQuote(s: Sentence, quotes: readonly Quote[]): Quote | null {
  let best: Quote | null = null;
  let bestLen = 0;
  for (const q of quotes) {
    if (!q.speaker || !overlaps(q, s)) continue;
    const len = Math.min(q.end, s.end) - Math.max(q.start, s.start);
    if (len > bestLen) {
      best = q;
      bestLen = len;
    }
  }
  return best;
}

/** The main verb: the first predicate after the first actor of the scope, else the first. */
function mainPredicate(preds: readonly PredicateHit[], inside: readonly PlacedActor[], scope: { start: number; end: number }): PredicateHit | null {
  if (!preds.length) return null;
  const firstActor = inside.find((a) => a.start >= scope.start && a.end <= scope.end) ?? inside[0];
  return (firstActor && preds.find((p) => p.start >= firstActor.end)) ?? preds[0];
}

const ROLE_RANK: Record<ClaimActor["role"], number> = { subject: 0, object: 1, other: 2 };

/**
 * Roles by position: actors of the scope before the predicate are subjects, the first
 * one right after it is the object, the rest are other. The speaker of reported words is
 * not a subject of what they report.
 */
function roles(
  inside: readonly PlacedActor[],
  main: PredicateHit,
  byId: ReadonlyMap<string, Actor>,
  speaker: string | null,
  scope: { start: number; end: number },
): ClaimActor[] {
  const out = new Map<string, ClaimActor>();
  let objectTaken = false;
  for (const a of inside) {
    const actor = byId.get(a.id);
    if (!actor) continue;
    let role: ClaimActor["role"];
    const inScope = a.start >= scope.start && a.end <= scope.end;
    if (a.id === speaker && !inScope) role = "other"; // the speaker of reported words, not their subject
    else if (inScope && a.end <= main.start) role = "subject";
    else if (inScope && !objectTaken && a.start >= main.end && a.start - main.end < 40) {
      role = "object";
      objectTaken = true;
    } else role = "other";
    const prev = out.get(a.id);
    if (!prev || ROLE_RANK[role] < ROLE_RANK[prev.role]) out.set(a.id, { ref: a.id, name: actor.name, role });
  }
  return [...out.values()];
}
