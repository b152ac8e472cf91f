/**
 * Speaker phrases beside a reporting verb: the words before it ("Oxfam senior policy adviser
 * Max Lawson said", "Scott Pruitt, the attorney general of Oklahoma, said") or after it
 * ("said Del. Stacey Plaskett of the Virgin Islands"), and the subject opening a sentence
 * ("G7 ministers called for … and said").
 *   catches: names with titles, appositives, parentheses and abbreviations
 *   must not: run past a sentence end ("… Rosneft. Yukos claims" names Yukos only)
 */
import { ORGANISATION_HEADS, TITLE_BREAKERS } from "../../lexicon/speakers.js";
import { parseSpeaker, type Speaker } from "./speaker.js";
import { ABBREVIATED, isTitleWord } from "./words.js";
import { parseAppositive } from "./titles.js";

/** Adverbs and auxiliaries that may stand between a speaker and the verb ("X also has said"). */
const BETWEEN_WORD = /^(?:\w+ly|now|often|still|never|also|meanwhile|however|though|later|then|again|further|once|previously|earlier|recently|has|had|have|would|will|was|is|are|were|been|be|may|might|could|yesterday|today)$/;
const BETWEEN_PAIR = /^(?:had earlier|has long|last week|on \w+)$/;

/**
 * How many characters at the end of `s` are such words with their white space (`s` ends in
 * white space before the verb). Walks back word by word: a pattern anchored at the end
 * would be tried from every space, quadratic on a long run of them.
 */
function betweenLength(s: string): number {
  const space = (c: string | undefined) => c !== undefined && /\s/.test(c);
  let j = s.length;
  while (j > 0 && space(s[j - 1])) j--;
  if (j === s.length) return 0;
  let start = j;
  for (;;) {
    let k = j;
    while (k > 0 && !space(s[k - 1])) k--;
    let w = k;
    while (w > 0 && space(s[w - 1])) w--;
    if (w === k) break;
    if (BETWEEN_WORD.test(s.slice(k, j))) {
      start = j = w;
      continue;
    }
    let k2 = w;
    while (k2 > 0 && !space(s[k2 - 1])) k2--;
    let w2 = k2;
    while (w2 > 0 && space(s[w2 - 1])) w2--;
    if (w2 < k2 && BETWEEN_PAIR.test(`${s.slice(k2, w)} ${s.slice(k, j)}`)) {
      start = j = w2;
      continue;
    }
    break;
  }
  return s.length - start;
}


/** Where the speaker phrase before `end` begins: after a boundary word or mark. */
function phraseStart(text: string, from: number, end: number): number {
  let s = end;
  let words = 0;
  while (s > from) {
    const c = text[s - 1];
    if (/[.;:!?()"“”\n—–―]/.test(c) || (c === "," && words > 0)) break;
    if (c === ",") break;
    if (/\s/.test(c)) {
      // look at the word before this space
      let w = s - 1;
      while (w > from && /\s/.test(text[w - 1])) w--;
      let ws = w;
      while (ws > from && !/[\s,;:()"“”]/.test(text[ws - 1])) ws--;
      const word = text.slice(ws, w);
      if (TITLE_BREAKERS.has(word.toLowerCase()) || words >= 10 || /^[—–―-]+$/.test(word)) break;
      // a full stop ends the sentence before, unless it closes an initial or "Mr."
      if (/[.!?]$/.test(word) && !/^(?:\p{Lu}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov)\.$/u.test(word)) break;
      words++;
      s = ws;
      continue;
    }
    s--;
  }
  while (s < end && /\s/.test(text[s])) s++;
  return s;
}

/** The end of a name, before a parenthesis that follows it: "Rep. Gwen Moore (D-Wis.)". */
function beforeParen(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && /\s/.test(text[e - 1])) e--;
  if (text[e - 1] === ")") {
    const o = text.lastIndexOf("(", e - 1);
    // a parenthesis after a name closes within a few words
    if (o > from && e - o < 40) {
      e = o;
      while (e > from && /\s/.test(text[e - 1])) e--;
    }
  }
  return e;
}

/** A comma that ends a sentence-internal stretch: a full stop after a word ends the sentence. */
const SENTENCE_END_AT = (text: string, c: number) => /[;:!?"“”\n]/.test(text[c]) || (text[c] === "." && /\p{Ll}{3}$/u.test(text.slice(c - 3, c)));

/**
 * The speaker phrase ending at `end`: "X", or "X, appositive, said". With `anchor`, the
 * phrase must start there (a cue right after a quote).
 */
export function speakerBefore(text: string, from: number, end: number, anchor?: number): { speaker: Speaker; start: number } | null {
  let e = end;
  e -= betweenLength(text.slice(Math.max(from, e - 60), e));
  e = beforeParen(text, from, e);
  if (e <= from) return null;
  const fits = (s: number) => anchor === undefined || s === anchor;
  // X -- appositive -- said / X — appositive — said
  const dash = /(?:--|[—–―])$/.exec(text.slice(Math.max(from, e - 2), e));
  if (dash) {
    const close = e - dash[0].length;
    const open = Math.max(text.lastIndexOf("--", close - 1), text.lastIndexOf("—", close - 1), text.lastIndexOf("–", close - 1), text.lastIndexOf("―", close - 1));
    if (open > from && close - open <= 200) {
      const ne = beforeParen(text, from, open);
      const s = phraseStart(text, from, ne);
      const sp = fits(s) && s < ne ? parseSpeaker(text, s, ne) : null;
      if (sp && sp.kind !== "descriptive" && sp.kind !== "pronoun") {
        const ap = parseAppositive(text, open + (text.startsWith("--", open) ? 2 : 1), close);
        return { speaker: { ...sp, title: sp.title ?? ap.title, org: sp.org ?? ap.org }, start: s };
      }
    }
    return null;
  }
  if (text[e - 1] === ",") {
    // X, appositive, said — the appositive may hold commas of its own
    const inner = e - 1;
    let c = inner;
    // the nearest name before the commas; a person's name wins over a body named in between
    let fallback: { speaker: Speaker; start: number } | null = null;
    for (let k = 0; k < 3; k++) {
      c--;
      while (c > from && inner - c <= 200 && text[c] !== "," && !SENTENCE_END_AT(text, c)) c--;
      if (c <= from || text[c] !== "," || inner - c > 200) return fallback;
      const ne = beforeParen(text, from, c);
      const s = phraseStart(text, from, ne);
      if (!fits(s)) continue;
      const sp = parseSpeaker(text, s, ne);
      // "Argentina's economy minister, Roberto Lavagna, said": the name is the appositive
      const named = k === 0 ? parseSpeaker(text, c + 1, beforeParen(text, c + 1, inner)) : null;
      if (named?.kind === "person" && (!sp || sp.kind !== "person")) {
        // the whole description is the title: "Iran's ambassador to Russia"
        let d = c;
        while (d > from && c - d < 120 && !/[.;:,!?"“”\n]/.test(text[d - 1])) d--;
        const { title, org } = parseAppositive(text, d, c);
        return { speaker: { ...named, title: named.title ?? title, org: named.org ?? org }, start: s };
      }
      if (sp && sp.kind !== "descriptive" && sp.kind !== "pronoun") {
        const ap = parseAppositive(text, c + 1, inner);
        const found = { speaker: { ...sp, title: sp.title ?? ap.title, org: sp.org ?? ap.org }, start: s };
        if (sp.kind === "person" || sp.kind === "surname") return found;
        fallback ??= found;
      }
    }
    return fallback;
  }
  const s = phraseStart(text, from, e);
  if (s >= e || !fits(s)) return null;
  const sp = parseSpeaker(text, s, e);
  return sp ? { speaker: sp, start: s } : null;
}

/** The speaker phrase starting at `start` after a verb: "Sergei Oganesyan, an analyst at Aton". */
export function speakerAfter(text: string, start: number, limit: number): { speaker: Speaker; end: number } | null {
  let s = start;
  while (s < limit && /\s/.test(text[s])) s++;
  let e = s;
  while (e < limit && (!/[,.;:!?()"“”\n—–]/.test(text[e]) || (text[e] === "." && ABBREVIATED.test(text.slice(Math.max(s, e - 6), e))))) {
    // stop before a clause word ("said Mr Brown on Tuesday", "said X in London")
    if (/\s/.test(text[e]) && /^\s+(?:on|in|at|during|after|before|when|while|who|which|to|about|that|as|last|this|yesterday|today|and|but|adding|noting|saying)\b/.test(text.slice(e, e + 14))) break;
    // "Del. Stacey Plaskett of the Virgin Islands": a full name, then where they come from
    if (/\s/.test(text[e]) && /^\s+(?:of|from)\s+(?:the\s)?/.test(text.slice(e, e + 10)) && /(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]+$/u.test(text.slice(Math.max(s, e - 40), e)) && !ORGANISATION_HEADS.has(text.slice(s, e).split(/\s+/).pop()!.toLowerCase())) break;
    // an initial or an honorific full stop belongs to the name
    e++;
  }
  while (e < limit && text[e] === "." && ABBREVIATED.test(text.slice(Math.max(s, e - 6), e))) {
    e++;
    while (e < limit && !/[,.;:!?()"“”\n—–]/.test(text[e])) e++;
  }
  if (e <= s) return null;
  const sp = parseSpeaker(text, s, e);
  if (!sp) return null;
  if (text[e] === ",") {
    // appositive up to the end of the sentence or the next comma
    let a = e + 1;
    while (a < limit && !/[,;:!?"“”\n]/.test(text[a]) && !(text[a] === "." && /\s/.test(text[a + 1] ?? " "))) a++;
    const ap = parseAppositive(text, e + 1, a);
    if (ap.title || ap.org) return { speaker: { ...sp, title: sp.title ?? ap.title, org: sp.org ?? ap.org }, end: a };
  }
  return { speaker: sp, end: e };
}

/**
 * The speaker phrase that opens the sentence holding `to`: its words up to the last
 * capitalised one before a clause word ("Oxfam senior policy adviser Max Lawson welcomed…").
 */
export function sentenceSubject(text: string, from: number, to: number): { speaker: Speaker; start: number } | null {
  // the sentence start: after the last sentence end before `to` (searched in a bounded window)
  const lo = Math.max(from, to - 400);
  const window = text.slice(lo, to);
  const re = /[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu;
  let start = from > lo ? from : lo;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) start = lo + m.index + m[0].length;
  // the subject opens the sentence, or follows an introductory phrase and its comma
  // ("During a speech on Monday, Trump attacked …")
  for (let k = 0; k < 2 && start < to; k++) {
    const found = subjectAt(text, start, to);
    if (found) return found;
    const comma = text.indexOf(",", start);
    if (comma < 0 || comma >= to) break;
    start = comma + 1;
    while (start < to && /\s/.test(text[start])) start++;
  }
  return null;
}

function subjectAt(text: string, start: number, to: number): { speaker: Speaker; start: number } | null {
  const toks: { word: string; index: number; raw: string }[] = [];
  const words = /\S+/g;
  words.lastIndex = start;
  let m: RegExpExecArray | null;
  while (toks.length < 10 && (m = words.exec(text)) !== null && m.index < to) toks.push({ word: m[0].replace(/[,;:]$/, ""), index: m.index, raw: m[0] });
  let end = -1;
  for (let n = 0; n < toks.length; n++) {
    const { word: w, index, raw } = toks[n];
    if (n > 0 && TITLE_BREAKERS.has(w.toLowerCase())) break;
    const cap = /^\p{Lu}/u.test(w);
    if (cap && !(n === 0 && /^(?:But|And|So|Yet|However|Meanwhile|The|A|An)$/.test(w))) end = index + w.length;
    else if (!cap && end >= 0) {
      // after a name, lower-case words are its verb — unless they are a title before a
      // further name ("Oxfam senior policy adviser Max Lawson")
      const ahead = toks.slice(n, n + 4);
      const k = ahead.findIndex((t) => /^\p{Lu}/u.test(t.word));
      if (k <= 0 || !ahead.slice(0, k).some((t) => isTitleWord(t.word.toLowerCase()))) break;
    }
    if (w !== raw) break;
  }
  if (end < 0) return null;
  const sp = parseSpeaker(text, start, end);
  return sp && sp.kind !== "descriptive" && sp.kind !== "pronoun" ? { speaker: sp, start } : null;
}
