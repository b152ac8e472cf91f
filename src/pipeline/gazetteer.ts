/**
 * Phrase lists (gazetteers) and the one lookup tree they share. Each recogniser that names
 * things from a list declares its gazetteer (recognizer.gazetteer); the tag stage merges
 * every declared gazetteer into one tree and walks the document's tokens once, whatever the
 * number and size of the lists; each recogniser then reads its own hits, longest first and
 * left to right. Linear in the tokens (times the longest phrase).
 *
 * A phrase is its words and numbers ("&" and "+" count as words); hyphens and the possessive
 * "'s" between them are transparent ("Guinea-Bissau" = "Guinea Bissau"; "Russia's" → "Russia"),
 * and a phrase never crosses a line break or sentence punctuation.
 *   catches: "the United States" → "United States", "U.S.", "UNITED STATES" in a headline
 *   must not: "Georgia" across "Atlanta,\nGeorgia" (a line break between words)
 */
import { cut } from "./tokenize.js";
import { SHAPE, type Token } from "./tokens.js";
import type { Doc } from "./types.js";

export interface GazetteerHit<V> {
  value: V;
  start: number;
  end: number;
  /** index in doc.tokens of the first token, and one past the last */
  from: number;
  to: number;
}

/** The words of a phrase as the document's tokens would be cut. */
function phraseWords(phrase: string): string[] {
  return cut(phrase)
    .map((r) => phrase.slice(r.start, r.end))
    .filter((w) => isPhraseWord(w));
}

const isPhraseWord = (w: string): boolean => /^[\p{L}\p{N}&+]/u.test(w) && !/^['’][sS]$/.test(w);
const normal = (w: string): string => (w.includes("’") ? w.replace(/’/g, "'") : w);

/** A phrase of a list: its words as keys (lower case), and as written where the list is case-sensitive. */
interface Entry<V> {
  words: string[];
  /** the words as written, joined by spaces (’ written '); null when any case matches */
  exact: string | null;
  value: V;
}

/**
 * A case-sensitive phrase matches as written, or in ALL CAPS as headlines and datelines
 * write it ("UNITED STATES"); a case-insensitive one in any case.
 */
function caseMatches(exact: string | null, surface: string): boolean {
  if (exact === null || surface === exact) return true;
  return surface.length >= 3 && surface === surface.toUpperCase() && surface === exact.toUpperCase();
}

export class Gazetteer<V> {
  /** the phrases by their lower-case key: several may share one (case-sensitive "US" and "Us") */
  private readonly byKey = new Map<string, Entry<V>[]>();
  /** every phrase, in the order added, for the tree */
  readonly entries: Entry<V>[] = [];

  /**
   * @param caseSensitive when false, phrases match in any case; when true, as written
   *   (and also in ALL CAPS, as headlines and datelines write them)
   */
  constructor(readonly caseSensitive = true) {}

  add(phrase: string, value: V): this {
    const written = phraseWords(phrase).map(normal);
    if (!written.length) return this;
    const words = written.map((w) => w.toLowerCase());
    const key = words.join(" ");
    const exact = this.caseSensitive ? written.join(" ") : null;
    const same = this.byKey.get(key);
    // the first value of a phrase is kept
    if (same?.some((e) => e.exact === exact)) return this;
    const e: Entry<V> = { words, exact, value };
    if (same) same.push(e);
    else this.byKey.set(key, [e]);
    this.entries.push(e);
    return this;
  }

  has(phrase: string): boolean {
    return this.get(phrase) !== undefined;
  }

  get(phrase: string): V | undefined {
    const written = phraseWords(phrase).map(normal);
    const surface = written.join(" ");
    return this.byKey.get(surface.toLowerCase())?.find((e) => caseMatches(e.exact, surface))?.value;
  }
}

interface Ending {
  g: number;
  exact: string | null;
  value: unknown;
}

/** One prefix of one or more phrases: the phrases that end there, and whether longer ones go on. */
interface Slot {
  ends: Ending[] | null;
  more: boolean;
}

/** Punctuation a phrase never crosses. */
const STOPS = new Set([",", ";", ":", "!", "?", "(", ")", '"', "“", "”", ".", "…"]);

/**
 * The merged tree of several gazetteers: walk a document once, get every gazetteer's hits.
 * The tree is one map from each phrase prefix (lower-case words joined by spaces) to what
 * ends there: a map of strings costs far less memory than a map per node, which matters for
 * a config of 200,000 actors; case is checked when a phrase ends, not by a second tree.
 */
export class PhraseTree {
  private readonly slots = new Map<string, Slot>();
  /** first words that can open a phrase: as written (and in capitals) for case-sensitive lists, lower case for the others */
  private readonly opensExact = new Set<string>();
  private readonly opensFolded = new Set<string>();
  private longest = 1;

  constructor(private readonly gazetteers: readonly Gazetteer<unknown>[]) {
    gazetteers.forEach((g, gi) => {
      for (const e of g.entries) {
        let key = "";
        e.words.forEach((w, k) => {
          key = k === 0 ? w : `${key} ${w}`;
          let slot = this.slots.get(key);
          if (!slot) this.slots.set(key, (slot = { ends: null, more: false }));
          if (k < e.words.length - 1) slot.more = true;
          else (slot.ends ??= []).push({ g: gi, exact: e.exact, value: e.value });
        });
        this.longest = Math.max(this.longest, e.words.length);
        if (e.exact === null) this.opensFolded.add(e.words[0]);
        else {
          const space = e.exact.indexOf(" ");
          const first = space < 0 ? e.exact : e.exact.slice(0, space);
          this.opensExact.add(first).add(first.toUpperCase());
        }
      }
    });
  }

  /** Can a phrase start at this token? (one or two set lookups: most tokens open nothing) */
  private opens(t: Token): boolean {
    const text = t.text.includes("’") ? normal(t.text) : t.text;
    if (this.opensFolded.has(t.lower) || this.opensExact.has(text)) return true;
    // "Co." in a text, "Co" in the list
    return t.lower.endsWith(".") && (this.opensFolded.has(t.lower.slice(0, -1)) || this.opensExact.has(text.slice(0, -1)));
  }

  /**
   * Each gazetteer's hits in the document, longest first, left to right, not overlapping:
   * starts are visited in order, and a gazetteer takes its longest phrase at a start that
   * its previous hit does not cover (the greedy choice of a walk per gazetteer, in one walk).
   */
  walk(doc: Doc): Map<Gazetteer<unknown>, GazetteerHit<unknown>[]> {
    const tokens = doc.tokens;
    const G = this.gazetteers.length;
    const hits: GazetteerHit<unknown>[][] = this.gazetteers.map(() => []);
    const out = new Map<Gazetteer<unknown>, GazetteerHit<unknown>[]>();
    this.gazetteers.forEach((g, gi) => out.set(g, hits[gi]));
    if (!this.slots.size) return out;
    const free = new Int32Array(G); // first token a gazetteer's next hit may start at
    // the longest phrase of each gazetteer found at the current start
    const bestTo = new Int32Array(G).fill(-1);
    const bestEnd = new Int32Array(G);
    const bestValue: unknown[] = new Array(G);
    const touched: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!isPhraseToken(first) || !this.opens(first)) continue;
      let key = "";
      let surface = "";
      let prev = i;
      for (let j = i, words = 0; j < tokens.length && words < this.longest; j++) {
        const t = tokens[j];
        if (j > i) {
          if (!isPhraseToken(t)) {
            // a hyphen or "'s" between two words, no more than two marks
            if (t.gap === 2 || STOPS.has(t.text) || j - prev > 2) break;
            continue;
          }
          if (t.gap === 2) break;
        }
        words++;
        prev = j;
        let word = t.lower;
        let as = t.text.includes("’") ? normal(t.text) : t.text;
        let slot = this.slots.get(words === 1 ? word : `${key} ${word}`);
        let end = t.end;
        // "Co." in a text, "Co" in the list: a period the list does not write is not part of the name
        if (!slot && word.endsWith(".") && word.indexOf(".") === word.length - 1) {
          word = word.slice(0, -1);
          as = as.slice(0, -1);
          slot = this.slots.get(words === 1 ? word : `${key} ${word}`);
          end = t.end - 1;
        }
        if (!slot) break;
        key = words === 1 ? word : `${key} ${word}`;
        surface = words === 1 ? as : `${surface} ${as}`;
        if (slot.ends) {
          for (const e of slot.ends) {
            if (!caseMatches(e.exact, surface)) continue;
            if (bestTo[e.g] < 0) touched.push(e.g);
            if (j + 1 > bestTo[e.g]) {
              bestTo[e.g] = j + 1;
              bestEnd[e.g] = end;
              bestValue[e.g] = e.value;
            }
          }
        }
        if (!slot.more || end !== t.end) break;
      }
      for (const g of touched) {
        if (i >= free[g]) {
          hits[g].push({ value: bestValue[g], start: first.start, end: bestEnd[g], from: i, to: bestTo[g] });
          free[g] = bestTo[g];
        }
        bestTo[g] = -1;
      }
      touched.length = 0;
    }
    return out;
  }
}

/** A word of a phrase: a word or number token ("&" and "+" too), not the possessive. */
function isPhraseToken(t: Token): boolean {
  if (t.shape & (SHAPE.WORD | SHAPE.NUM)) return t.lower !== "'s";
  return t.text === "&" || t.text === "+";
}
