/**
 * Attribution cues: a speaker phrase next to a reporting verb. Three layouts:
 *   after a quote:   …," said Russian oil official Sergei Oganesyan  /  …," he told the BBC
 *   before a quote:  Stephen Chiu, Bloomberg Intelligence's … Strategist, remarked: "…"
 *   source phrase:   according to the OECD
 *   must not: "told Reuters" naming Reuters as the speaker (it is the listener), or a
 *             cue from the next sentence
 */
import { LISTENER_VERBS } from "../../lexicon/reporting-verbs.js";
import { sentenceSubject, speakerAfter, speakerBefore } from "./phrases.js";
import type { Speaker } from "./speaker.js";
import { DETERMINER_BEFORE, lemmaOf, verbAt, verbsIn } from "./verbs.js";

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
  if (/[!?;:"“”\n]/.test(gap) || /(?<!\p{Ll})\p{Ll}{3,}\.\s+\p{Lu}/u.test(gap)) return null;
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
    // a participle elsewhere is no cue: "is writing a book", "after asking"
    if (/ing$/i.test(verb) && !/\b(?:is|are|was|were|been|be)\s+$/i.test(text.slice(Math.max(from, v.index - 6), v.index))) continue;
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
    const and = /(?:^|\s)(and\s+(?:(?:also|then|later)\s+)?)$/i.exec(text.slice(Math.max(from, v.index - 12), v.index));
    if (!before && and) {
      // "G7 ministers called for … and said": the subject of the sentence speaks; the cue
      // starts at "and", where the clause before it ends
      const prev = out[out.length - 1];
      const subject = sentenceSubject(text, from, v.index) ?? (prev ? { speaker: prev.speaker, start: prev.start } : null);
      if (subject) before = { speaker: subject.speaker, start: v.index - and[1].length };
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

