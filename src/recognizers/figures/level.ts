/**
 * Numbers left bare after the unit readers: a level ("a one-month low of 104.20", "closed
 * at 10,345"), or a count whose noun the sentence gave earlier ("39 nations out of 65 ...
 * with 29 cutting back" → 65 and 29 nations).
 *   catches: "a low of 104.20" → number, "out of 65" after "39 nations" → count nation
 *   must not: "Radio 4", "FTSE 100", "Windows 3.1" (names), "in 2004" (a year), "No 10"
 */
import { NOT_COUNT_NOUNS, TIME_NOUNS } from "../../lexicon/counts.js";
import { LEVEL_MOVES, LEVEL_NOUNS, NO_INHERIT_AFTER, REFERENCE_WORDS } from "../../lexicon/levels.js";
import { type Bare, namedBefore } from "./scan.js";
import { type Tok, isWord } from "./tokens.js";

const YEAR = /^(?:1[89]\d\d|20\d\d)$/;
export type BareVerdict = "level" | "inherit" | null;

/** What a bare number is: a level, a count that may inherit its noun, or nothing. */
export function judgeBare(toks: readonly Tok[], b: Bare): BareVerdict {
  const t = toks[b.amount.from];
  const text = t.text;
  if (b.amount.integer && YEAR.test(text)) return null;
  const p = toks[b.from - 1];
  if (p && p.kind === "word") {
    if (REFERENCE_WORDS.has(p.lower)) return null;
    // "Radio 4", "FTSE 100", "Airbus 380": a capitalised word right before names it
    if (/^\p{Lu}/u.test(p.text) && b.from - 1 > 0 && !isWord(toks[b.from - 2], "of")) return null;
  }
  if (p && p.kind === "sym" && /^[#№]$/.test(p.text)) return null;
  // "No. 1", "Art. 5", "p. 12": an abbreviated reference word before the dot
  const q = toks[b.from - 2];
  if (p && p.kind === "sym" && p.text === "." && q && q.kind === "word" && (REFERENCE_WORDS.has(q.lower) || /^(?:art|sec|ch|pp?|para|vols?|nos?)$/.test(q.lower))) return null;
  if (namedBefore(toks, b.from)) return null;
  const n = toks[b.next];
  // "the 2-1 win", "3-0": scores and ratios
  if (n && n.kind === "sym" && (n.text === "-" || n.text === "–") && toks[b.next + 1]?.kind === "num") return null;
  if (n && n.kind === "word" && /^(?:gmt|bst|utc|est|edt|cet|am|pm|a\.m\.|p\.m\.|hours|hrs|h)$/.test(n.lower)) return null;
  // "1 January", "3 Mar": a date
  if (n && n.kind === "word" && /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?$/i.test(n.text) && /^\p{Lu}/u.test(n.text)) return null;
  // "in the 12 months to March", "20 or 30 years": a duration, whatever the sentence counted before
  if (n && n.kind === "word" && (NOT_COUNT_NOUNS.has(n.lower) || TIME_NOUNS.has(n.lower))) return null;
  const n3 = toks[b.next + 2];
  if (n && (/^(?:or|to|and)$/.test(n.lower) || n.text === "-" || n.text === "–") && toks[b.next + 1]?.kind === "num" && n3 && n3.kind === "word" && (NOT_COUNT_NOUNS.has(n3.lower) || TIME_NOUNS.has(n3.lower))) return null;
  const decimal = /\./.test(text) && !b.amount.scale;
  const levelBefore = p && p.kind === "word" && (
    ((p.lower === "of" || p.lower === "at" || p.lower === "to" || p.lower === "from" || p.lower === "around" || p.lower === "near") && isWord(toks[b.from - 2]) && (LEVEL_NOUNS.has(toks[b.from - 2].lower) || LEVEL_MOVES.has(toks[b.from - 2].lower)))
  );
  if (decimal || levelBefore || /,\d{3}/.test(text) || b.amount.scale) return "level";
  // "under 30", "aged 65", "closer to 18": ages and thresholds, not members of the count
  const ageOf = isWord(p, "of") && isWord(toks[b.from - 2]) && /^(?:age|ages|aged)$/.test(toks[b.from - 2].lower);
  // "10 Downing Street", "7 World Trade Center": a plain integer before a name is part of it
  if (/^\d+$/.test(text) && n && n.kind === "word" && /^\p{Lu}\p{Ll}/u.test(n.text)) return null;
  // "model 80386": five digits or more without separators are codes, not counts
  const code = /^\d{5,}$/.test(text);
  if (b.amount.integer && !code && !ageOf && !(p && p.kind === "word" && NO_INHERIT_AFTER.has(p.lower))) return "inherit";
  return null;
}
