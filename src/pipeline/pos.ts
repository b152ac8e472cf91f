/**
 * Part-of-speech tags from wink-nlp's English lite web model (UD tags; about 88% UPOS on UD
 * English-EWT by its authors' measure), applied to our own tokens.
 *
 * wink's public `readDoc` would cut the text again with its own tokenizer (which is not
 * linear on long runs without spaces, and splits "3.45pm" as "3.4" "5pm") and build a
 * document object we do not use; that costs twice the tagging itself. So this module does
 * what readDoc does for the `pos` annotation alone, on the words we hand it: each word is
 * looked up in the model's lexicon (a contraction expands: "don't" → "do" "n't"), an
 * unknown word gets its token category from the model's own category patterns, and the
 * model's POS automata run over the default tags. It uses wink-nlp's internal modules, so
 * package.json pins wink-nlp and the model to exact versions, and a test checks that the tags
 * equal readDoc's on our fixtures.
 *
 * Only the lexicon and the POS model are loaded (not NER, sentiment or sentence models), on
 * the first document of a process: a cache of the model, never of a text.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Pos } from "./tokens.js";

/* eslint-disable @typescript-eslint/no-explicit-any -- wink-nlp ships no types for its internals */
interface Tagger {
  tag(words: readonly string[]): Pos[];
  /** the model lexicon's most likely tag of a word out of context, or null when it does not know the word */
  lexical(word: string): Pos | null;
}

let tagger: Tagger | null = null;

/** Longest word handed to the tagger: a longer run (a 100,000-digit "number") is tagged by its start. */
const MAX_WORD = 48;

function load(): Tagger {
  const require = createRequire(import.meta.url);
  const Cache = require("wink-nlp/src/cache.js");
  const fsm = require("wink-nlp/src/automaton.js");
  const wrap = require("wink-nlp/src/dd-wrapper.js");
  const compileTRex = require("wink-nlp/src/compile-trex.js");
  const mappers = require("wink-nlp/src/tokens-mappers.js");
  const constants = require("wink-nlp/src/constants.js");
  const core = readCore(require);
  const cache = Cache(core, require("wink-eng-lite-web-model/dist/feature.js"));
  const categories = core.tcat.hash;
  const detectors: [RegExp, number][] = compileTRex(core.trex).ltc;
  const posModel = require("wink-eng-lite-web-model/dist/load-pos-model.js")();
  const automata = posModel.machines.map((m: unknown) => {
    const a = fsm(cache, cache.value(0));
    a.importJSON(m);
    return a;
  });
  const { tkSize, posMask, bits4lemma, UNK } = constants;
  const names: string[] = [];
  const nameOf = (id: number): Pos => (names[id] ??= cache.valueOf("pos", id) ?? "X") as Pos;

  const category = (w: string): number => {
    for (const [re, cat] of detectors) if (re.test(w)) return cat;
    return categories.word;
  };

  return {
    lexical(word) {
      const idx = cache.lookup(word);
      if (!idx || idx.length !== 1 || idx[0] >= core.features.lexeme.intrinsicSize) return null;
      const p = cache.posOf(cache.mappedSpelling(idx[0]));
      return p ? nameOf(p) : null;
    },
    tag(words) {
      const rdd: any = { cache, tokens: [], sentences: [], markings: [], nonBreakingSpaces: Object.create(null) };
      const dd = wrap(rdd);
      // the first wink token of each of our words
      const first = new Int32Array(words.length);
      for (let i = 0; i < words.length; i++) {
        first[i] = rdd.tokens.length / tkSize;
        const w = words[i].length > MAX_WORD ? words[i].slice(0, MAX_WORD) : words[i];
        if (dd._addTokenIfInCache(w, i ? 1 : 0, null) === UNK) dd._addToken(w, category(w), i ? 1 : 0, null);
      }
      rdd.numOfTokens = rdd.tokens.length / tkSize;
      const normals = mappers.mapRawTokens2UIdOfNormal(rdd);
      const tags = mappers.mapRawTokens2UIdOfDefaultPOS(rdd);
      for (const a of automata) posModel.updater(a.recognize(tags, posModel.transformers[0], rdd.tokens), cache, tags, normals);
      const out: Pos[] = new Array(words.length);
      for (let i = 0; i < words.length; i++) {
        const k = first[i];
        // a contraction's parts carry their own tag; other tokens take the automata's
        const packed = rdd.tokens[k * tkSize + 2];
        out[i] = nameOf(packed === 0 ? tags[k] : (packed & posMask) >>> bits4lemma);
      }
      return out;
    },
  };
}

/**
 * The model's lexicon, read as wink-eng-lite-web-model's own load-core-model.js reads it,
 * minus its two costs that only a browser needs: a deep copy of the 3 MB model through
 * JSON.stringify (ours is parsed fresh, nobody else holds it) and a base64 decoder that
 * goes character by character (Buffer decodes natively). About 40 ms of a cold start.
 */
function readCore(require: NodeJS.Require): any {
  const file = require.resolve("wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json");
  const model = JSON.parse(readFileSync(file, "utf8"));
  const words = (b64: string): Uint32Array => {
    const bytes = Buffer.from(b64, "base64");
    const copy = new Uint8Array(bytes.length); // aligned for the 32-bit view
    copy.set(bytes);
    return new Uint32Array(copy.buffer);
  };
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon);
  model.xpansions = words(model.xpansions);
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    const hash = Object.create(null);
    features[f].list.forEach((v: string, k: number) => (hash[v] = k));
    features[f].hash = hash;
  }
  const lexemes = Object.create(null);
  features.lexeme.list.forEach((v: string, k: number) => (lexemes[v] = k));
  features.lexeme.hash = lexemes;
  const clusters: (string | Set<number>)[] = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split("_").map((e) => pos.hash[e] || 0));
  // what load-core-model.js adds after reading
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** The English lexicon's most likely tag of a word alone ("outlook" → NOUN), or null for a word it does not hold. */
export function lexicalPos(word: string): Pos | null {
  tagger ??= load();
  let p = lexical.get(word);
  if (p === undefined) {
    // a memo of the model's answers (not of any text), kept to a bounded size
    if (lexical.size > 50_000) lexical.clear();
    lexical.set(word, (p = tagger.lexical(word)));
  }
  return p;
}
const lexical = new Map<string, Pos | null>();

/** The tags of our tokens, in order; each token takes the tag of its first wink token. */
export function tagWords(words: readonly string[]): Pos[] {
  tagger ??= load();
  return tagger.tag(words);
}
