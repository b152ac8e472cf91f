/**
 * Quote attribution: the speaker span a quote recogniser found ("Ian Gunner", "the OECD",
 * "he") becomes the actor whose mention it overlaps; bare surnames are joined to the full
 * name by the actor stage. Pronouns resolve here: "he"/"she" to the most recent person
 * named before them, "it" to the most recent organisation or country that spoke (or, before
 * any has, to one named just before it).
 *   catches: "…," he said → the person last named; "it said" → the last body that spoke
 *   must not: "they said" resolved to one actor (a group stays unresolved)
 */
import { countBefore, overlaps } from "../../pipeline/spans.js";
import type { ActorTag, QuoteTag, ResolvedActors, Span } from "../../pipeline/types.js";
import type { Actor, Quote } from "../../schema.js";
import { bodyNear, byTitle, organisationBefore, personBefore, standsForBody, titleIndex } from "./references.js";

const KIND_RANK: Record<string, number> = { person: 0, organization: 1, bloc: 2, country: 3, group: 4, place: 5, asset: 6 };

/** The actor whose mention overlaps the span; persons before organisations before countries. */
function actorAt(span: Span, tags: readonly ActorTag[], resolved: ResolvedActors, byId: Map<string, Actor>): Actor | null {
  let best: Actor | null = null;
  // tags are settled (sorted, not overlapping): start at the first that ends after the span starts
  const lo = countBefore(tags, (t) => t.end <= span.start);
  for (let j = lo; j < tags.length && tags[j].start < span.end; j++) {
    const id = resolved.ids[j];
    if (id === null || !overlaps(tags[j], span)) continue;
    const a = byId.get(id);
    if (a && (!best || KIND_RANK[a.kind] < KIND_RANK[best.kind])) best = a;
  }
  return best;
}

interface Who {
  actor: Actor | null;
  name: string | null;
  title: string | null;
  org: string | null;
}

export function attributeQuotes(quotes: readonly QuoteTag[], tags: readonly ActorTag[], resolved: ResolvedActors): Quote[] {
  const byId = new Map(resolved.actors.map((a) => [a.id, a]));
  // speakers in the order they are named, for the pronouns after them
  const order = quotes.map((_, i) => i).sort((a, b) => pos(quotes[a]) - pos(quotes[b]));
  const who: (Who | null)[] = new Array(quotes.length).fill(null);
  let lastBody: Who | null = null;
  let titled: Map<string, Actor[]> | null = null;
  const lastPerson = personBefore(tags, resolved);
  const lastOrganisation = organisationBefore(tags, resolved);
  const bodyNearby = bodyNear(tags, resolved);

  for (const i of order) {
    const q = quotes[i];
    const s = q.speakerSpan;
    if (!s) continue;
    const org = q.speakerOrg ? actorAt(q.speakerOrg, tags, resolved, byId) : null;
    if (q.speakerKind === "pronoun") {
      const p = s.text.toLowerCase();
      if (p === "he" || p === "she" || p === "i") {
        const id = lastPerson(s.start);
        const a = id ? byId.get(id) ?? null : null;
        if (a) who[i] = { actor: a, name: a.name, title: a.title, org: a.affiliation };
      } else if (p === "it" && lastBody) who[i] = lastBody;
      else if (p === "it") {
        const id = bodyNearby(s.start);
        const a = id ? byId.get(id) ?? null : null;
        if (a) who[i] = lastBody = { actor: a, name: a.name, title: a.title, org: a.affiliation };
      }
      continue;
    }
    let a = actorAt(s, tags, resolved, byId);
    // "the Vermont senator said": a place inside a description is where the speaker is from
    if (a?.kind === "place" && q.speakerKind === "descriptive") a = null;
    if (!a && q.speakerKind === "descriptive") a = byTitle(s, (titled ??= titleIndex(resolved.actors)));
    if (!a && q.speakerKind === "descriptive" && standsForBody(s)) {
      // "the report warned" after "the OECD said": the body last heard from, else the
      // organisation last named ("Norfolk Airways … the firm said")
      if (lastBody) {
        who[i] = lastBody;
        continue;
      }
      const id = lastOrganisation(s.start);
      a = id ? byId.get(id) ?? null : null;
    }
    const name = a?.name ?? s.text.replace(/^(?:the|a|an)\s+/i, "");
    const w: Who = { actor: a, name, title: q.speakerTitle ?? a?.title ?? null, org: org?.id ?? a?.affiliation ?? null };
    who[i] = w;
    if (q.speakerKind === "organization" || (a && a.kind !== "person")) lastBody = w;
  }

  return quotes.map((q, i) => {
    const w = who[i];
    return {
      id: `q${i + 1}`,
      text: q.text,
      start: q.start,
      end: q.end,
      direct: q.direct,
      speaker: w?.actor?.id ?? null,
      speakerName: w?.name ?? (q.speakerKind === "pronoun" ? null : (q.speakerSpan?.text ?? null)),
      speakerTitle: w?.title ?? null,
      speakerOrg: w?.org ?? null,
      verb: q.verb,
    };
  });
}

const pos = (q: QuoteTag) => q.speakerSpan?.start ?? q.start;
