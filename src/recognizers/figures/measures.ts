/**
 * What a figure quantifies, where the sentence says it right after the figure: "$53.3
 * billion in U.S. treasuries and bonds", "several tonnes of gold", "60% of trade between
 * the two nations"; for a count, the counted noun phrase itself.
 *   catches: "in foreign reserves" → "foreign reserves", "of gold" → "gold"
 *   must not: "in 2004" (a date), "in November", "of the" alone
 */
import { MEASURE_ARTICLES, MEASURE_DETERMINERS, MEASURE_END, MEASURE_LEADS } from "../../lexicon/measures.js";
import type { Tok } from "./tokens.js";

const TIME_HEADS = /^(?:years?|months?|quarters?|weeks?|days?|period|decades?|half|session|trading|morning|afternoon|evening|time)$/;
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * The noun a figure modifies when it stands between an article and that noun: "a $48.2
 * million army contract" → "army contract", "its $102.6bn debt restructuring".
 */
export function measuresModified(toks: readonly Tok[], text: string, from: number, next: number): string | null {
  const det = toks[from - 1];
  if (!det || det.kind !== "word" || !MEASURE_ARTICLES.has(det.lower)) return null;
  let last = -1;
  for (let j = next; j < toks.length && j < next + 6; j++) {
    const t = toks[j];
    if (t.kind === "sym" && t.tight && (t.text === "-" || t.text === "–") && toks[j + 1]?.kind === "word" && toks[j + 1].tight) continue;
    const joined = toks[j - 1]?.kind === "sym" && t.tight && j > next; // "breach-of-contract"
    if (t.kind !== "word" || t.text !== t.lower || (!joined && (MEASURE_END.has(t.lower) || MEASURE_LEADS.includes(t.lower) || t.lower === "and"))) break;
    last = j;
  }
  return last < next ? null : text.slice(toks[next].start, toks[last].end);
}

/** The noun phrase after "of"/"in" at token i, at most eight tokens, or null. */
export function measuresAfter(toks: readonly Tok[], text: string, i: number, leads: readonly string[] = MEASURE_LEADS): string | null {
  const lead = toks[i];
  if (!lead || lead.kind !== "word" || !leads.includes(lead.lower)) return null;
  let j = i + 1;
  while (toks[j] && toks[j].kind === "word" && MEASURE_DETERMINERS.has(toks[j].lower)) j++;
  const from = j;
  let last = -1;
  for (; j < toks.length && j < from + 8; j++) {
    const t = toks[j];
    if (t.kind === "num") break;
    if (t.kind === "sym" && !(t.tight && (t.text === "-" || t.text === "'" || t.text === "’" || t.text === "."))) break;
    if (t.kind === "word" && (MEASURE_END.has(t.lower) || MONTHS.test(t.lower))) break;
    // "and" joins two nouns ("treasuries and bonds") only when a word follows
    if (t.kind === "word" && t.lower === "and" && !(toks[j + 1]?.kind === "word" && !MEASURE_END.has(toks[j + 1].lower))) break;
    if (t.kind === "word") last = j;
  }
  if (last < from) return null;
  // "in the year to January", "of the quarter": a time, not what is measured
  if (TIME_HEADS.test(toks[from].lower)) return null;
  if (toks[last].lower === "and") last--;
  if (last < from) return null;
  return text.slice(toks[from].start, toks[last].end);
}
