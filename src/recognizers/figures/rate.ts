/**
 * The denominator of a rate after a figure: "$50 a barrel", "$10bn a year", "1.3187 euros
 * per US dollar", "$3/bbl", "a 12-cent-a-share dividend".
 *   catches: "per year", "a share", "an ounce", "per US dollar", "/tonne", "annually", "every month"
 *   must not: "a year earlier" (a date, not a rate), "a share of the market"
 */
import { RATE_ADVERBS, RATE_BREAKERS, RATE_NOUNS } from "../../lexicon/units.js";
import { singular } from "./count.js";
import { DASHES, type Tok, isSym, isWord } from "./tokens.js";

export interface RateRead {
  per: string;
  next: number;
}

/** The rate tail starting at token i. */
export function rateAfter(toks: readonly Tok[], text: string, i: number): RateRead | null {
  let j = i;
  // "12-cent-a-share": the rate written into the compound
  if (isSym(toks[j]) && DASHES.has(toks[j].text) && toks[j].tight && isWord(toks[j + 1]) && toks[j + 1].tight) {
    const a = toks[j + 1];
    const n = toks[j + 3];
    if ((a.lower === "a" || a.lower === "an" || a.lower === "per") && isSym(toks[j + 2]) && isWord(n) && n.tight) return { per: n.lower, next: j + 4 };
    return null;
  }
  const t = toks[j];
  if (!t) return null;
  if (isSym(t, "/") && t.tight && isWord(toks[j + 1]) && toks[j + 1].tight && !toks[j + 1].text.match(/^\d/)) {
    return { per: toks[j + 1].lower, next: j + 2 };
  }
  if (!isWord(t)) return null;
  const adverb = RATE_ADVERBS[t.lower];
  if (adverb && Object.prototype.hasOwnProperty.call(RATE_ADVERBS, t.lower)) return { per: adverb, next: j + 1 };
  const n = toks[j + 1];
  if (!n || n.kind !== "word") return null;
  if (t.lower === "per" || t.lower === "each" || (t.lower === "every" && RATE_NOUNS.has(n.lower))) {
    if (n.lower === "cent" || n.lower === "centum") return null;
    // "per US dollar", "per British pound": a qualifier word and its noun
    const m = toks[j + 2];
    if (m && m.kind === "word" && /^[A-Z]/.test(n.text) && /^(?:dollar|pound|euro|yen|yuan|share|barrel|ounce|tonne)s?$/.test(m.lower)) {
      return { per: text.slice(n.start, m.end), next: j + 3 };
    }
    if (n.text !== n.lower && !/^[A-Z][a-z]+$/.test(n.text)) return null;
    return { per: singular(n.lower), next: j + 2 };
  }
  if ((t.lower === "a" || t.lower === "an") && RATE_NOUNS.has(n.lower)) {
    const after = toks[j + 2];
    if (after && after.kind === "word" && RATE_BREAKERS.has(after.lower)) return null;
    if (n.lower === "share" && after && after.lower === "of") return null;
    return { per: n.lower === "annum" ? "year" : n.lower, next: j + 2 };
  }
  return null;
}
