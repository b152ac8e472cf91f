/**
 * Counts: a number of things, the counted noun as the unit. "39 nations", "464,000
 * subscribers", "30 member countries", "Two million children", the "12-member" bloc; and a
 * bare number later in the same sentence inherits the noun ("39 nations out of 65").
 *   catches: "39 nations" → 39 nation, "the 12-member eurozone" → 12 member
 *   must not: "two companies" (a number word as determiner), "3 years" (a duration), "2005 elections" (a year)
 */
import { IRREGULAR_PLURALS, NOT_COUNT_NOUNS } from "../../lexicon/counts.js";
import { type Tok, own } from "./tokens.js";

/** Words that end a noun phrase: function words, auxiliaries, prepositions. */
const STOP = new Set([
  "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "than", "that", "which", "who", "whom", "whose", "the", "a",
  "an", "and", "or", "but", "nor", "per", "are", "were", "be", "been", "being", "have", "had", "will", "would", "could",
  "should", "may", "might", "can", "do", "did", "not", "no", "more", "less", "over", "under", "about", "into", "out", "up",
  "down", "off", "it", "they", "them", "their", "there", "these", "those", "this", "its", "each", "every", "all", "some",
  "any", "both", "other", "such", "so", "if", "when", "while", "where", "after", "before", "since", "until", "between",
  "against", "among", "during", "without", "within", "through", "across", "around", "last", "next", "ago", "earlier", "later",
  "year", "years", "month", "months", "week", "weeks", "day", "days", "times", "percent", "per", "cent",
]);

/** True for a lower-case plural noun that can be counted. */
export function isCountNoun(w: string): boolean {
  if (own(IRREGULAR_PLURALS, w) !== undefined) return true;
  if (NOT_COUNT_NOUNS.has(w) || STOP.has(w)) return false;
  if (w.length < 3 || !/^[a-z][a-z'-]*s$/.test(w)) return false;
  return !/(?:ss|us|is|'s)$/.test(w);
}

/** The singular of a counted noun: "countries" → country, "children" → child. */
export function singular(w: string): string {
  const irregular = own(IRREGULAR_PLURALS, w);
  if (irregular !== undefined) return irregular;
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Capitalised plurals that are names, not counted people: "The Times", "Jones". */
const NAME_PLURALS = new Set(["times", "news", "jones", "james", "williams", "adams", "davis", "roberts", "evans", "edwards", "harris", "lewis", "phillips", "reynolds", "brooks", "collins", "myers", "ross", "mass", "paris", "athens", "brussels", "wales", "philippines", "netherlands", "bahamas", "maldives", "seychelles", "comoros", "emirates", "states", "nations", "reuters", "sachs", "lehman", "markets", "affairs", "services", "industries", "holdings", "systems", "communications", "airlines", "airways", "motors", "technologies", "resources", "partners", "securities", "investments", "foods", "stores", "games", "olympics", "democrats", "republicans", "conservatives", "liberals", "tories", "socialists", "greens", "nationalists", "wells", "sports", "news", "brothers", "sons", "associates", "labs", "works"]);

/** Modifiers that are function words elsewhere but sit well before a counted noun: "25 million more people". */
const COUNT_MODIFIERS = new Set(["more", "fewer", "other", "additional", "extra", "new", "former", "young", "old"]);

const isModifier = (t: Tok | undefined): boolean =>
  !!t && t.kind === "word" && (!STOP.has(t.lower) || COUNT_MODIFIERS.has(t.lower)) && /^[\p{L}][\p{L}.'’-]*$/u.test(t.text) && !isCountNoun(t.lower) && t.text.length > 1;

export interface CountRead {
  unit: string;
  /** index of the head noun, and after it */
  head: number;
  next: number;
}

/** The counted noun phrase starting at token i: up to two modifiers, then a plural head. */
export function countNoun(toks: readonly Tok[], i: number): CountRead | null {
  for (let m = 0; m <= 2; m++) {
    const h = toks[i + m];
    if (!h || h.kind !== "word") return null;
    if (h.text === h.lower && isCountNoun(h.lower)) {
      return { unit: singular(h.lower), head: i + m, next: i + m + 1 };
    }
    // "3,000 Americans", "20 MPs": people named by a capitalised plural
    // only right after the number: "64 Bob Estes" is a name; "Kansas", "Texas" are places
    if (m === 0 && ((/^\p{Lu}\p{Ll}+s$/u.test(h.text) && isCountNoun(h.lower) && !NAME_PLURALS.has(h.lower) && !/(?:as|os|is|es)$/.test(h.lower)) || /^\p{Lu}{2,}s$/u.test(h.text))) {
      return { unit: singular(h.lower), head: i + m, next: i + m + 1 };
    }
    if (!isModifier(h)) return null;
    // a modifier must touch nothing odd: "30 member countries", "126 fighter jets"
    const n = toks[i + m + 1];
    if (!n || n.kind !== "word" || n.tight) return null;
  }
  return null;
}

/** A singular noun after "N-": the "12-member" bloc. */
export function compoundNoun(t: Tok | undefined): string | null {
  if (!t || t.kind !== "word" || t.text !== t.lower || !/^[a-z]{2,}$/.test(t.lower) || STOP.has(t.lower)) return null;
  return t.lower;
}
