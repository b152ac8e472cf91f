/**
 * Who speaks a direct quote: an ordered list of finders, each for one layout news uses,
 * the first that answers wins. The order goes from the closest evidence to the farthest:
 *   1. afterQuote     `…," said X` / `…," X said` / `'unjustified' - Chirac`
 *   2. inSentence     `X remarked: "…"`, `X said the talks were "very productive"`, and
 *                     `… a "spectacular comeback" …, the OECD said.`
 *   3. carriedOver    `"…," he said. "…"` (the paragraph's latest speaker), `X remarked:`
 *                     ending the paragraph before, a quote continuing the one before
 *   4. captionLine    a line below the quote with the speaker's name (`— Stephen Chiu`)
 *   5. headline       a quote in a headline: the first attribution of the article
 *   must not: reach past a sentence, paragraph or 600 characters for a cue
 */
import { findContaining } from "../../pipeline/spans.js";
import type { Paragraph, Sentence } from "../../pipeline/types.js";
import { cueAfter, cuesIn, type Cue } from "./cues.js";
import type { Quoted } from "./marks.js";
import { parseSpeaker, type Speaker } from "./speaker.js";

/** How far from a quote its attribution may stand, in characters. */
const WINDOW = 600;

/** A speaker found for a quote, with the cue that named it when there was one. */
export interface Found {
  q: Quoted;
  speaker: Speaker | null;
  verb: string | null;
  cue: Cue | null;
  /** the quote completes the reporter's own sentence (see direct.ts) */
  mixed?: boolean;
}

export interface Env {
  text: string;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  quoted: readonly Quoted[];
  /** the quotes kept so far, in order */
  found: readonly Found[];
  /** cache of the headline finder */
  firstBodyCue?: Cue | null;
}

type Finder = (env: Env, i: number) => Omit<Found, "q"> | null;

const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;
const fromCue = (cue: Cue | null | undefined) => (cue ? { speaker: cue.speaker, verb: cue.verb, cue } : null);
const paraOf = (env: Env, pos: number) => findContaining(env.paragraphs, pos);
const named = (sp: Speaker | null) => (sp && sp.kind !== "pronoun" && sp.kind !== "descriptive" ? sp : null);

/** The end of the stretch after a quote where its cue may stand. */
function limitAfter(env: Env, i: number): number {
  const q = env.quoted[i];
  const next = env.quoted[i + 1];
  const closePara = env.paragraphs[Math.max(q.paragraph, paraOf(env, q.close))] ?? env.paragraphs[q.paragraph];
  return Math.min(closePara.end, next ? next.open : Infinity);
}

const afterQuote: Finder = (env, i) => {
  const { text } = env;
  const q = env.quoted[i];
  const limit = limitAfter(env, i);
  const cue = cueAfter(text, q.close + 1, limit);
  if (cue) return fromCue(cue);
  // a name after a dash closing the line: UK rebate 'unjustified' - Chirac
  const m = /^['’"”]?\s*[-–—―]\s*(?=\p{Lu})/u.exec(text.slice(q.close, limit));
  if (!m) return null;
  const tail = text.slice(q.close + m[0].length, limit).replace(/(?<![.\s])[.\s]+$/, "");
  if (tail.length > 40 || /[!?]|(?<!\p{Ll})\p{Ll}{2,}\.\s/u.test(tail)) return null;
  const sp = named(parseSpeaker(text, q.close + m[0].length, q.close + m[0].length + tail.length));
  return sp ? { speaker: sp, verb: null, cue: null } : null;
};

const inSentence: Finder = (env, i) => {
  const { text, sentences } = env;
  const q = env.quoted[i];
  const next = env.quoted[i + 1];
  const si = findContaining(sentences, q.open);
  // the cue stands in this sentence, after the previous quote, within a few lines
  let from = Math.max(si >= 0 ? sentences[si].start : env.paragraphs[q.paragraph].start, q.open - WINDOW);
  const before = env.quoted[i - 1];
  if (before && before.close < q.open && before.close >= from) from = before.close + 1;
  const cue = q.open > from ? cuesIn(text, from, q.open).filter((c) => c.verbEnd <= q.open).pop() : undefined;
  if (cue) return fromCue(cue);
  if (si < 0) return null;
  // "… a "spectacular comeback" … would help the recovery, the OECD said."
  const s = sentences[si];
  const until = Math.min(s.end, next && next.open < s.end ? next.open : s.end, q.close + WINDOW);
  const later = cuesIn(text, q.close + 1, until).filter((c) => /,\s*$/.test(text.slice(Math.max(q.close, c.start - 3), c.start)));
  const last = later[later.length - 1];
  return last && /^[\s\w]{0,30}[.!?]?["”’]?\s*$/.test(text.slice(last.end, s.end)) ? fromCue(last) : null;
};

const carriedOver: Finder = (env, i) => {
  const { text, paragraphs } = env;
  const q = env.quoted[i];
  const p = paragraphs[q.paragraph];
  const prev = env.found[env.found.length - 1];
  if (prev && prev.q.paragraph === q.paragraph) {
    // the latest attribution in the paragraph: a cue after the previous quote, or its speaker
    const since = Math.max(prev.q.close + 1, q.open - WINDOW);
    const latest = q.open > since ? cuesIn(text, since, q.open).filter((c) => c.speaker.kind !== "descriptive").pop() : undefined;
    if (latest) return fromCue(latest);
    if (!prev.speaker) return null;
    // a second quoted phrase of the same sentence is the same kind of quotation
    const mixed = prev.mixed === true && !/[.!?]/.test(text.slice(prev.q.close + 1, q.open));
    return { speaker: prev.speaker, verb: prev.verb, cue: null, mixed };
  }
  if (q.open !== p.start || q.paragraph === 0) return null;
  const pp = paragraphs[q.paragraph - 1];
  if (/:\s*$/.test(text.slice(Math.max(pp.start, pp.end - 3), pp.end))) {
    // "X remarked:" ends the paragraph before
    return fromCue(cuesIn(text, Math.max(pp.start, pp.end - 400), pp.end).pop());
  }
  // the paragraph continues the quotes of the one before
  if (prev?.speaker && (prev.q.paragraph === q.paragraph - 1 || (paraOf(env, prev.q.close) === q.paragraph - 1 && prev.q.close >= pp.end - 2))) {
    return { speaker: prev.speaker, verb: prev.verb, cue: null };
  }
  return null;
};

const captionLine: Finder = (env, i) => {
  const { text, paragraphs } = env;
  const q = env.quoted[i];
  const at = paraOf(env, q.close);
  const closePara = paragraphs[Math.max(q.paragraph, at)];
  if (!closePara || closePara.end - q.close > 3) return null;
  const np = paragraphs[Math.max(q.paragraph, at) + 1];
  if (!np) return null;
  const line = text.slice(np.start, np.end);
  const m = /^\s*[—–―-]+\s*/.exec(line) ?? bareName(text, np.start, np.end);
  if (!m || wordCount(line) > 12) return null;
  const cut = line.search(/[,(]/);
  const sp = named(parseSpeaker(text, np.start + m[0].length, np.start + (cut > 0 ? cut : line.length)));
  return sp ? { speaker: sp, verb: null, cue: null } : null;
};

const headline: Finder = (env, i) => {
  if (!env.paragraphs[env.quoted[i].paragraph].heading) return null;
  if (env.firstBodyCue === undefined) {
    env.firstBodyCue = null;
    const body = env.paragraphs.find((x) => !x.heading);
    if (body) {
      const s = env.sentences.find((x) => x.start >= body.start);
      env.firstBodyCue = cuesIn(env.text, body.start, s ? s.end : body.end).find((c) => named(c.speaker)) ?? null;
    }
  }
  return fromCue(env.firstBodyCue);
};

export const SPEAKER_FINDERS: readonly Finder[] = [afterQuote, inSentence, carriedOver, captionLine, headline];

export function findSpeaker(env: Env, i: number): Omit<Found, "q"> | null {
  for (const f of SPEAKER_FINDERS) {
    const r = f(env, i);
    if (r?.speaker) return r;
  }
  return null;
}

/**
 * A line that is only a name, below a quote, is its caption when the text names that person
 * elsewhere ("Kazem Jalali" … "Jalali stated"). Returns an empty match to parse from.
 */
function bareName(text: string, start: number, end: number): RegExpExecArray | null {
  const line = text.slice(start, end);
  if (!/^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’-]+$/u.test(line)) return null;
  const surname = line.split(/\s+/).pop()!;
  const elsewhere = text.indexOf(line) < start || text.indexOf(surname, end) >= 0;
  return elsewhere ? /^/.exec(line) : null;
}
