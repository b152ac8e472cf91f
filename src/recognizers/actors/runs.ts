/**
 * Runs of capitalised words inside a sentence, the raw material of name shapes. A run
 * never crosses punctuation or a line break; "of", "de", "van", "al"… may join two
 * capitalised words ("Bank of Scotland", "Charles de Gaulle"). A common word opening a
 * sentence ("The", "Analysts") is not part of a name; in capitalised headlines common
 * words break runs; lines in capitals give no shapes at all (only the lexicons read them).
 *   catches: "Royal Bank of Scotland", "Jean-Philippe Cotis", "Russia's" (→ "Russia")
 *   must not: "The" in "The Kremlin said", "Vow" in "Russia and China Vow to Stand Together"
 */
import { countBefore } from "../../pipeline/spans.js";
import { lexicalPos } from "../../pipeline/pos.js";
import { SHAPE, type Pos } from "../../pipeline/tokens.js";
import { COMMON_WORDS, GIVEN_NAMES, SURNAMES } from "../../lexicon/names.js";
import { SENTENCE_STARTERS } from "../../lexicon/abbreviations.js";
import { NOT_NAMES } from "../../lexicon/names-extra.js";
import { ORG_HEADS, ORG_SUFFIXES } from "../../lexicon/organizations.js";
import { HONORIFICS, TITLE_WORDS } from "../../lexicon/titles.js";
import type { ActorTag, Doc, TagContext } from "../../pipeline/types.js";

export interface Word {
  text: string;
  start: number;
  end: number;
  covered?: boolean;
  /** the tagger's part of speech of its first token */
  pos?: Pos;
}

export interface Segment {
  words: Word[];
  /** the word right before the segment and right after it, as written ("" at the edges) */
  before: string;
  after: string;
  honorific: boolean;
  /** the segment opens its sentence, or sits in a capitalised headline: weaker evidence of a name */
  initial: boolean;
  heading: boolean;
  /** the segment is in a heading line (a title or sub-heading), title case or not */
  line: boolean;
}

export interface Run {
  words: Word[];
  /** the parts of the run that no earlier recogniser took */
  segments: Segment[];
}

const MAX_NAME_WORDS = 12;
/** Tags of words that open sentences without being names ("Longtime", "Recently", "The", "Under"). */
const OPENER_TAGS: ReadonlySet<Pos> = new Set(["ADJ", "ADV", "DET", "ADP", "SCONJ", "CCONJ", "PRON", "AUX", "PART", "INTJ"]);
/** "Ali al-Naimi", "Abdel Fattah el-Sisi": the article of an Arabic surname is written in lower case. */
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|at|ar|an|az)-\p{Lu}/u;
/** Names that end in a number: "BBC Radio 4", "Channel 4", "Formula 1". */
const NUMBERED_HEADS = new Set(["Radio", "Channel", "Formula", "Chapter", "Article", "Apollo"]);
/** Besides organisations' head words, the words "of" may follow inside one name ("Isle of Man", "Republic of Korea"). */
const OF_HEADS = new Set(["Isle", "Republic", "Kingdom", "Gulf", "Bay", "Sea", "Cape", "Strait", "Straits", "State", "States", "City", "Port", "Province", "Duchy", "Commonwealth", "Sultanate", "Emirate", "Federation", "Principality", "Queen", "Mount", "Lake"]);
const CONNECTORS = new Set(["of", "de", "del", "della", "da", "di", "du", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "&"]);
const KEEP_DOT = /^(?:\p{Lu}|Corp|Inc|Co|Ltd|Jr|Sr|Mr|Mrs|Ms|Dr|St|Bros|Gen|Sen|Rep|Gov)\.$/u;

export const isCap = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
};

/** Endings of English common nouns, adjectives and adverbs that names rarely have. */
const COMMON_ENDING = /(?:ly|ment|ments|tion|tions|sion|sions|ness|ity|ities|ism|isms|ance|ances|ence|ences|ship|ive|ous|ful|less|able|ible|ical|ized|ised|izes|ises|ers)$/;

/**
 * Is a word an ordinary English word here: in the lexicon, written in lower case somewhere in
 * this document ("government", "economic"), or common by its ending? The document's own lower
 * case words come from its token layer.
 */
export interface WordSense {
  isCommon(w: string): boolean;
  /** a capitalised word that is not also a common word */
  isNameWord(w: string): boolean;
}

export function wordSense(doc: Pick<Doc, "lowerWords">): WordSense {
  const docLower = doc.lowerWords;
  // the same words come back in every sentence: each is judged once per document
  const judged = new Map<string, boolean>();
  const isCommon = (w: string): boolean => {
    let v = judged.get(w);
    if (v === undefined) judged.set(w, (v = judge(w)));
    return v;
  };
  const judge = (w: string): boolean => {
    // "ByteDance", "TikTok", "PayPal": a capital inside a word is a name's, never an ordinary word's
    if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) && !w.includes("-")) return false;
    const l = w.toLowerCase();
    if (l.includes("-")) return l.split("-").every((p) => p === "" || isCommon(p));
    if (COMMON_WORDS.has(l) || docLower.has(l)) return true;
    return l.length > 5 && COMMON_ENDING.test(l) && !GIVEN_NAMES.has(l);
  };
  return { isCommon, isNameWord: (w) => isCap(w) && !isCommon(w) };
}

/** Compound-word endings that are not part of a name: "Kremlin-backed" → "Kremlin". */
const NAME_SUFFIXES = new Set(["based", "led", "owned", "born", "listed", "backed", "run", "made", "style", "linked", "bound", "controlled", "funded", "registered"]);

/** A word of a sentence as name shapes read it, with what separates it from the word before. */
interface SentenceWord extends Word {
  /** the sentence's first word */
  first: boolean;
  /** the word before it in the sentence is the one before it in the list (no ordinary word between) */
  follows: boolean;
  /** the text between it and the word before ("" for the first) */
  gap: string;
}

/**
 * The words of a sentence that name shapes can use, from its tokens: capitalised words,
 * numbers, and the connectors names hold ("of", "de", "van", "&", "for"); an ordinary
 * lower-case word only breaks a run, so it is left out and the next word knows it does not
 * follow its predecessor. Hyphenated compounds are joined ("Jean-Philippe", "al-Naimi"), the
 * possessive left out ("Russia's" → "Russia"), a final period kept only by initials and
 * abbreviations that names use ("W.", "Corp.", "Mr.").
 */
export function sentenceWords(doc: Doc, sentence: number): SentenceWord[] {
  const out: SentenceWord[] = [];
  const tokens = doc.tokens;
  const text = doc.text;
  const end = doc.sentenceEnd[sentence];
  let prevEnd = -1; // end of the previous word of the sentence, kept or not
  let prevKept = false;
  for (let i = doc.sentenceFirst[sentence]; i < end; i++) {
    const t = tokens[i];
    if (!(t.shape & (SHAPE.WORD | SHAPE.NUM)) || t.lower === "'s") continue;
    let j = i;
    // a compound written tight: "Jean-Philippe", "H-1B", "2025-12-31T03"
    for (;;) {
      const next = tokens[j + 1];
      if (j + 1 < end && next.gap === 0 && next.shape & (SHAPE.WORD | SHAPE.NUM) && !next.text.startsWith("'") && !next.text.startsWith("’")) j += 1;
      else if (j + 2 < end && next.text === "-" && next.gap === 0 && tokens[j + 2].gap === 0 && tokens[j + 2].shape & (SHAPE.WORD | SHAPE.NUM) && !NAME_SUFFIXES.has(tokens[j + 2].lower)) j += 2;
      else break;
    }
    const last = tokens[j];
    const usable = t.shape & SHAPE.CAP || t.shape & SHAPE.NUM || CONNECTORS.has(t.text) || t.text === "for" || j > i && ARABIC_ARTICLE.test(text.slice(t.start, last.end));
    if (usable) {
      let w = j === i ? t.text : text.slice(t.start, last.end);
      if (w.endsWith(".") && !w.slice(0, -1).includes(".") && !KEEP_DOT.test(w)) w = w.slice(0, -1);
      out.push({
        text: w, start: t.start, end: t.start + w.length, pos: t.pos,
        first: prevEnd < 0, follows: prevKept, gap: prevEnd < 0 ? "" : text.slice(prevEnd, t.start),
      });
    }
    prevKept = !!usable;
    prevEnd = usable ? out[out.length - 1].end : last.end;
    // a suffix after the compound ("-based") is skipped with its hyphen
    if (j + 2 < end && tokens[j + 1].text === "-" && tokens[j + 1].gap === 0 && NAME_SUFFIXES.has(tokens[j + 2].lower)) j += 2;
    i = j;
  }
  return out;
}

/** "&" between two words of a name ("Johnson & Johnson"): the gap of one that follows its predecessor. */
const joinsName = (w: SentenceWord): boolean => w.follows && (w.gap === " " || w.gap === " & ");
/** The next word is written right after this one, one space between. */
const nextTo = (next: SentenceWord | undefined): next is SentenceWord => !!next && next.follows && next.gap === " ";

function isUpperLine(text: string, start: number, end: number): boolean {
  let lowers = 0;
  let uppers = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lowers++;
    else if (c >= 65 && c <= 90) uppers++;
    else if (c > 127) {
      const ch = text[i];
      if (ch !== ch.toUpperCase()) lowers++;
      else if (ch !== ch.toLowerCase()) uppers++;
    }
    // a few lower-case letters early on settle it for ordinary prose
    if (lowers > 8 && lowers >= uppers * 0.15) return false;
  }
  return uppers > 3 && lowers < uppers * 0.15;
}

/** A headline in Title Case: most words capitalised, several of them ordinary words ("Vow", "Against"). */
function isTitleCase(doc: Doc, sentence: number, isCommon: (w: string) => boolean): boolean {
  let alpha = 0;
  let capital = 0;
  let capitalCommon = 0;
  for (let i = doc.sentenceFirst[sentence]; i < doc.sentenceEnd[sentence]; i++) {
    const t = doc.tokens[i];
    if (!(t.shape & SHAPE.WORD) || t.lower === "'s" || (i > doc.sentenceFirst[sentence] && doc.tokens[i - 1].text === "-" && t.gap === 0)) continue;
    alpha++;
    if (t.shape & SHAPE.CAP) {
      capital++;
      if (alpha > 1 && isCommon(t.text)) capitalCommon++;
    }
  }
  return alpha >= 3 && capitalCommon >= 2 && capital >= alpha * 0.6;
}

/** Sorted, non-overlapping view of the found actor tags, for coverage tests. */
function coverage(found: readonly ActorTag[]): (w: Word) => boolean {
  const spans = [...found].sort((a, b) => a.start - b.start);
  return (w) => {
    const lo = countBefore(spans, (s) => s.end <= w.start);
    for (let i = Math.max(0, lo - 2); i < spans.length && spans[i].start < w.end; i++) if (spans[i].end > w.start) return true;
    return false;
  };
}

export function nameRuns(ctx: TagContext, found: readonly ActorTag[], sense: WordSense): Run[] {
  const runs: Run[] = [];
  const text = ctx.text;
  const { isCommon } = sense;
  const docLower = ctx.doc.lowerWords;
  const covered = coverage(found);
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    if (isUpperLine(text, s.start, s.end)) continue;
    const ws = sentenceWords(ctx.doc, si);
    if (!ws.length) continue;
    const titled = s.heading && isTitleCase(ctx.doc, si, isCommon);
    let run: Word[] = [];
    const flush = (): void => {
      while (run.length && (CONNECTORS.has(run[run.length - 1].text) || run[run.length - 1].text === "for")) run.pop();
      // a name is a few words; a longer run of capitals is a title line or a list, not one name
      if (run.length && run.length <= MAX_NAME_WORDS) runs.push(makeRun(text, run, covered, s.start, titled, s.heading));
      run = [];
    };
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      const gapOk = run.length > 0 && joinsName(w);
      const sentenceStart = w.first || opensClause(text, w.start, s.start);
      // months and weekdays are not part of a name ("March Kaczmarek", "Insulza Monday")
      const capital = (isCap(w.text) && (!NOT_NAMES.has(w.text) || ORG_SUFFIXES.has(w.text)) && !(titled && isCommon(w.text) && !GIVEN_NAMES.has(w.text.toLowerCase())))
        || (run.length > 0 && ARABIC_ARTICLE.test(w.text));
      // "Keith O'Neill of Norwich City" is a person of somewhere: "of" joins only after a non-person opening
      // "Institute for Fiscal Studies", "Organisation for …": "for" joins after an organisation's head word
      // "Joost van der Westhuizen": connectors may follow each other before the next capital
      const connector = run.length > 0 && (CONNECTORS.has(w.text) || (w.text === "for" && ORG_HEADS.has(run[0].text))) && capAhead(ws, i + 1)
        && !(w.text === "of" && !run.some((r) => ORG_HEADS.has(r.text) || ORG_SUFFIXES.has(r.text) || OF_HEADS.has(r.text)) && !(run.length === 1 && TITLE_WORDS.has(run[0].text)));
      if (!gapOk) flush();
      if (capital || (connector && gapOk)) {
        // a common word opening a sentence is not a name ("The", "Analysts"), titles and honorifics are kept;
        // a rare one before another name word may be a given name ("Wang Donghai won")
        if (sentenceStart && run.length === 0 && isCommon(w.text) && !GIVEN_NAMES.has(w.text.toLowerCase()) && !HONORIFICS.has(w.text) && !TITLE_WORDS.has(w.text)) {
          // "Longtime Brexit campaigner …": an opening word the tagger reads as a modifier or a function word is not a name's
          // (the tagger calls capitalised words PROPN in context, so the lexicon's own tag of the word decides)
          const lexical = lexicalPos(w.text.toLowerCase());
          if (lexical !== null && OPENER_TAGS.has(lexical) && !SURNAMES.has(w.text.toLowerCase())) continue;
          const next = ws[i + 1];
          const nameNext = nextTo(next) && isCap(next.text) && !isCommon(next.text);
          const capNext = nextTo(next) && isCap(next.text);
          // "Jeans Mate Corp": a company name may open with a common word
          let j = i;
          while (j + 1 < ws.length && nextTo(ws[j + 1]) && isCap(ws[j + 1].text)) j++;
          if (j > i && ORG_SUFFIXES.has(ws[j].text) && !SENTENCE_STARTERS.has(w.text.toLowerCase())) {
            run.push(w);
            continue;
          }
          const ofNext = next && next.follows && CONNECTORS.has(next.text) && !ORG_HEADS.has(w.text);
          if ((capNext && !nameNext) || ofNext || SENTENCE_STARTERS.has(w.text.toLowerCase()) || docLower.has(w.text.toLowerCase()) || /(?:ing|ed|ly)$/.test(w.text)) continue;
        }
        if (run.length === 0 && (connector || w.text === "for")) continue;
        run.push(w);
      } else if (gapOk && /^\d{1,2}$/.test(w.text) && NUMBERED_HEADS.has(run[run.length - 1].text)) {
        // "BBC Radio 4", "Channel 4": the number is part of the name
        run.push(w);
        flush();
      } else flush();
    }
    flush();
  }
  return runs;
}

/** A capital within the next few words, past connectors only ("van der Westhuizen"). */
function capAhead(ws: readonly SentenceWord[], k: number): boolean {
  for (let m = k; m < ws.length && m < k + 3; m++) {
    if (!ws[m].follows) return false;
    if (isCap(ws[m].text)) return true;
    if (!CONNECTORS.has(ws[m].text)) return false;
  }
  return false;
}

/** Does the word at `pos` open a clause: after a colon, an opening quote or bracket? */
function opensClause(text: string, pos: number, floor: number): boolean {
  let i = pos - 1;
  while (i >= floor && i >= pos - 3 && (text[i] === " " || text[i] === "\t")) i--;
  return i >= floor && ':"“‘(—–'.includes(text[i]);
}

function makeRun(text: string, ws: Word[], covered: (w: Word) => boolean, sentenceStart: number, heading: boolean, line: boolean): Run {
  const words = ws.map((w): Word => ({ text: w.text, start: w.start, end: w.end, covered: covered(w), pos: w.pos }));
  const segments: Segment[] = [];
  let cur: Word[] = [];
  const push = () => {
    while (cur.length && (CONNECTORS.has(cur[0].text) || cur[0].text === "for")) cur.shift();
    while (cur.length && (CONNECTORS.has(cur[cur.length - 1].text) || cur[cur.length - 1].text === "for")) cur.pop();
    if (cur.length) {
      const initial = cur[0].start - sentenceStart <= 4 && /^[\s"“‘'(\[]*$/.test(text.slice(sentenceStart, cur[0].start));
      segments.push({ words: cur, before: wordBefore(text, cur[0].start), after: wordAfter(text, cur[cur.length - 1].end), honorific: false, initial, heading, line });
    }
    cur = [];
  };
  for (const w of words) {
    if (w.covered) push();
    else cur.push(w);
  }
  push();
  return { words, segments };
}

function wordBefore(text: string, pos: number): string {
  const m = /(?<![\p{L}\p{N}.'’-])([\p{L}\p{N}.'’-]+)[ ]+$/u.exec(text.slice(Math.max(0, pos - 40), pos));
  return m ? m[1].replace(/['’]s$/, "") : "";
}

function wordAfter(text: string, pos: number): string {
  const m = /^[ ]+([\p{L}\p{N}'’-]+)/u.exec(text.slice(pos, pos + 40));
  return m ? m[1] : "";
}
