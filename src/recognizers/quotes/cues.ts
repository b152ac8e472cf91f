/**
 * Attribution cues: a speaker phrase next to a reporting verb. Three layouts:
 *   after a quote:   …," said Russian oil official Sergei Oganesyan  /  …," he told the BBC
 *   before a quote:  Stephen Chiu, Bloomberg Intelligence's … Strategist, remarked: "…"
 *   source phrase:   according to the OECD
 *   must not: "told Reuters" naming Reuters as the speaker (it is the listener), or a
 *             cue from the next sentence
 */
import { LISTENER_VERBS, REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { ORGANISATION_HEADS, TITLE_BREAKERS } from "../../lexicon/speakers.js";
import { parseAppositive, parseSpeaker, type Speaker } from "./speaker.js";

export interface Cue {
  speaker: Speaker;
  /** the verb as written, or "according to" */
  verb: string;
  lemma: string;
  verbStart: number;
  verbEnd: number;
  /** the whole cue: speaker phrase, appositive and verb */
  start: number;
  end: number;
}

const FORMS = Object.keys(REPORTING_VERBS).sort((a, b) => b.length - a.length);
/** every reporting verb form and source phrase, as one pattern */
export const VERB_RE = new RegExp(`(?<![\\w'’-])(?:${[...FORMS, "according to"].map((f) => f.replace(/ /g, "\\s+")).join("|")})(?![\\w'’-])`, "gi");

/** A verb form right after one of these is a noun: "the report", "a claim". */
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|his|her|its|their|our|this|that|these|those|whose|of|in)\s+$/i;

interface VerbHit {
  index: number;
  verb: string;
}

/**
 * Every reporting verb of the text, found in one pass and kept for the text last seen:
 * the cue finders look at many small windows of the same text, and must stay linear.
 */
let indexed: { text: string; hits: VerbHit[] } | null = null;
function verbsOf(text: string): VerbHit[] {
  if (indexed?.text !== text) {
    const hits: VerbHit[] = [];
    VERB_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = VERB_RE.exec(text)) !== null) hits.push({ index: m.index, verb: m[0] });
    indexed = { text, hits };
  }
  return indexed.hits;
}

/** The reporting verbs in text[from, to), in order. */
function* verbsIn(text: string, from: number, to: number): Generator<VerbHit> {
  const hits = verbsOf(text);
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].index < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < hits.length && hits[k].index + hits[k].verb.length <= to; k++) yield hits[k];
}

function verbAt(text: string, from: number, to: number): VerbHit | null {
  for (const v of verbsIn(text, from, to)) return v;
  return null;
}

const lemmaOf = (verb: string) => (/^according/i.test(verb) ? "according to" : (REPORTING_VERBS[verb.toLowerCase().replace(/\s+/g, " ")] ?? verb));

/** Adverbs and auxiliaries that may stand between a speaker and the verb. */
const BETWEEN = /\s+(?:(?:\w+ly|now|often|still|never|also|meanwhile|however|though|later|then|again|further|once|previously|earlier|recently|has|had|have|would|will|was|is|may|might|could|had\s+earlier|has\s+long|last\s+week|on\s+\w+|yesterday|today)\s+)*$/;

/** Words whose full stop does not end the phrase: initials and abbreviated titles. */
const ABBREVIATED = /(?:^|[\s.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Capt|Prof|Rev|Sgt|Adm|Cmdr|Maj|Hon|Del|Atty|Supt|Insp)$/u;

/** Where the speaker phrase before `end` begins: after a boundary word or mark. */
function phraseStart(text: string, from: number, end: number): number {
  let s = end;
  let words = 0;
  while (s > from) {
    const c = text[s - 1];
    if (/[.;:!?()"“”\n—–]/.test(c) || (c === "," && words > 0)) break;
    if (c === ",") break;
    if (/\s/.test(c)) {
      // look at the word before this space
      let w = s - 1;
      while (w > from && /\s/.test(text[w - 1])) w--;
      let ws = w;
      while (ws > from && !/[\s,;:()"“”]/.test(text[ws - 1])) ws--;
      const word = text.slice(ws, w);
      if (TITLE_BREAKERS.has(word.toLowerCase()) || words >= 10) break;
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

/** The speaker phrase ending at `end`: "X", or "X, appositive," before a verb. */
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
  const between = BETWEEN.exec(text.slice(Math.max(from, e - 60), e));
  if (between) e -= between[0].length;
  e = beforeParen(text, from, e);
  if (e <= from) return null;
  const fits = (s: number) => anchor === undefined || s === anchor;
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
      if (named?.kind === "person" && (!sp || sp.kind === "descriptive")) {
        const { title, org } = parseAppositive(text, s, c);
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
    if (/\s/.test(text[e]) && /^\s+(?:of|from)\s+(?:the\s)?/.test(text.slice(e, e + 10)) && /\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]+$/u.test(text.slice(Math.max(s, e - 40), e)) && !ORGANISATION_HEADS.has(text.slice(s, e).split(/\s+/).pop()!.toLowerCase())) break;
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
 * A cue in the words right after a closing quotation mark, up to `limit`: `," said X`,
 * `," X said`, `," X, an analyst, said`, `," according to X`.
 */
export function cueAfter(text: string, pos: number, limit: number): Cue | null {
  const m = /^[\s,.!?;:]*(?:[—–-]\s*)?/.exec(text.slice(pos, Math.min(limit, pos + 8)));
  const from = pos + (m ? m[0].length : 0);
  const windowEnd = Math.min(limit, from + 200);
  const v = verbAt(text, from, windowEnd);
  if (!v) return null;
  const gap = text.slice(from, v.index);
  // the cue must stay in the quote's sentence: a full stop after a word of three or more
  // lower-case letters ends it; initials, "Rep." and "(D-Wis.)" do not
  if (/[!?;:"“”\n]/.test(gap) || /\p{Ll}{3,}\.\s+\p{Lu}/u.test(gap)) return null;
  const verb = v.verb;
  const lemma = lemmaOf(verb);
  if (!gap.trim()) {
    // verb first: said X / according to X
    if (LISTENER_VERBS.has(lemma)) return null;
    const after = speakerAfter(text, v.index + verb.length, windowEnd);
    if (!after) return null;
    return { speaker: after.speaker, verb, lemma, verbStart: v.index, verbEnd: v.index + verb.length, start: from, end: after.end };
  }
  if (lemma === "according to") return null;
  const before = speakerBefore(text, from, v.index, from);
  if (!before) return null;
  // after a quote that ended its sentence, "X said" opens a new sentence: it attributes the
  // quote only when nothing follows it ("…." Mr Brown said.), not when it reports more
  if (/[.!?]\s*$/.test(text.slice(Math.max(0, pos - 4), pos - 1)) && !/^(?:\s+(?:on|in|at|last|this)\s+\w+|\s+(?:yesterday|today|later|too))?\s*(?:[.,;]|$)/.test(text.slice(v.index + verb.length, limit))) return null;
  return { speaker: before.speaker, verb, lemma, verbStart: v.index, verbEnd: v.index + verb.length, start: from, end: v.index + verb.length };
}

/** All cues in text[from, to) whose speaker precedes the verb, plus "according to X". */
export function cuesIn(text: string, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (const v of verbsIn(text, from, to)) {
    const verb = v.verb;
    const lemma = lemmaOf(verb);
    const vEnd = v.index + verb.length;
    if (lemma !== "according to" && DETERMINER_BEFORE.test(text.slice(Math.max(from, v.index - 12), v.index))) continue;
    if (lemma === "according to") {
      const after = speakerAfter(text, vEnd, to);
      if (after && after.speaker.kind !== "descriptive") out.push({ speaker: after.speaker, verb, lemma, verbStart: v.index, verbEnd: vEnd, start: v.index, end: after.end });
      continue;
    }
    // a participle after a comma ("…, adding that") belongs to the cue before it
    if (/ing$/i.test(verb) && /,\s*$/.test(text.slice(Math.max(from, v.index - 3), v.index))) {
      const prev = out[out.length - 1];
      if (prev && /^[^.!?]*,\s*$/.test(text.slice(prev.end, v.index))) out.push({ ...prev, verb, lemma, verbStart: v.index, verbEnd: vEnd, start: v.index, end: vEnd });
      else {
        const subject = sentenceSubject(text, from, v.index);
        if (subject) out.push({ speaker: subject.speaker, verb, lemma, verbStart: v.index, verbEnd: vEnd, start: v.index, end: vEnd });
      }
      continue;
    }
    // the verb starts the phrase after a quote: `," said X` — the speaker follows
    const lead = text.slice(Math.max(from, v.index - 4), v.index);
    if (/["”'’][\s,]*$/.test(lead) || /,\s*$/.test(lead) && /["”]/.test(text.slice(Math.max(from, v.index - 6), v.index))) {
      if (!LISTENER_VERBS.has(lemma)) {
        const after = speakerAfter(text, vEnd, to);
        if (after) out.push({ speaker: after.speaker, verb, lemma, verbStart: v.index, verbEnd: vEnd, start: v.index, end: after.end });
      }
      continue;
    }
    let before = speakerBefore(text, from, v.index);
    if (!before && /(?:^|\s)and\s+(?:(?:also|then|later)\s+)?$/i.test(text.slice(Math.max(from, v.index - 12), v.index))) {
      // "G7 ministers called for … and said": the subject of the sentence speaks
      const prev = out[out.length - 1];
      before = sentenceSubject(text, from, v.index) ?? (prev ? { speaker: prev.speaker, start: prev.start } : null);
    }
    if (!before && (v.index === from || /[.!?]["”]?\s+$/.test(text.slice(Math.max(from, v.index - 4), v.index))) && /^\p{Lu}/u.test(verb)) {
      // inverted at the start of a sentence: "Said Ellis: …"
      const after = speakerAfter(text, vEnd, to);
      if (after && after.speaker.kind !== "descriptive") out.push({ speaker: after.speaker, verb, lemma, verbStart: v.index, verbEnd: vEnd, start: v.index, end: after.end });
      continue;
    }
    if (before) out.push({ speaker: before.speaker, verb, lemma, verbStart: v.index, verbEnd: vEnd, start: before.start, end: vEnd });
  }
  return out;
}

/**
 * The speaker phrase that opens the sentence holding `to`: its words up to the last
 * capitalised one before a clause word ("Oxfam senior policy adviser Max Lawson welcomed…").
 */
function sentenceSubject(text: string, from: number, to: number): { speaker: Speaker; start: number } | null {
  let start = from;
  const re = /[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) start = m.index + m[0].length;
  const words = /\S+/g;
  words.lastIndex = start;
  let end = -1;
  for (let n = 0; n < 8 && (m = words.exec(text)) !== null && m.index < to; n++) {
    const w = m[0].replace(/[,;:]$/, "");
    if (n > 0 && TITLE_BREAKERS.has(w.toLowerCase())) break;
    if (/^\p{Lu}/u.test(w) && !(n === 0 && /^(?:But|And|So|Yet|However|Meanwhile|The|A|An)$/.test(w))) end = m.index + w.length;
    if (w !== m[0]) break;
  }
  if (end < 0) return null;
  const sp = parseSpeaker(text, start, end);
  return sp && sp.kind !== "descriptive" && sp.kind !== "pronoun" ? { speaker: sp, start } : null;
}
