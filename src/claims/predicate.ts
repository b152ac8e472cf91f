/**
 * Finding the predicates of a sentence from the verb lexicon: every inflected form of
 * every lemma, looked up word by word (no regex per verb), with determiners ruling out
 * nouns that look like verbs ("the deal", "a drop", "its trade").
 */
import { VERBS, type VerbEntry } from "../lexicon/predicates.js";
import type { ClaimType } from "../schema.js";

export interface PredicateHit {
  lemma: string;
  type: ClaimType;
  /** UTF-16 offsets in the document text */
  start: number;
  end: number;
}

const VOWEL = /[aeiou]/;

/** Regular inflections of a one-word lemma: -s, -ed, -ing with the usual spelling rules. */
export function inflect(lemma: string): string[] {
  const out = new Set<string>([lemma]);
  const last = lemma[lemma.length - 1];
  const stem = lemma.slice(0, -1);
  if (last === "e") {
    out.add(lemma + "s").add(lemma + "d").add(stem + "ing");
  } else if (last === "y" && !VOWEL.test(lemma[lemma.length - 2] ?? "")) {
    out.add(stem + "ies").add(stem + "ied").add(lemma + "ing");
  } else {
    out.add(/(?:s|x|z|ch|sh|o)$/.test(lemma) ? lemma + "es" : lemma + "s");
    // one-syllable consonant-vowel-consonant words double the consonant: drop → dropped
    const cvc = /[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) && (lemma.match(/[aeiou]+/g) ?? []).length === 1;
    const base = cvc ? lemma + last : lemma;
    out.add(base + "ed").add(base + "ing");
  }
  return [...out];
}

interface FormEntry {
  entry: VerbEntry;
  /** the words of a multi-word form after the first one */
  rest: string[];
}

function buildIndex(verbs: readonly VerbEntry[]): Map<string, FormEntry[]> {
  const index = new Map<string, FormEntry[]>();
  const add = (form: string, entry: VerbEntry) => {
    const [first, ...rest] = form.split(" ");
    const list = index.get(first) ?? [];
    if (!list.some((f) => f.entry === entry && f.rest.join(" ") === rest.join(" "))) list.push({ entry, rest });
    index.set(first, list);
  };
  for (const v of verbs) {
    const [head, ...tail] = v.lemma.split(" ");
    const forms = v.forms ?? [];
    for (const f of inflect(head)) add([f, ...tail].join(" "), v);
    for (const f of forms) add(f, v);
  }
  // longest forms first, so "hold talks" wins over "hold"
  for (const list of index.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return index;
}

const INDEX = buildIndex(VERBS);

/** Words after which a verb-looking word is a noun: "the sale", "a drop", "its trade". */
const DETERMINERS = new Set([
  "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "of", "for", "in", "on",
  "new", "big", "huge", "sharp", "rapid", "further", "any", "no", "such", "global", "recent", "total", "each",
  "whose", "every", "some", "more", "most", "overall", "strong", "record", "supply", "oil",
]);

const WORD = /[A-Za-z][A-Za-z'-]*/g;

/** Every lexicon predicate in text[start, end), in order. */
export function findPredicates(text: string, start: number, end: number): PredicateHit[] {
  const words: { w: string; start: number; end: number }[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    words.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  const hits: PredicateHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const forms = INDEX.get(words[i].w);
    if (!forms) continue;
    const prev = words[i - 1]?.w;
    if (prev && DETERMINERS.has(prev)) continue;
    // "-" compounds are adjectives or nouns ("state-owned", "sell-off")
    if (text[words[i].end] === "-" || text[words[i].start - 1] === "-") continue;
    for (const f of forms) {
      if (f.rest.every((r, k) => words[i + 1 + k]?.w === r)) {
        const last = words[i + f.rest.length];
        hits.push({ lemma: f.entry.lemma, type: f.entry.type, start: words[i].start, end: last.end });
        i += f.rest.length;
        break;
      }
    }
  }
  return hits;
}

/** Auxiliaries and copulas: the predicate of a sentence with no lexicon verb. */
const COPULA = /\b(is|are|was|were|has|have|had|will be|would be|remains?|remained|becomes?|became)\b/i;

export function fallbackPredicate(text: string, start: number, end: number): PredicateHit | null {
  const m = COPULA.exec(text.slice(start, end));
  if (!m) return null;
  const w = m[1].toLowerCase();
  const lemma = /^(?:has|have|had)$/.test(w) ? "have" : /^remain/.test(w) ? "remain" : /^bec/.test(w) ? "become" : "be";
  return { lemma, type: "other", start: start + m.index, end: start + m.index + m[0].length };
}
