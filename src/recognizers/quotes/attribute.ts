/**
 * Quote attribution: the speaker span a quote recogniser found ("Ian Gunner", "the OECD")
 * becomes the actor whose mention it overlaps. Pronouns and bare surnames are resolved by
 * the actor stage before this runs.
 */
import { overlaps } from "../../pipeline/spans.js";
import type { ActorTag, QuoteTag, ResolvedActors } from "../../pipeline/types.js";
import type { Actor, Quote } from "../../schema.js";

export function attributeQuotes(quotes: readonly QuoteTag[], tags: readonly ActorTag[], resolved: ResolvedActors): Quote[] {
  const byId = new Map(resolved.actors.map((a) => [a.id, a]));
  return quotes.map((q, i) => {
    let speaker: Actor | null = null;
    if (q.speakerSpan) {
      const k = tags.findIndex((t, j) => resolved.ids[j] !== null && overlaps(t, q.speakerSpan!));
      if (k >= 0) speaker = byId.get(resolved.ids[k]!) ?? null;
    }
    return {
      id: `q${i + 1}`,
      text: q.text,
      start: q.start,
      end: q.end,
      direct: q.direct,
      speaker: speaker?.id ?? null,
      speakerName: speaker?.name ?? q.speakerSpan?.text ?? null,
      speakerTitle: speaker?.title ?? null,
      speakerOrg: speaker?.affiliation ?? null,
      verb: q.verb,
    };
  });
}
