/**
 * Clause structure without a parser, from punctuation and function words: the leading
 * adverbial of a sentence ("According to X, …", "If …, then …"), the main predicate,
 * and the main clause that decides the claim's type ("Argentina is set to close its
 * offer, with the government hopeful that creditors will accept" is about closing).
 */
import { DATELINE } from "../lexicon/datelines.js";
import { FRAMING_LEMMAS } from "../lexicon/predicates.js";
import type { Range } from "../pipeline/types.js";
import type { PredicateHit } from "./predicate.js";

/** Openers of an adverbial phrase or subordinate clause that ends at a comma. */
// A phrase opener takes words up to its comma ("According to X,", "If prices rise,"); a
// sentence adverb only its own comma ("However,", "Earlier,"). Not "Of": "Of Argentina's
// bondholders, 38% reside…" names the subject; not a bare "Even": "Even Belgium, a close
// ally, has…"; not "then"/"so": "then we think the shock can be absorbed, he said".
const LEADING = /^(?:(?:according to|at|in|on|by|after|before|although|though|if|when|whenever|while|since|as|despite|even (?:with|if|though|as|so|after|before|when)|amid|amidst|following|against|for|with|without|under|over|unlike|like|once|until|compiled|speaking|asked|besides|last)\b[^,;:"“”]{0,200}|(?:earlier|later|recently|yesterday|today|meanwhile|however|overall|instead|still|now|then|so|but|and|also|indeed|in fact|in addition|in all|moreover|nevertheless|nonetheless|separately|similarly|likewise|finally))\s*,\s*/i;

/**
 * Where the main clause ends: a comma before a subordinator or participle, a
 * subordinator or relative pronoun even without a comma, a semicolon, a spaced dash.
 */
const BOUNDARY = /,\s+(?:with|while|whereas|although|though|but|as|after|before|when|which|who|because|despite|according|so|[a-z]+ing)\b|\s(?:that|which|who|whom|whose|when|because|unless|although|whereas|if)\s|;|\s[-–—]\s/g;

/** The scope without its leading adverbials (at most three: "Although …, according to …, the …"). */
export function stripLeading(text: string, scope: Range): Range {
  let start = scope.start;
  const dateline = DATELINE.exec(text.slice(start, Math.min(scope.end, start + 120)));
  if (dateline) start += dateline[0].length;
  for (let k = 0; k < 3; k++) {
    const rest = text.slice(start, Math.min(scope.end, start + 400));
    const m = LEADING.exec(rest);
    if (!m || start + m[0].length >= scope.end) break;
    start += m[0].length;
  }
  return { start, end: scope.end };
}

/**
 * The main predicate: the first verb of the core, or a surer verb (after an auxiliary, in
 * the past tense) before the end of its clause ("The gap between exports and imports has
 * widened": not "exports"). Infinitives and participles only when there is nothing else.
 */
export function mainPredicate(preds: readonly PredicateHit[], core: Range, text?: string): PredicateHit | null {
  const inCore = preds.filter((p) => p.start >= core.start && p.end <= core.end);
  const first = inCore.find((p) => p.strength >= 1);
  if (!first) return inCore[0] ?? null;
  if (!text) return first;
  // a plain form may be a noun ("G7 finance ministers have backed", "US exports and imports
  // has widened"): a verb after an auxiliary in its clause is the predicate, and for a
  // noun-first word ("exports", "cost") a past tense too; "The UK wants the budget capped"
  // keeps "wants"
  const limit = clauseLimit(text, first, core);
  const surer =
    first.strength !== 1 ? undefined
    : first.nounFirst ? inCore.find((p) => p.start > first.start && p.end <= limit && p.strength >= 1 && !p.nounFirst)
    : inCore.find((p) => p.start > first.start && p.end <= limit && p.strength >= 3);
  // "we think the shock can be absorbed", "analysts reckon prices will fall": the claim is
  // the complement, the verb of thinking or saying only frames it
  const framed = FRAMING_LEMMAS.has(first.lemma)
    ? inCore.find((p) => p.start > first.start && p.end <= beforeQuote(text, first.end, core.end) && p.strength >= 2 && !FRAMING_LEMMAS.has(p.lemma))
    : undefined;
  const main = surer ?? framed ?? first;
  return complementOf(text, main, inCore) ?? main;
}

/** Where the next quotation mark opens: words in quotes are the speaker's, not the frame's complement. */
function beforeQuote(text: string, from: number, end: number): number {
  const q = text.slice(from, end).search(/["“”‘]|:\s/);
  return q < 0 ? end : from + q;
}

function clauseLimit(text: string, p: PredicateHit, core: Range): number {
  return boundaryAfter(text, p.end, core.end);
}

/** The first clause boundary in text[from, end), or end. Searches the slice only: linear per claim. */
function boundaryAfter(text: string, from: number, end: number): number {
  if (from >= end) return end;
  BOUNDARY.lastIndex = 0;
  const b = BOUNDARY.exec(text.slice(from, end));
  return b ? from + b.index : end;
}

/** "The deal sees Rosneft receive $6bn": after see/let/make/help + a noun, the bare verb is the predicate. */
const CAUSATIVE = new Set(["see", "let", "make", "help", "watch", "have"]);

function complementOf(text: string, main: PredicateHit, preds: readonly PredicateHit[]): PredicateHit | null {
  if (!CAUSATIVE.has(main.lemma)) return null;
  return preds.find((p) => p.start > main.end && p.start - main.end <= 40 && !p.nounFirst && p.strength === 1 && text.slice(p.start, p.end).toLowerCase() === p.lemma && text[p.start - 1] === " " && !/\bto\s$/.test(text.slice(p.start - 4, p.start))) ?? null;
}

/** The main clause: from the core's start to the first clause boundary after the main predicate. */
export function mainClause(text: string, core: Range, main: PredicateHit): Range {
  return { start: core.start, end: boundaryAfter(text, main.end, core.end) };
}

/**
 * Where a sentence holds two assertions: ", while" / ", whereas" / ", but" / "; " / a
 * single spaced dash, when what follows has its own actor before its own verb ("The pound
 * added 0.5%, while the dollar fell 1.3%"). "Exports fell 2%, while imports grew" stays
 * one claim: the second part names no actor of its own.
 *
 * @param actorStarts starts of the actor mentions in the sentence, sorted
 * @returns the clause ranges, the sentence itself when it does not split
 */
export function splitAssertions(text: string, s: Range, actorStarts: readonly number[], preds: readonly PredicateHit[]): Range[] {
  const body = text.slice(s.start, s.end);
  const dashes = body.match(/\s[-–—]\s/g)?.length ?? 0;
  const SPLIT = /,\s+(?:while|whereas|but)\s|;\s|\s[-–—]\s/g;
  const out: Range[] = [];
  let from = s.start;
  for (const m of body.matchAll(SPLIT)) {
    if (/[-–—]/.test(m[0]) && dashes !== 1) continue; // paired dashes enclose an aside
    if (insideBrackets(body, m.index ?? 0)) continue; // "318bn yen ($2.9bn; £2.3bn)"
    const cut = s.start + (m.index ?? 0);
    const next = cut + m[0].length;
    const verbBefore = preds.some((p) => p.start >= from && p.end <= cut && p.strength >= 1);
    const firstVerbAfter = preds.find((p) => p.start >= next && p.end <= s.end && p.strength >= 1);
    const actorAfter = firstVerbAfter && actorStarts.some((a) => a >= next && a < firstVerbAfter.start);
    if (!verbBefore || !actorAfter) continue;
    out.push(trim(text, from, cut));
    from = next;
  }
  out.push(trim(text, from, s.end));
  return out;
}

/** Whether position `at` of `s` lies inside an unclosed bracket. */
function insideBrackets(s: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = s[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * The core without a trailing attribution (", two sources familiar with the talks said."):
 * its nouns are the source's, not the claim's, and must not decide the type.
 */
const TRAILING_ATTRIBUTION = /,["”’]?\s+[^,;"“”]{1,80}?\s(?:said|says|told [^,.;]{1,80}|added|reported|according to [^,.;]{1,60})\s*[.!]?["”’]?\s*$/;

export function stripTrailing(text: string, core: Range): Range {
  const m = TRAILING_ATTRIBUTION.exec(text.slice(core.start, core.end));
  return m && m.index > 0 ? { start: core.start, end: core.start + m.index } : core;
}

function trim(text: string, start: number, end: number): Range {
  while (start < end && /[\s,;]/.test(text[start])) start++;
  while (end > start && /[\s,;]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Words that may stand between the verbs of one chain: "agreed to defer", "distanced itself by offloading". */
const CHAIN_GAP = /^(?:\s+(?:to|by|and|not|also|then|itself|themselves|himself|herself|instead|up|down|off|out|back|further|quickly|sharply))*\s+$/i;

/**
 * The verb chain of the main predicate: it and the verbs that continue it ("wanted to
 * provide", "has distanced itself by offloading"), not the verbs of its objects ("look
 * at a proposal to use its gold supplies").
 */
export function verbChain(text: string, main: PredicateHit, preds: readonly PredicateHit[], limit: number): PredicateHit[] {
  const chain = [main];
  let last = main;
  for (const p of preds) {
    if (p.start < last.end || p.end > limit) continue;
    if (p.start - last.end > 40 || !CHAIN_GAP.test(text.slice(last.end, p.start))) break;
    chain.push(p);
    last = p;
  }
  return chain;
}
