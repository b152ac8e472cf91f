/**
 * Reporting verbs in a text: one pattern over every form of the lexicon, run once per text,
 * then looked up by range, so that the many small windows the cue finders read stay linear.
 *   catches: "said", "Says", "pointed out", "according to"
 *   must not: "state" in "state-owned" (forms are whole words, hyphens included)
 */
import { countBefore } from "../../pipeline/spans.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";

const FORMS = Object.keys(REPORTING_VERBS).sort((a, b) => b.length - a.length);
/** every reporting verb form and source phrase, as one pattern */
export const VERB_RE = new RegExp(`(?<![\\w'’-])(?:${[...FORMS, "according to"].map((f) => f.replace(/ /g, "\\s+")).join("|")})(?![\\w'’-])`, "gi");

/** A verb form right after one of these is a noun: "the report", "a claim". */
export const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|his|her|its|their|our|this|that|these|those|whose|of|in)\s+$/i;

export interface VerbHit {
  index: number;
  verb: string;
}

/**
 * Every reporting verb of the text, found in one pass and kept for the text last seen:
 * the cue finders look at many small windows of the same text, and must stay linear.
 */
let indexed: { text: string; hits: VerbHit[] } | null = null;
function verbsOf(text: string): VerbHit[] {
  if (indexed?.text !== text) {
    const hits: VerbHit[] = [];
    VERB_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = VERB_RE.exec(text)) !== null) hits.push({ index: m.index, verb: m[0] });
    indexed = { text, hits };
  }
  return indexed.hits;
}

/** The reporting verbs in text[from, to), in order. */
export function* verbsIn(text: string, from: number, to: number): Generator<VerbHit> {
  const hits = verbsOf(text);
  const lo = countBefore(hits, (h) => h.index < from);
  for (let k = lo; k < hits.length && hits[k].index + hits[k].verb.length <= to; k++) yield hits[k];
}

export function verbAt(text: string, from: number, to: number): VerbHit | null {
  for (const v of verbsIn(text, from, to)) return v;
  return null;
}

export const lemmaOf = (verb: string) => (/^according/i.test(verb) ? "according to" : (REPORTING_VERBS[verb.toLowerCase().replace(/\s+/g, " ")] ?? verb));
