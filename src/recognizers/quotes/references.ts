/**
 * What a pronoun or a description stands for, among the actors named before it:
 *   "he", "she" → the most recent person mentioned before it;
 *   "the foreign secretary" → the person the text gave that title ("Foreign Secretary Jack
 *   Straw"); "the report", "the think tank" → the body last heard from (attribute.ts).
 *   must not: take a person named after the pronoun, or a title given later
 */
import { countBefore } from "../../pipeline/spans.js";
import { DOCUMENT_WORDS } from "../../lexicon/speakers.js";
import type { ActorTag, ResolvedActors, Span } from "../../pipeline/types.js";
import type { Actor } from "../../schema.js";

/** A lookup: the actor id of the last person mention that starts before a position. */
export function personBefore(tags: readonly ActorTag[], resolved: ResolvedActors): (pos: number) => string | null {
  return lastOfKind(tags, resolved, "person");
}

/** A lookup: the last organisation mentioned before a position ("the firm said" → it). */
export function organisationBefore(tags: readonly ActorTag[], resolved: ResolvedActors): (pos: number) => string | null {
  return lastOfKind(tags, resolved, "organization");
}

/**
 * A lookup for "it said" when no body has spoken yet: the organisation or country named
 * just before, in the same stretch of text ("… backs the US's policy, it has indicated").
 */
export function bodyNear(tags: readonly ActorTag[], resolved: ResolvedActors, within = 150): (pos: number) => string | null {
  const near = lastOf(tags, resolved, (k) => k === "organization" || k === "country" || k === "bloc");
  return (pos) => {
    const hit = near(pos);
    return hit && pos - hit.start <= within ? hit.id : null;
  };
}

function lastOfKind(tags: readonly ActorTag[], resolved: ResolvedActors, kind: ActorTag["kind"]): (pos: number) => string | null {
  const last = lastOf(tags, resolved, (k) => k === kind);
  return (pos) => last(pos)?.id ?? null;
}

function lastOf(tags: readonly ActorTag[], resolved: ResolvedActors, keep: (k: ActorTag["kind"]) => boolean): (pos: number) => { start: number; id: string } | null {
  const found = tags
    .map((t, j) => ({ start: t.start, id: resolved.ids[j] }))
    .filter((p, j): p is { start: number; id: string } => p.id !== null && keep(tags[j].kind))
    .sort((a, b) => a.start - b.start);
  return (pos) => {
    const lo = countBefore(found, (f) => f.start < pos);
    return lo > 0 ? found[lo - 1] : null;
  };
}

/** "the report", "the Paris-based think tank": a description of the body that spoke. */
export const standsForBody = (s: Span): boolean => /^the\s+/i.test(s.text) && DOCUMENT_WORDS.has(s.text.split(/\s+/).pop()!.toLowerCase());

/** Titled persons by the last word of their title, in order of first mention. */
export function titleIndex(actors: readonly Actor[]): Map<string, Actor[]> {
  const out = new Map<string, Actor[]>();
  const titled = actors.filter((a) => a.kind === "person" && a.title).sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  for (const a of titled) {
    const head = a.title!.toLowerCase().split(/\s+/).pop()!;
    if (!out.has(head)) out.set(head, []);
    out.get(head)!.push(a);
  }
  return out;
}

/** "the foreign secretary" → the person the text gave that title ("Foreign Secretary Jack Straw"). */
export function byTitle(s: Span, titled: Map<string, Actor[]>): Actor | null {
  const m = /^the\s+(.+)$/i.exec(s.text);
  if (!m) return null;
  const wanted = m[1].toLowerCase();
  let best: Actor | null = null;
  for (const a of titled.get(wanted.split(/\s+/).pop()!) ?? []) {
    if ((a.mentions[0]?.start ?? Infinity) >= s.start) break;
    if (a.title!.toLowerCase().endsWith(wanted)) best = a;
  }
  return best;
}
