/**
 * Phrase lookup without a regex per phrase: the text is cut into word tokens once, and
 * at each token the longest phrase of the gazetteer that starts there wins. Linear in
 * the text (times the longest phrase length), whatever the size of the gazetteer.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words, numbers, and single punctuation marks that may belong to names (. & ' + -). */
const TOKEN = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?|[&+]/gu;

let lastText: string | null = null;
let lastTokens: Token[] = [];

/** The word tokens of `text` (the whole text's are cut once and shared: do not change the array). */
export function tokenize(text: string, start = 0, end = text.length): readonly Token[] {
  // every gazetteer recogniser cuts the same whole text: cut it once
  const whole = start === 0 && end === text.length && text.length > 200;
  if (whole && text === lastText) return lastTokens;
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    // the possessive is not part of the name: "Russia's" → "Russia"
    const w = m[0].length > 2 && /['’][sS]$/.test(m[0]) ? m[0].slice(0, -2) : m[0];
    out.push({ text: w, start: m.index, end: m.index + w.length });
  }
  if (whole) {
    lastText = text;
    lastTokens = out;
  }
  return out;
}

export interface GazetteerHit<V> {
  value: V;
  start: number;
  end: number;
  /** index of the first and one past the last token */
  from: number;
  to: number;
}

const KEYS_AS_WRITTEN = new WeakMap<readonly Token[], readonly string[]>();
const KEYS_LOWER = new WeakMap<readonly Token[], readonly string[]>();

export class Gazetteer<V> {
  private readonly phrases = new Map<string, V>();
  private readonly upper = new Map<string, V>();
  private readonly firstWords = new Map<string, number>();
  private maxWords = 1;

  /**
   * @param caseSensitive when false, phrases match in any case; when true, as written
   *   (and also in ALL CAPS, as headlines write them)
   */
  constructor(private readonly caseSensitive = true) {}

  /** Each token's own key, computed once per token list and letter case (all gazetteers share it). */
  private tokenKeys(tokens: readonly Token[]): readonly string[] {
    const cache = this.caseSensitive ? KEYS_AS_WRITTEN : KEYS_LOWER;
    let keys = cache.get(tokens);
    if (!keys) {
      keys = tokens.map((t) => this.key([t.text]));
      cache.set(tokens, keys);
    }
    return keys;
  }

  private key(words: readonly string[]): string {
    const k = words.join(" ").replace(/’/g, "'");
    return this.caseSensitive ? k : k.toLowerCase();
  }

  add(phrase: string, value: V): this {
    const words = tokenize(phrase).map((t) => t.text);
    if (!words.length) return this;
    this.maxWords = Math.max(this.maxWords, words.length);
    const k = this.key(words);
    if (!this.phrases.has(k)) this.phrases.set(k, value);
    // the longest phrase each first word opens: most tokens then cost one lookup
    for (const f of [this.key([words[0]]), this.key([words[0].replace(/\.$/, "")])]) {
      for (const v of this.caseSensitive ? [f, f.toUpperCase()] : [f]) this.firstWords.set(v, Math.max(this.firstWords.get(v) ?? 0, words.length));
    }
    // headlines and datelines write names in capitals: "AUSTRALIA", "NEW YORK"
    if (this.caseSensitive) {
      const upper = k.toUpperCase();
      if (upper !== k && !this.upper.has(upper)) this.upper.set(upper, value);
    }
    // "U.S." also written "U.S" at the end of a sentence is handled by the tokenizer's optional dot
    return this;
  }

  has(phrase: string): boolean {
    return this.get(phrase) !== undefined;
  }

  get(phrase: string): V | undefined {
    return this.lookup(this.key(tokenize(phrase).map((t) => t.text)));
  }

  private lookup(k: string): V | undefined {
    const v = this.phrases.get(k);
    if (v !== undefined || !this.caseSensitive || k.length < 3 || k !== k.toUpperCase()) return v;
    return this.upper.get(k);
  }

  /** Longest-first, left-to-right matches over pre-cut tokens. */
  find(tokens: readonly Token[], text: string): GazetteerHit<V>[] {
    const hits: GazetteerHit<V>[] = [];
    const keys = this.tokenKeys(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const first = keys[i];
      const most = Math.max(this.firstWords.get(first) ?? 0, first.endsWith(".") ? (this.firstWords.get(first.slice(0, -1)) ?? 0) : 0);
      if (most === 0) continue;
      for (let n = Math.min(most, this.maxWords, tokens.length - i); n >= 1; n--) {
        // a phrase never crosses a line break or sentence punctuation between its words
        if (n > 1 && /[\n,;:!?()"“”]/.test(text.slice(tokens[i].end, tokens[i + n - 1].start))) continue;
        const words = tokens.slice(i, i + n).map((t) => t.text);
        let v = this.lookup(this.key(words));
        // a trailing sentence period is not part of the name ("... in Japan.")
        if (v === undefined && words[n - 1].endsWith(".")) {
          const w = [...words];
          w[n - 1] = w[n - 1].slice(0, -1);
          v = this.lookup(this.key(w));
          if (v !== undefined) {
            hits.push({ value: v, start: tokens[i].start, end: tokens[i + n - 1].end - 1, from: i, to: i + n });
            i += n - 1;
            break;
          }
        }
        if (v !== undefined) {
          hits.push({ value: v, start: tokens[i].start, end: tokens[i + n - 1].end, from: i, to: i + n });
          i += n - 1;
          break;
        }
      }
    }
    return hits;
  }
}
