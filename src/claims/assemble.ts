/**
 * Claim assembly: one claim per assertion — a sentence or heading, or each clause of a
 * sentence that holds two ("The pound added 0.5%, while the dollar fell 1.3%") — that
 * names an actor or a figure and has a predicate. Its figures, dates and actor mentions
 * are the tags inside its span; roles come from their place around the main predicate;
 * attribution from the quote layer.
 */
import { overlaps, within } from "../pipeline/spans.js";
import type { ActorTag, Doc, Range, ResolvedActors, Tags } from "../pipeline/types.js";
import type { Actor, Claim, ClaimActor, DateMention, Figure, Quote } from "../schema.js";
import { modality } from "./modality.js";
import { mainClause, mainPredicate, splitAssertions, stripLeading, stripTrailing, verbChain } from "./clause.js";
import { fallbackPredicate, findPredicates, type PredicateHit } from "./predicate.js";
import { REPORTING_LEMMAS } from "../lexicon/predicates.js";
import { references } from "./references.js";
import { checkWorthiness } from "./score.js";
import { claimType } from "./type.js";

export interface AssembleInput {
  doc: Doc;
  tags: Tags;
  resolved: ResolvedActors;
  quotes: readonly Quote[];
  figures: readonly Figure[];
  dates: readonly DateMention[];
}

/** Quotes that carry a sentence start at most this far before it (long quotes are cut there). */
const QUOTE_REACH = 20_000;

/** What one claim is made of: a sentence, or a clause of one. */
interface Unit extends Range {
  heading: boolean;
}

interface PlacedActor {
  id: string;
  start: number;
  end: number;
}

export function assembleClaims(input: AssembleInput): Claim[] {
  const { doc: seg, tags, resolved, quotes, figures, dates } = input;
  const byId = new Map(resolved.actors.map((a) => [a.id, a]));
  const placed: PlacedActor[] = tags.actors
    .map((t: ActorTag, i) => ({ id: resolved.ids[i], start: t.start, end: t.end }))
    .filter((p): p is PlacedActor => p.id !== null);
  const all = [...placed, ...references(seg.text, placed, byId)].sort((a, b) => a.start - b.start);

  const quotesByStart = [...quotes].sort((a, b) => a.start - b.start);
  const claims: Claim[] = [];
  for (const s of seg.sentences) {
    const actorsInSentence = within(all, s);
    const figuresInSentence = within(figures, s);
    // the quotes that may carry this sentence's words (long quotes are cut at QUOTE_REACH)
    const nearby = within(quotesByStart, { start: s.start - QUOTE_REACH, end: s.end + QUOTE_REACH });
    // a claim needs something to check: a named actor, a figure, or a named speaker
    if (!actorsInSentence.length && !figuresInSentence.length && !spokenBySomeone(s, nearby)) continue;
    const preds = findPredicates(seg.text, s.start, s.end, s.heading);
    const units = s.heading ? [s] : splitAssertions(seg.text, s, actorsInSentence.map((a) => a.start), preds);
    for (const u of units) {
      const unit: Unit = { ...u, heading: s.heading };
      const inside = within(actorsInSentence, u);
      const unitFigures = within(figuresInSentence, u);
      if (!inside.length && !unitFigures.length && !spokenBySomeone(u, nearby)) continue;
      const claim = buildClaim(seg.text, unit, preds, inside, byId, nearby, unitFigures, within(dates, u), claims.length + 1);
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

function buildClaim(
  text: string,
  s: Unit,
  sentencePreds: readonly PredicateHit[],
  inside: readonly PlacedActor[],
  byId: ReadonlyMap<string, Actor>,
  quotes: readonly Quote[],
  figures: readonly Figure[],
  dates: readonly DateMention[],
  n: number,
): Claim | null {
  const sentence = text.slice(s.start, s.end);
  const quote = attributingQuote(s, quotes);
  // a word of an actor's name is never the predicate ("Fed holds rates", "Trade Minister")
  const all = sentencePreds.filter((p) => p.start >= s.start && p.end <= s.end && !inside.some((a) => a.start < p.end && p.start < a.end));
  const scope = claimScope(text, s, quote, all, inside);
  const core = stripLeading(text, scope);
  const main =
    mainPredicate(all, core, text) ??
    fallbackPredicate(text, core.start, core.end) ??
    mainPredicate(all, s, text) ??
    fallbackPredicate(text, s.start, s.end);
  if (!main) return null;
  const clause = main.start >= core.start && main.end <= core.end ? mainClause(text, core, main) : core;
  // the main verb and the verbs that continue it decide the type; the words of its subject
  // ("G7 finance ministers") and of its objects ("its gold supplies") do not
  const chain = verbChain(text, main, all, clause.end);

  const speaker = quote?.speaker ?? null;
  const reported = quote !== null && speaker !== null;
  // a predicate inside quoted words has its subjects inside them too: the speaker and the
  // attribution after the quote ("…," Saudi Energy Minister X told reporters) are other
  const quoted = quotes.find((q) => q.direct && q.start <= main.start && main.end <= q.end);
  const roleScope = quoted ? { start: Math.max(core.start, quoted.start), end: Math.min(core.end, quoted.end) } : core;
  const actors = roles(text, inside, main, byId, speaker, roleScope);
  // "She said the measure would be reviewed": the speaker, named elsewhere, is an actor of the claim
  const speakerActor = speaker ? byId.get(speaker) : undefined;
  if (speakerActor && reported && !actors.some((a) => a.ref === speaker)) {
    const opensWithPronoun = PRONOUN_OPENING.test(text.slice(core.start, main.start)) && !actors.some((a) => a.role === "subject");
    actors.push({ ref: speakerActor.id, name: speakerActor.name, role: opensWithPronoun ? "subject" : "other" });
  }
  const mod = modality(sentence, reported);
  return {
    id: `c${n}`,
    text: sentence,
    start: s.start,
    end: s.end,
    type: claimType(text.slice(core.start, stripTrailing(text, core).end), chain),
    predicate: main.lemma,
    actors,
    figures: [...figures],
    dates: [...dates],
    attribution: reported ? { to: speaker!, ...(quote!.verb ? { verb: quote!.verb } : {}), quote: quote!.id } : { to: "article" },
    modality: mod,
    score: checkWorthiness({
      sentence,
      figures: figures.length,
      dates: dates.filter((d) => d.value !== null).length,
      namedActors: actors.length,
      modality: mod,
      heading: s.heading,
    }),
  };
}

/**
 * The part of the sentence the claim is about. "X said (that) Y": the reported clause Y,
 * whose predicate and subjects make the claim, X being its attribution. But when the
 * sentence's core makes its own assertion about a named actor before the reported words
 * ("Snow put a brave face on the news, saying …"; "Mandela backed the plan when he
 * urged …"), the whole sentence.
 */
function claimScope(text: string, s: Range, quote: Quote | null, predicates: readonly PredicateHit[], actors: readonly PlacedActor[]): Range {
  if (!quote || quote.direct) return s;
  const start = Math.max(s.start, quote.start);
  const end = Math.min(s.end, quote.end);
  // the reported words must be a clause with a verb of its own ("urged an increase to
  // 1.26%" and "called the rebate 'unjustified'" report no clause)
  const verbInside = predicates.some((p) => p.start >= start && p.end <= end && p.strength >= 1) || COPULA_WORD.test(text.slice(start, end));
  if (end - start < 12 || !verbInside) return s;
  const core = stripLeading(text, { start: s.start, end: start });
  const ownBefore = predicates.some(
    (p) =>
      p.start >= core.start &&
      p.end <= start &&
      p.strength >= 1 &&
      !p.nounFirst &&
      !REPORTING_LEMMAS.has(p.lemma) &&
      actors.some((a) => a.start >= core.start && a.end <= p.start),
  );
  return ownBefore ? s : { start, end };
}

const COPULA_WORD = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might)\b/;

/** Whether a quote with a named speaker carries words of this range. */
function spokenBySomeone(r: Range, nearby: readonly Quote[]): boolean {
  return nearby.some((q) => q.speaker !== null && overlaps(q, r));
}

/** The quote whose words this sentence carries, if any: the one that overlaps it most (its speaker, if named, is the attribution). */
function attributingQuote(s: Range, quotes: readonly Quote[]): Quote | null {
  let best: Quote | null = null;
  let bestLen = 0;
  for (const q of quotes) {
    if (!overlaps(q, s)) continue;
    const len = Math.min(q.end, s.end) - Math.max(q.start, s.start);
    if (len > bestLen) {
      best = q;
      bestLen = len;
    }
  }
  return best;
}

const ROLE_RANK: Record<ClaimActor["role"], number> = { subject: 0, object: 1, other: 2 };

/** Reported words that open with a pronoun speak of the speaker: "South Korea said it plans …". */
const PRONOUN_OPENING = /^(?:that\s+)?(?:it|they|he|she|we|i)\b/i;

/**
 * Roles by position: actors of the core before the main predicate are subjects, the first
 * one right after it is the object, the rest are other. The speaker of reported words is
 * not a subject of what they report, unless the words open with a pronoun for them.
 */
function roles(
  text: string,
  inside: readonly PlacedActor[],
  main: PredicateHit,
  byId: ReadonlyMap<string, Actor>,
  speaker: string | null,
  core: Range,
): ClaimActor[] {
  const out = new Map<string, ClaimActor>();
  let objectTaken = false;
  const inCore = (a: PlacedActor) => a.start >= core.start && a.end <= core.end;
  const subjectless = !inside.some((a) => inCore(a) && a.end <= main.start);
  for (const a of inside) {
    const actor = byId.get(a.id);
    if (!actor) continue;
    let role: ClaimActor["role"];
    if (inCore(a) && a.end <= main.start) role = "subject";
    else if (inCore(a) && !objectTaken && a.start >= main.end && a.start - main.end < 40) {
      role = "object";
      objectTaken = true;
    } else if (a.id === speaker && subjectless && PRONOUN_OPENING.test(text.slice(core.start, main.start))) role = "subject";
    else role = "other";
    const prev = out.get(a.id);
    if (!prev || ROLE_RANK[role] < ROLE_RANK[prev.role]) out.set(a.id, { ref: a.id, name: actor.name, role });
  }
  return [...out.values()];
}
