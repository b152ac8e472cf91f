/**
 * The quote recogniser: direct quotes first (their spans keep reported speech from taking
 * quoted words as a clause), then reported speech, then the speakers that look like
 * persons become person actors (persons.ts).
 *   catches: "…," said X; X said: "…"; X said (that) …; according to X, …
 *   must not: scare quotes and quoted titles (direct.ts), clauses of unnamed sources
 *             (reported.ts)
 */
import type { QuoteTag, Recognizer } from "../../pipeline/types.js";
import { findDirectQuotes } from "./direct.js";
import { speakerPersons } from "./persons.js";
import { findReported, lastStartingBy } from "./reported.js";

/**
 * A mixed quotation: a speaker's words quoted inside the reporter's own clause (the rebate
 * was "set in stone", he said). The clause is reported speech and the quoted words are part
 * of it, as PolNeAR annotates them; they stay a quote of that speaker, marked `direct:
 * false`. A quote that is the whole reported content (he said: "We will win.") is direct.
 */
const MIXED_SHARE = 0.8;
function mixed(q: QuoteTag, reported: readonly QuoteTag[]): boolean {
  // reported clauses are in text order and rarely nest: look at the few that start before
  for (let k = lastStartingBy(reported, q.start), n = 0; k >= 0 && n < 4; k--, n++) {
    const r = reported[k];
    if (q.end <= r.end + 1 && q.end - q.start < MIXED_SHARE * (r.end - r.start)) return true;
  }
  return false;
}

export const quotes: Recognizer = {
  name: "quotes",
  find(ctx) {
    const direct = findDirectQuotes(ctx);
    const reported = findReported(ctx.text, ctx.sentences, direct.quotes);
    const all = [...direct.quotes.map((q) => (mixed(q, reported.quotes) ? { ...q, direct: false } : q)), ...reported.quotes];
    const { persons, bodies } = speakerPersons(ctx.doc, all, reported.named);
    const settled = all.map((q) => (bodies.has(q) ? { ...q, speakerKind: "organization" as const } : q));
    return [...settled, ...persons];
  },
};
