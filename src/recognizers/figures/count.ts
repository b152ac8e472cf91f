/**
 * Counts: a number of things, the counted noun as the unit. "39 nations", "464,000
 * subscribers", "30 member countries", "Two million children", the "12-member" bloc; and a
 * bare number later in the same sentence inherits the noun ("39 nations out of 65").
 *   catches: "39 nations" → 39 nation, "the 12-member eurozone" → 12 member
 *   must not: "two companies" (a number word as determiner), "3 years" (a duration), "2005 elections" (a year)
 */
import { COUNT_MODIFIERS, IRREGULAR_PLURALS, NAME_PLURALS, NOT_COUNT_NOUNS, NOUN_PHRASE_STOP } from "../../lexicon/counts.js";
import { type Tok, own } from "./tokens.js";

/** True for a lower-case plural noun that can be counted. */
export function isCountNoun(w: string): boolean {
  if (own(IRREGULAR_PLURALS, w) !== undefined) return true;
  if (NOT_COUNT_NOUNS.has(w) || NOUN_PHRASE_STOP.has(w)) return false;
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

const isModifier = (t: Tok | undefined): boolean =>
  !!t && t.kind === "word" && (!NOUN_PHRASE_STOP.has(t.lower) || COUNT_MODIFIERS.has(t.lower)) && /^[\p{L}][\p{L}.'’-]*$/u.test(t.text) && !isCountNoun(t.lower) && t.text.length > 1;

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
    // ("1,500 Dataproducts common shares": a lower-case plural after it is the counted noun)
    if (m === 0 && !lowerPluralAt(toks, i + 1) && ((/^\p{Lu}\p{Ll}+s$/u.test(h.text) && isCountNoun(h.lower) && !NAME_PLURALS.has(h.lower) && !/(?:as|os|is|es)$/.test(h.lower)) || /^\p{Lu}{2,}s$/u.test(h.text))) {
      return { unit: singular(h.lower), head: i + m, next: i + m + 1 };
    }
    if (!isModifier(h) && !(/^\p{Lu}/u.test(h.text) && lowerPluralAt(toks, i + m + 1))) return null;
    // a modifier must touch nothing odd: "30 member countries", "126 fighter jets"
    const n = toks[i + m + 1];
    if (!n || n.kind !== "word" || n.tight) return null;
  }
  return null;
}

function lowerPluralAt(toks: readonly Tok[], i: number): boolean {
  for (let k = i; k < i + 3 && toks[k]?.kind === "word"; k++) if (toks[k].text === toks[k].lower && isCountNoun(toks[k].lower)) return true;
  return false;
}

/** A singular noun after "N-": the "12-member" bloc. */
export function compoundNoun(t: Tok | undefined): string | null {
  // "486-based", "state-owned": adjectives, not counted nouns
  if (!t || t.kind !== "word" || t.text !== t.lower || !/^[a-z]{2,}$/.test(t.lower) || NOUN_PHRASE_STOP.has(t.lower) || /(?:ed|ing|ly)$/.test(t.lower)) return null;
  return t.lower;
}
