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

  /** Each gazetteer's hits in the document, longest first, left to right, not overlapping. */
  walk(doc: Doc): Map<Gazetteer<unknown>, GazetteerHit<unknown>[]> {
    const tokens = doc.tokens;
    // the phrase words of the document, and where each sits in doc.tokens
    const at: number[] = [];
    for (const t of tokens) if (t.shape & (SHAPE.WORD | SHAPE.NUM) || t.text === "&" || t.text === "+") if (isPhraseWord(t.text)) at.push(t.i);
    // candidates: for each gazetteer and start word, the longest phrase
    const best: (GazetteerHit<unknown> | undefined)[][] = this.gazetteers.map(() => []);
    for (let i = 0; i < at.length; i++) {
      for (const root of [this.exact, this.folded]) {
        if (!root.next) continue;
        let node: Node | undefined = root;
        for (let j = i; j < at.length && j < i + this.longest; j++) {
          if (j > i && !joins(tokens, at[j - 1], at[j])) break;
          const t = tokens[at[j]];
          const key = root === this.exact ? normal(t.text) : t.lower;
          let child: Node | undefined = node.next?.get(key);
          let end = t.end;
          // "Co." in a text, "Co" in the list: a period the list does not write is not part of the name
          if (!child && key.endsWith(".") && !key.slice(0, -1).includes(".")) {
            child = node.next?.get(key.slice(0, -1));
            end = t.end - 1;
          }
          if (!child) break;
          node = child;
          if (node.ends) {
            for (const e of node.ends) {
              const cur = best[e.g][i];
              if (!cur || cur.to <= at[j]) best[e.g][i] = { value: e.value, start: tokens[at[i]].start, end, from: at[i], to: at[j] + 1 };
            }
          }
          if (!node.next || end !== t.end) break;
        }
      }
    }
    const out = new Map<Gazetteer<unknown>, GazetteerHit<unknown>[]>();
    this.gazetteers.forEach((g, gi) => {
      const hits: GazetteerHit<unknown>[] = [];
      let free = 0; // first token index not yet covered by this gazetteer's last hit
      for (let i = 0; i < at.length; i++) {
        const h = best[gi][i];
        if (!h || h.from < free) continue;
        hits.push(h);
        free = h.to;
      }
      out.set(g, hits);
    });
    return out;
  }
}

/** May a phrase go on from token a to token b: nothing but spaces, hyphens and "'s" between them on one line. */
function joins(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) {
    if (tokens[k].gap === 2) return false;
    if (k < b && STOPS.has(tokens[k].text)) return false;
  }
  return true;
}
