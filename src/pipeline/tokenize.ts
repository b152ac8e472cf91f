/**
 * Stage 3: the segmented text → the document object with its token layer, made once and
 * read by every later stage. One regular expression cuts the text (its alternatives open
 * with distinct character classes: linear), wink-nlp tags it, and the tags are laid onto
 * our tokens by offset, as are the sentences.
 *
 * Tokens: numbers as written ("1,000,000", "53.3", "12:30", "2004/05"); words with their
 * inner apostrophes, periods and ampersands ("O'Neill", "U.S.", "AT&T", "don't"); every
 * other character alone ("$", "%", "-", "—", "“"). A word keeps a final period when it is an
 * abbreviation or dotted ("Mr.", "U.S.", "W."); "'s" is a token of its own ("Russia" "'s").
 *   catches: "$53.3bn" → "$" "53.3" "bn"; "mid-2024" → "mid" "-" "2024"; "Russia's" → "Russia" "'s"
 *   must not: join "Japan." at a sentence end into one token
 */
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { tagWords } from "./pos.js";
import { codePointMapper } from "./spans.js";
import { GAP, SHAPE, type Gap, type Pos, type Token } from "./tokens.js";
import type { Doc, Segmented } from "./types.js";

const TOKEN = /\p{N}+(?:[.,:/]\p{N}+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’.&][\p{L}\p{M}\p{N}]+)*|\S/gu;

interface Raw {
  start: number;
  end: number;
  shape: number;
}

/** Cut the text into raw tokens (offsets and shapes only). */
export function cut(text: string): Raw[] {
  const out: Raw[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    const c = text.charCodeAt(start);
    if ((c >= 48 && c <= 57) || (c > 127 && isDigitStart(m[0]))) {
      out.push({ start, end, shape: SHAPE.NUM | SHAPE.DIGIT });
      continue;
    }
    if (m[0].length === 1 && (c < 128 ? !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) : !isLetter(m[0]))) {
      out.push({ start, end, shape: SHAPE.PUNCT });
      continue;
    }
    // "Russia's": the possessive is its own token
    let possessive = -1;
    const w = m[0];
    if (w.length > 2 && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("'S") || w.endsWith("’S"))) {
      possessive = end - 2;
      end = possessive;
    } else if (text.charCodeAt(end) === 46 /* . */ && keepsPeriod(w)) TOKEN.lastIndex = ++end;
    out.push({ start, end, shape: wordShape(text, start, end, c) });
    if (possessive >= 0) out.push({ start: possessive, end: possessive + 2, shape: SHAPE.WORD | SHAPE.LOWER });
  }
  return out;
}

/** "Mr.", "U.S.", "W.", "Corp.": the period belongs to the word. */
function keepsPeriod(w: string): boolean {
  if (w.includes(".")) return true;
  if (w.length === 1) return /\p{Lu}/u.test(w);
  return ABBREVIATIONS.has(w.toLowerCase());
}

function isDigitStart(w: string): boolean {
  return /^\p{N}/u.test(w);
}

function isLetter(ch: string): boolean {
  return /^[\p{L}\p{M}]$/u.test(ch);
}

function wordShape(text: string, start: number, end: number, first: number): number {
  let shape = SHAPE.WORD;
  let upper = 0;
  let lower = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 48 && c <= 57) shape |= SHAPE.DIGIT;
    else if (c > 127) {
      const ch = text[i];
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
      else if (/\p{N}/u.test(ch)) shape |= SHAPE.DIGIT;
    }
  }
  const ch = first < 128 ? String.fromCharCode(first) : text.slice(start, start + 2);
  if ((first >= 65 && first <= 90) || (first > 127 && /^\p{Lu}/u.test(ch))) shape |= SHAPE.CAP;
  if (upper >= 2 && lower === 0) shape |= SHAPE.UPPER;
  if (upper === 0 && lower > 0) shape |= SHAPE.LOWER;
  return shape;
}

function gapBefore(text: string, from: number, to: number): Gap {
  if (from >= to) return GAP.none;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return GAP.line;
  }
  return GAP.space;
}

/** Build the document object: the segmented text and its tokens, each with its tag and sentence. */
export function tokenize(seg: Segmented): Doc {
  const { text, sentences } = seg;
  const raw = cut(text);
  const words = raw.map((r) => text.slice(r.start, r.end));
  const tags = tagWords(words);
  const cp = codePointMapper(text);
  const astral = cp(text.length) !== text.length;
  const tokens: Token[] = new Array(raw.length);
  const sentenceFirst = new Int32Array(sentences.length);
  const sentenceEnd = new Int32Array(sentences.length);
  let s = 0; // sentence
  let prevEnd = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    let pos: Pos = tags[i] === "X" ? fallbackPos(r.shape) : tags[i];
    // "he's", "it's": after a pronoun the clitic is the verb
    if (pos === "PART" && i > 0 && tokens[i - 1].pos === "PRON" && r.end - r.start === 2 && r.start === raw[i - 1].end) pos = "AUX";
    while (s < sentences.length && sentences[s].end <= r.start) s++;
    const inSentence = s < sentences.length && sentences[s].start <= r.start ? s : -1;
    const t = words[i];
    tokens[i] = {
      i,
      text: t,
      lower: r.shape & (SHAPE.NUM | SHAPE.PUNCT) || (r.shape & SHAPE.LOWER && !t.includes("’")) ? t : lowerOf(t),
      start: r.start,
      end: r.end,
      cpStart: astral ? cp(r.start) : r.start,
      cpEnd: astral ? cp(r.end) : r.end,
      shape: r.shape,
      gap: prevEnd === r.start ? GAP.none : gapBefore(text, prevEnd, r.start),
      pos,
      sentence: inSentence,
    };
    prevEnd = r.end;
  }
  // token ranges of the sentences
  let t = 0;
  for (let j = 0; j < sentences.length; j++) {
    while (t < tokens.length && tokens[t].start < sentences[j].start) t++;
    sentenceFirst[j] = t;
    let u = t;
    while (u < tokens.length && tokens[u].start < sentences[j].end) u++;
    sentenceEnd[j] = u;
    t = u;
  }
  return {
    text,
    paragraphs: seg.paragraphs,
    sentences,
    skipped: seg.skipped,
    ...(seg.meta ? { meta: seg.meta } : {}),
    tokens,
    sentenceFirst,
    sentenceEnd,
    lowerWords: lowerWords(tokens),
  };
}

function lowerOf(t: string): string {
  const l = t.toLowerCase();
  return l.includes("’") ? l.replace(/’/g, "'") : l;
}

function fallbackPos(shape: number): Pos {
  if (shape & SHAPE.NUM) return "NUM";
  if (shape & SHAPE.PUNCT) return "PUNCT";
  return "X";
}

/** The words the text writes in lower case somewhere ("government", "economic"). */
function lowerWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (t.shape & SHAPE.LOWER && t.shape & SHAPE.WORD) out.add(t.text);
  return out;
}
