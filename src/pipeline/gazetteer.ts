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

export class Gazetteer<V> {
  /** every phrase by its key, first value kept */
  private readonly phrases = new Map<string, V>();
  /** key words of each phrase, in insertion order, for the tree */
  readonly entries: { words: string[]; value: V }[] = [];

  /**
   * @param caseSensitive when false, phrases match in any case; when true, as written
   *   (and also in ALL CAPS, as headlines and datelines write them)
   */
  constructor(readonly caseSensitive = true) {}

  private keyWords(words: readonly string[]): string[] {
    return words.map((w) => (this.caseSensitive ? normal(w) : normal(w.toLowerCase())));
  }

  add(phrase: string, value: V): this {
    const words = this.keyWords(phraseWords(phrase));
    if (!words.length) return this;
    const k = words.join(" ");
    if (this.phrases.has(k)) return this;
    this.phrases.set(k, value);
    this.entries.push({ words, value });
    if (this.caseSensitive) {
      const upper = words.map((w) => w.toUpperCase());
      const uk = upper.join(" ");
      if (uk.length >= 3 && uk !== k && !this.phrases.has(uk)) {
        this.phrases.set(uk, value);
        this.entries.push({ words: upper, value });
      }
    }
    return this;
  }

  has(phrase: string): boolean {
    return this.get(phrase) !== undefined;
  }

  get(phrase: string): V | undefined {
    return this.phrases.get(this.keyWords(phraseWords(phrase)).join(" "));
  }
}

interface Node {
  next: Map<string, Node> | null;
  /** gazetteer index and value of each phrase that ends here */
  ends: { g: number; value: unknown }[] | null;
}

const newNode = (): Node => ({ next: null, ends: null });

/** Punctuation a phrase never crosses. */
const STOPS = new Set([",", ";", ":", "!", "?", "(", ")", '"', "“", "”", ".", "…"]);

/** The merged tree of several gazetteers: walk a document once, get every gazetteer's hits. */
export class PhraseTree {
  private readonly exact = newNode();
  private readonly folded = newNode();
  private longest = 1;

  constructor(private readonly gazetteers: readonly Gazetteer<unknown>[]) {
    gazetteers.forEach((g, gi) => {
      const root = g.caseSensitive ? this.exact : this.folded;
      for (const e of g.entries) {
        let node = root;
        for (const w of e.words) {
          node.next ??= new Map();
          let child = node.next.get(w);
          if (!child) node.next.set(w, (child = newNode()));
          node = child;
        }
        (node.ends ??= []).push({ g: gi, value: e.value });
        this.longest = Math.max(this.longest, e.words.length);
      }
    });
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
    const free = new Int32Array(G); // first token a gazetteer's next hit may start at
    // the longest phrase of each gazetteer found at the current start
    const bestTo = new Int32Array(G).fill(-1);
    const bestEnd = new Int32Array(G);
    const bestValue: unknown[] = new Array(G);
    const touched: number[] = [];
    const roots = [this.exact, this.folded];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!isPhraseToken(first)) continue;
      for (let r = 0; r < 2; r++) {
        const root = roots[r];
        if (!root.next) continue;
        let node: Node = root;
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
          const key = r === 0 ? (t.text.includes("’") ? normal(t.text) : t.text) : t.lower;
          let child = node.next?.get(key);
          let end = t.end;
          // "Co." in a text, "Co" in the list: a period the list does not write is not part of the name
          if (!child && key.endsWith(".") && key.indexOf(".") === key.length - 1) {
            child = node.next?.get(key.slice(0, -1));
            end = t.end - 1;
          }
          if (!child) break;
          node = child;
          if (node.ends) {
            for (const e of node.ends) {
              if (bestTo[e.g] < 0) touched.push(e.g);
              if (j + 1 > bestTo[e.g]) {
                bestTo[e.g] = j + 1;
                bestEnd[e.g] = end;
                bestValue[e.g] = e.value;
              }
            }
          }
          if (!node.next || end !== t.end) break;
        }
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
    const out = new Map<Gazetteer<unknown>, GazetteerHit<unknown>[]>();
    this.gazetteers.forEach((g, gi) => out.set(g, hits[gi]));
    return out;
  }
}

/** A word of a phrase: a word or number token ("&" and "+" too), not the possessive. */
function isPhraseToken(t: Token): boolean {
  if (t.shape & (SHAPE.WORD | SHAPE.NUM)) return t.lower !== "'s";
  return t.text === "&" || t.text === "+";
}
