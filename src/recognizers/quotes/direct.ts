/**
 * Direct quotes: quoted spans (marks.ts), who speaks them (find-speaker.ts), and which of
 * them are speech at all.
 *   catches: every quote with a speaker, and a quote of a full sentence without one
 *   must not: scare quotes, quoted names and titles ('loan-for-oil deal', the "Marshall
 *             Plan", the book "Capital") with no speaker
 */
import { NAMING_MARKERS } from "../../lexicon/quote-markers.js";
import { CHARACTERISING_VERBS } from "../../lexicon/reporting-verbs.js";
import type { QuoteTag, TagContext } from "../../pipeline/types.js";
import { findSpeaker, type Env, type Found } from "./find-speaker.js";
import { findQuoted } from "./marks.js";

/** A quote with no speaker is kept only when it reads like speech: this many words. */
const MIN_WORDS_WITHOUT_SPEAKER = 8;
/** A quote this short in capitalised words is a name or a title. */
const MAX_NAME_WORDS = 6;

const NAMING_RE = new RegExp(`(?:^|[\\s(])(?:${NAMING_MARKERS.map((m) => m.replace(/[-]/g, "\\-").replace(/ /g, "\\s+")).join("|")})\\s*$`, "i");
const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

export function findDirectQuotes(ctx: TagContext): { quotes: QuoteTag[] } {
  const { text, paragraphs, sentences } = ctx;
  const found: Found[] = [];
  const env: Env = { text, paragraphs, sentences, quoted: findQuoted(text, paragraphs), found };
  env.quoted.forEach((q, i) => {
    const lead = text.slice(Math.max(paragraphs[q.paragraph].start, q.open - 24), q.open);
    if (NAMING_RE.test(lead)) return;
    const who = findSpeaker(env, i);
    const inner = text.slice(q.start, q.end);
    if (!who && wordCount(inner) < MIN_WORDS_WITHOUT_SPEAKER) return;
    if (who && wordCount(inner) <= MAX_NAME_WORDS && isNameLike(inner) && (!who.cue || who.cue.verbEnd <= q.open)) return;
    // "X called the rebate "unjustified"": the quoted words complete the reporter's own
    // sentence, a mixed quotation like those inside reported speech (see index.ts)
    const cue = who?.cue ?? null;
    const mixed = who?.mixed === true || (cue !== null && cue.verbEnd <= q.open && CHARACTERISING_VERBS.has(cue.lemma));
    found.push({ q, speaker: who?.speaker ?? null, verb: who?.verb ?? null, cue, mixed });
  });
  return {
    quotes: found.map(({ q, speaker, verb, mixed }) => ({
      type: "quote",
      rule: q.single ? "quote/single" : "quote/double",
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      direct: !mixed,
      speakerSpan: speaker?.span ?? null,
      verb,
      speakerKind: speaker?.kind ?? null,
      speakerTitle: speaker?.title ?? null,
      speakerOrg: speaker?.org ?? null,
    })),
  };
}

/**
 * Every word capitalised: a name or a title ("Veritas", "Face the Nation,", "All Bets Are
 * Off." — American style keeps the full stop inside the marks); a stage direction in
 * parentheses ("(CROSSTALK.)") is no speech either.
 */
function isNameLike(s: string): boolean {
  const t = s.trim();
  if (/^\(.*\)[.,]?$/.test(t)) return true;
  if (/[!?]$/.test(t)) return false;
  const words = t.replace(/[.,]$/, "").match(/\S+/g) ?? [];
  const content = words.filter((w) => !/^(?:of|the|and|for|a|an|in|on|to|at|by|de|la|or|nor|but)$/.test(w));
  if (/[.,]$/.test(t) && content.length < 2) return false;
  return content.length > 0 && content.every((w) => /^[\p{Lu}\d]/u.test(w));
}
