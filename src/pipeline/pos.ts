/**
 * Part-of-speech tags from wink-nlp with its English lite web model (UD tags; about 88%
 * UPOS accuracy on UD English-EWT by its authors' measure). Only the `pos` annotation is
 * run: sentences come from our own segmenter, which is better on news copy, and entities
 * from our recognisers. The model takes about 100 ms to load, so it is loaded on the first
 * document, once per process (a cache of the model, not of any text).
 */
import { createRequire } from "node:module";
import type { Pos } from "./tokens.js";

interface WinkDoc {
  tokens(): { out(f: unknown): string[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; precedingSpaces: unknown; pos: unknown };
}

let wink: Wink | null = null;

function tagger(): Wink {
  if (!wink) {
    const require = createRequire(import.meta.url);
    const winkNLP = require("wink-nlp") as (model: unknown, pipe: string[]) => Wink;
    wink = winkNLP(require("wink-eng-lite-web-model"), ["pos"]);
  }
  return wink;
}

const KNOWN: ReadonlySet<string> = new Set(["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]);

/** Longest word handed to the tagger: a longer run (a 100,000-digit "number") is tagged by its start. */
const MAX_WORD = 48;

/**
 * The tags of our tokens, in order. wink reads them joined by single spaces, so that its
 * own tokens never cross ours (it splits a few further: "don't" → "do" "n't"); each of our
 * tokens takes the tag of the first wink token inside it. Handing it short words also keeps
 * its recursive tokenizer off long runs without spaces, where it is not linear.
 */
export function tagWords(words: readonly string[]): Pos[] {
  const w = tagger();
  const parts = words.map((word) => (word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word));
  const doc = w.readDoc(parts.join(" "));
  const values = doc.tokens().out(w.its.value);
  const tags = doc.tokens().out(w.its.pos);
  const out: Pos[] = new Array(words.length).fill("X");
  let k = 0; // our word
  let off = 0; // characters of it that wink's tokens have covered
  for (let j = 0; j < values.length && k < parts.length; j++) {
    const v = values[j];
    if (!v || v.trim() === "") continue;
    if (off >= parts[k].length) {
      k++;
      off = 0;
      if (k >= parts.length) break;
    }
    if (off === 0) out[k] = (KNOWN.has(tags[j]) ? tags[j] : "X") as Pos;
    off += v.length;
  }
  return out;
}
