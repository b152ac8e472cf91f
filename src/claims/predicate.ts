/**
 * Finding the verbs of a sentence without a parser: every inflected form of the typed
 * predicate lexicon (lexicon/predicates.ts) and of the general verb lexicon
 * (lexicon/verbs.ts) is looked up word by word, no regex per verb. Each hit gets a
 * strength: a verb after an auxiliary ("has widened") or in the past tense ("offloaded")
 * is surely a verb; a bare or -s form ("reside", "exports") may be a noun; a word after a
 * determiner ("the sale", "a drop") is a noun and no hit at all.
 */
import { VERBS, type VerbEntry } from "../lexicon/predicates.js";
import { SUPPLEMENT_VERB_LEMMAS } from "../lexicon/verbs-supplement.js";
import { IRREGULAR_VERB_FORMS, NOUN_FIRST_FORMS, VERB_LEMMAS } from "../lexicon/verbs.js";
import type { ClaimType } from "../schema.js";

export interface PredicateHit {
  lemma: string;
  /** the type the typed lexicon gives, or null for a general verb */
  type: ClaimType | null;
  /** UTF-16 offsets in the document text */
  start: number;
  end: number;
  /** 3 after an auxiliary, 2 past tense or with a particle, 1 bare or -s form, 0 an infinitive or participle */
  strength: number;
  /** a plain form that reads as a noun first ("exports", "deal", "cost") */
  nounFirst: boolean;
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
  lemma: string;
  type: ClaimType | null;
  /** the words of a multi-word form after the first one */
  rest: string[];
}

function buildIndex(verbs: readonly VerbEntry[], general: readonly string[], irregular: Readonly<Record<string, string>>): Map<string, FormEntry[]> {
  const index = new Map<string, FormEntry[]>();
  const add = (form: string, lemma: string, type: ClaimType | null) => {
    const [first, ...rest] = form.split(" ");
    const list = index.get(first) ?? [];
    // the typed lexicon comes first and wins; a general entry only fills a gap
    if (list.some((f) => f.rest.join(" ") === rest.join(" "))) return;
    list.push({ lemma, type, rest });
    index.set(first, list);
  };
  for (const v of verbs) {
    const [head, ...tail] = v.lemma.split(" ");
    for (const f of v.forms ?? []) add(f, v.lemma, v.type);
    for (const f of inflect(head)) add([f, ...tail].join(" "), v.lemma, v.type);
  }
  for (const [form, lemma] of Object.entries(irregular)) add(form, lemma, null);
  for (const lemma of general) for (const f of inflect(lemma)) add(f, lemma, null);
  // longest forms first, so "hold talks" wins over "hold"
  for (const list of index.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return index;
}

let index: Map<string, FormEntry[]> | null = null;

/** Words after which a verb-looking word is a noun or adjective: "the sale", "a drop", "its trade". */
const DETERMINERS = new Set([
  "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "of", "for", "in",
  "on", "at", "from", "with", "new", "big", "huge", "sharp", "rapid", "further", "any", "no", "such", "global",
  "recent", "total", "each", "whose", "every", "some", "more", "most", "overall", "strong", "about", "between",
  "among", "into", "than",
]);

/** Auxiliaries and modals: what follows them is the verb. */
const AUXILIARIES = new Set([
  "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "will", "would", "shall",
  "should", "can", "could", "may", "might", "must", "do", "does", "did", "not", "also", "already", "still", "now",
  "just", "never", "then", "n't",
]);
const MODAL_OR_AUX = new Set(["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did"]);

/** Words after which an -ing form is a verb: "by offloading", "after selling". */
const ING_OPENERS = new Set(["by", "after", "before", "while", "when", "from", "through", "via", "without", "on", "since", "in", "of", "for", "and", "or", "but", "then", "also", "not", "despite", "amid", "as", "are", "keep", "kept", "started", "began", "stop", "stopped"]);

/** Word endings that are adjectives more often than nouns: "soaring", "renewed", "ambitious". */
const ADJECTIVE_SHAPE = /(?:ing|ed|ous|ful|able|ible|ish|less)$/;

/** "is to", "were to": what follows is the predicate of a plan. */
const BE_TO = new Set(["is", "are", "was", "were"]);

/** Forms of be, have and do that are never the predicate when another verb is there. */
const AUX_FORMS = new Set(["am", "being", "having", "doing", "done", "'s", "'re", "'ve", "'d"]);

/** Words that are verbs only rarely in news: names of months, titles, common nouns. */
const NOT_VERBS = new Set([
  "may", "march", "will", "can", "means", "minister", "president", "chief", "state", "states", "leader", "leaders",
  "union", "bank", "banks", "figures", "data", "people", "percent", "times", "number", "interest", "rates", "rate",
  "issues", "reserves", "holdings", "assets", "terms", "talks", "officials", "sources", "reports", "markets",
  "prices", "shares", "bonds", "goods", "services", "forces", "troops", "arms", "funds", "loans", "news", "plans",
  "deals", "costs", "sales", "exports", "imports", "needs", "views", "ties", "moves", "efforts", "years", "months",
  "days", "weeks", "group", "groups", "part", "parts", "level", "levels", "record", "low", "high", "lows", "highs",
  "net", "face", "budget", "head", "rest", "bid", "bids",
]);

// numbers are words too: the word before "offloading" in "in 2024, offloading" is "2024", not "in"
const WORD = /[A-Za-z0-9][A-Za-z0-9'’-]*/g;

interface Word {
  w: string;
  raw: string;
  start: number;
  end: number;
}

function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    words.push({ w: m[0].toLowerCase(), raw: m[0], start: m.index, end: m.index + m[0].length });
  }
  return words;
}

/**
 * Every verb in text[start, end), in order, typed or general, with its strength.
 * @param titleCase the span is a headline, where capitalised words may be verbs
 */
export function findPredicates(text: string, start: number, end: number, titleCase = false): PredicateHit[] {
  index ??= buildIndex(VERBS, [...VERB_LEMMAS, ...SUPPLEMENT_VERB_LEMMAS], IRREGULAR_VERB_FORMS);
  const words = wordsIn(text, start, end);
  const hits: PredicateHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const forms = index.get(word.w) ?? participle(words, i);
    if (!forms || MODAL_OR_AUX.has(word.w) || AUX_FORMS.has(word.w)) continue;
    // a capitalised word inside a sentence is a name ("Bill", "Mark", "Rosneft Sells")
    if (!titleCase && i > 0 && /^[A-Z]/.test(word.raw)) continue;
    const prev = words[i - 1]?.w;
    // after a determiner or a possessive ("the sale", "Russia's booming economy") it is a
    // noun or adjective, and so after a determiner and an adjective ("the soaring cost")
    if (prev && (DETERMINERS.has(prev) || /['’]s$|s['’]$/.test(prev))) continue;
    const before2 = words[i - 2]?.w ?? "";
    if (prev && ADJECTIVE_SHAPE.test(prev) && !AUXILIARIES.has(prev) && (DETERMINERS.has(before2) || /['’]s$|est$/.test(before2))) continue;
    // a capitalised word opening a sentence before another capital is a name or title ("Finance Minister")
    if (!titleCase && i === 0 && /^[A-Z]/.test(word.raw) && /^[A-Z]/.test(words[1]?.raw ?? "")) continue;
    // "-" compounds are adjectives or nouns ("state-owned", "sell-off")
    if (text[word.end] === "-" || text[word.start - 1] === "-") continue;
    // an -ing form after a noun is a noun or adjective ("debt restructuring offer"); after
    // a preposition, a comma or an auxiliary it is a verb ("by offloading", ", saying")
    const nominalIng = i > 0 && !ING_OPENERS.has(prev!) && !AUXILIARIES.has(prev!) && !/,\s*$/.test(text.slice(words[i - 1].end, word.start));
    for (const f of forms) {
      if (nominalIng && word.w !== f.lemma && word.w.endsWith("ing") && f.rest.length === 0) break;
      if (!f.rest.every((r, k) => words[i + 1 + k]?.w === r)) continue;
      if (f.type === null && NOT_VERBS.has(word.w) && f.rest.length === 0) break;
      const last = words[i + f.rest.length];
      const st = strength(words, i + f.rest.length, f.lemma);
      hits.push({ lemma: f.lemma, type: f.type, start: word.start, end: last.end, strength: st, nounFirst: st === 1 && f.rest.length === 0 && NOUN_FIRST_FORMS.has(word.w) });
      i += f.rest.length;
      break;
    }
  }
  return hits;
}

/**
 * An -ed word right after a form of be or have is a verb even when no lexicon lists it
 * ("were granted", "has overhauled"); its lemma is guessed by the spelling rules.
 */
function participle(words: readonly Word[], i: number): FormEntry[] | undefined {
  const w = words[i].w;
  if (w.length < 5 || !w.endsWith("ed") || !PERFECT_OR_PASSIVE.has(words[i - 1]?.w ?? "")) return undefined;
  return [{ lemma: lemmaOfPast(w), type: null, rest: [] }];
}

const PERFECT_OR_PASSIVE = new Set(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had"]);

/** "applied" → apply, "planned" → plan, "priced" → price, "created" → create, "granted" → grant. */
export function lemmaOfPast(w: string): string {
  if (w.endsWith("ied")) return w.slice(0, -3) + "y";
  if (/([bdfgklmnprt])\1ed$/.test(w)) return w.slice(0, -3);
  if (/(?:[cgvz]|[^aeiou][aeiou]s|[^aeiou]at|ut)ed$/.test(w)) return w.slice(0, -1);
  return w.slice(0, -2);
}

/** Particles that make a phrasal verb, and a verb of the word before them: "set up", "paid off". */
const PARTICLES = new Set(["up", "down", "out", "off", "back", "away", "over"]);

function strength(words: readonly Word[], last: number, lemma: string): number {
  const i = last - lemma.split(" ").length + 1;
  const w = words[i].w;
  // an auxiliary within two words before: "has widened", "could not benefit", "is to look"
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    // "to be capped", "to have agreed": an infinitive complement, not the main verb
    if ((words[k].w === "be" || words[k].w === "have" || words[k].w === "been") && words[k - 1]?.w === "to") return 0;
    if (MODAL_OR_AUX.has(words[k].w)) return 3;
    if (!AUXILIARIES.has(words[k].w)) break;
  }
  // "is to look", "are to meet": a plan, and the verb is the predicate
  if (words[i - 1]?.w === "to") return BE_TO.has(words[i - 2]?.w ?? "") ? 3 : 0;
  if (w.endsWith("ing") && w !== lemma) return 0;
  if (w !== lemma && (w.endsWith("ed") || IRREGULAR_VERB_FORMS[w] === lemma)) return 2;
  if (PARTICLES.has(words[last + 1]?.w ?? "")) return 2;
  return 1;
}

/** Copulas and auxiliaries: the predicate of a sentence with no other verb. */
const COPULA = /\b(is|are|was|were|has|have|had|will be|would be|remains?|remained|becomes?|became)\b/i;

export function fallbackPredicate(text: string, start: number, end: number): PredicateHit | null {
  const m = COPULA.exec(text.slice(start, end));
  if (!m) return null;
  const w = m[1].toLowerCase();
  const lemma = /^(?:has|have|had)$/.test(w) ? "have" : /^remain/.test(w) ? "remain" : /^bec/.test(w) ? "become" : "be";
  return { lemma, type: null, start: start + m.index, end: start + m.index + m[0].length, strength: 1, nounFirst: false };
}
