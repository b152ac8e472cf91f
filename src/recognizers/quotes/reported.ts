/**
 * Reported speech: a named speaker and a reporting verb with the clause they report.
 *   catches: The OECD said on Tuesday that growth would slow; US growth would reach 4.4%,
 *            the OECD said; According to Vedomosti, the credits would be used…; He told
 *            Reuters the deal was done; X stated, noting that …
 *   must not: "Analysts said …" (no named speaker), X said: "…" (that is a direct quote),
 *             "X declined to comment"
 */
import { countBefore } from "../../pipeline/spans.js";
import { COGNITION_VERBS, LISTENER_NOUNS, LISTENER_VERBS } from "../../lexicon/reporting-verbs.js";
import type { QuoteTag, Sentence } from "../../pipeline/types.js";
import { cuesIn, type Cue } from "./cues.js";
import type { Speaker } from "./speaker.js";

const MIN_CLAUSE_WORDS = 3;
/**
 * The listener after "told": "Reuters", "reporters", "the BBC's Talking Point programme",
 * "Radio 4's Today programme", then an adverbial ("on Tuesday", "in an interview").
 */
const LISTENER = new RegExp(
  `^\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{Lu}\\d][\\p{L}\\d'’.&-]*\\s+){0,5}(?:(?:${LISTENER_NOUNS.join("|")})\\s+)?` +
    `(?:(?:on|in|at|last|this|during)\\s+(?:(?:a|an|the)\\s+)?\\S+\\s+)?`,
  "u",
);
/** Words that open the sentence but belong to no reported clause. */
const CLAUSE_OPENERS = /^(?:But|And|However,?|Meanwhile,?|Although|Though|While|Whereas|Still,?)\s+/;
/** Longer "clauses" are run-on text, not one reported statement. */
const MAX_CLAUSE = 1000;
/**
 * Speakers whose reported speech is kept: named ones, pronouns (resolved later) and
 * definite descriptions ("the Indiana governor said", "Connecticut's tax commissioner
 * says"); bare plurals ("analysts said") report no one in particular.
 */
const NAMED = new Set(["person", "organization", "surname", "pronoun"]);
const definite = (sp: Speaker) => sp.kind === "descriptive" && /^(?:the\s|\p{Lu}[\p{L}.-]*['’]s?\s)/iu.test(sp.span.text);

const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

export function findReported(text: string, sentences: readonly Sentence[], direct: readonly QuoteTag[]): { quotes: QuoteTag[]; named: Speaker[] } {
  const out: QuoteTag[] = [];
  /** every person named as a speaker, reported clause or not: the pronouns after them need them */
  const named: Speaker[] = [];
  for (const s of sentences) {
    if (s.heading) continue;
    const cues = cuesIn(text, s.start, s.end);
    for (let k = 0; k < cues.length; k++) {
      const c = cues[k];
      if (!NAMED.has(c.speaker.kind) && !definite(c.speaker)) continue;
      // "it has been revealed", "it is said": a passive with an empty "it" names no one
      if (c.speaker.kind === "pronoun" && /\b(?:been|is|was|be)\s+$/i.test(text.slice(c.speaker.span.end, c.verbStart))) continue;
      if (c.speaker.kind === "person") named.push(c.speaker);
      const clause = clauseOf(text, s, c, cues[k + 1]);
      if (!clause) continue;
      // words that are all inside a direct quote are that quote, not reported speech
      const d = lastStartingBy(direct, clause.start + 1);
      if (d >= 0 && clause.end <= direct[d].end + 1) continue;
      const words = text.slice(clause.start, clause.end);
      if (wordCount(words) < MIN_CLAUSE_WORDS) continue;
      if (out.length && out[out.length - 1].start === clause.start && out[out.length - 1].end === clause.end) continue;
      out.push({
        type: "quote", rule: "quote/reported", start: clause.start, end: clause.end, text: words, direct: false,
        speakerSpan: c.speaker.span, verb: c.verb, speakerKind: c.speaker.kind, speakerTitle: c.speaker.title, speakerOrg: c.speaker.org,
      });
    }
  }
  return { quotes: out, named };
}

/** The reported clause of a cue, or null when the cue reports a direct quote or nothing. */
function clauseOf(text: string, s: Sentence, c: Cue, next: Cue | undefined): { start: number; end: number } | null {
  let end = s.end;
  while (end > s.start && /[\s.!?"”'’]/.test(text[end - 1])) end--;
  const before = text.slice(Math.max(s.start, c.start - 4), c.start);
  const after = end - c.end <= 60 ? text.slice(c.end, end) : null;
  // postposed: "CLAUSE, X said (on Tuesday)." / "CLAUSE, according to X." / "CLAUSE, X said,
  // until …" (the cue inside the sentence: the clause before it is the reported one)
  const parenthetical = /^\s*,/.test(text.slice(c.end, c.end + 3)) && c.lemma !== "according to";
  // (a participle — ", saying …" — reports what follows it, never the words before)
  if (/,\s*$/.test(before) && c.start > s.start && !/ing$/i.test(c.verb) && ((after !== null && wordCount(after) <= 4 && !/\bthat\b/.test(after)) || parenthetical)) {
    if (c.start - s.start > MAX_CLAUSE) return null;
    let e = c.start - before.length + before.replace(/,\s*$/, "").length;
    if (/["”’]$/.test(text.slice(e - 1, e))) return null;
    let st = s.start;
    while (st < e && /["“‘'\s]/.test(text[st])) st++;
    // "But" and "And" open the sentence, not the clause
    const m = CLAUSE_OPENERS.exec(text.slice(st, e));
    if (m) st += m[0].length;
    // "Climate change, Mr. Obama often says, is the greatest threat": the cue splits a
    // subject from its verb, and the clause is the whole sentence around it
    if (parenthetical && wordCount(text.slice(st, e)) < MIN_CLAUSE_WORDS && end - st <= MAX_CLAUSE) return { start: st, end };
    return e > st ? { start: st, end: e } : null;
  }
  // "Although CLAUSE, according to X, the …": the clause before the comma
  if (c.lemma === "according to" && /,\s*$/.test(before) && c.start > s.start && text[c.end] === ",") {
    if (c.start - s.start > MAX_CLAUSE) return null;
    const e = c.start - before.length + before.replace(/,\s*$/, "").length;
    const m = CLAUSE_OPENERS.exec(text.slice(s.start, e));
    const st = s.start + (m ? m[0].length : 0);
    return e > st ? { start: st, end: e } : null;
  }
  // "According to X, CLAUSE"
  let from = c.end;
  if (c.lemma === "according to") {
    const m = /^\s*,\s*/.exec(text.slice(from, Math.min(end, from + 8)));
    if (!m) return null;
    from += m[0].length;
  } else {
    let rest = text.slice(from, Math.min(end, from + 120));
    let listened = false;
    // "told the BBC: "…"": a colon opens a direct quote, not a reported clause
    if (/^(?:(?!\bthat\b)[^.;"“]){0,60}:\s*["“‘']/.test(rest)) return null;
    if (LISTENER_VERBS.has(c.lemma)) {
      // told Reuters / told reporters on Tuesday (that) …; but "told X to", "urged X to",
      // "asked X to": the listener is part of what is asked
      const m = LISTENER.exec(rest);
      if (!m || !m[0].trim()) return null;
      const after = text.slice(from + m[0].length, Math.min(end, from + m[0].length + 4));
      if (c.lemma === "tell" && !/^to\b/.test(after)) {
        listened = true;
        from += m[0].length;
        rest = text.slice(from, Math.min(end, from + 120));
      }
    }
    // adverbials before "that": said on Tuesday that, warned in a report that
    // (a quoted name may stand among them: told MSNBC's "Morning Joe" that)
    const that = /^(?:\s*(?:,\s*)?(?:[\p{L}\d'’"“”-]+\s+){0,6}?)?that\s+/u.exec(rest);
    if (that && !/[.;:]/.test(that[0]) && (listened || !/^\s*["“‘]/.test(rest))) from += that[0].length;
    else {
      if (/^\s*[:"“‘']/.test(rest) || /^\s*,\s*["“‘]/.test(rest)) return null;
      const m = /^\s*/.exec(rest)!;
      from += m[0].length;
      const head = text.slice(from, from + 12);
      // a preposition, an amount or a bare noun phrase is the verb's object, not a reported
      // clause: "told reporters after the meeting", "added 32 tonnes of gold"
      if (/^(?:to|for|with|about(?!\s+\d)|on|in|at|by|from|of|after|before|during|since|until|over|under|into|ahead|around|near|it\s+was\s+not|nothing|no\s+comment|so|yes|no)\b/i.test(head) && !(/^(?:for|on)\b/i.test(head) && c.lemma === "call")) return null;
      if (/^[\d$£€¥]/.test(head)) return null;
      if (COGNITION_VERBS.has(c.lemma) && /^(?:\w+\s+to\b)/.test(head)) return null;
      if (/^[,.;]/.test(head)) return null;
    }
  }
  if (end - from > MAX_CLAUSE) return null;
  if (next && next.start > from && next.start < end) {
    // the clause ends where the next cue begins (", he added")
    let e = next.start;
    while (e > from && /[\s,]/.test(text[e - 1])) e--;
    // … or where another speaker takes over ("When Clinton noted that …, Trump boasted")
    const other = next.speaker.span.text !== c.speaker.span.text;
    if ((text[e] === "," || other || /^and\b/i.test(text.slice(next.start, next.start + 4))) && e - from > 20) end = e;
  }
  return end > from ? { start: from, end } : null;
}

/** Index of the last range (sorted by start) that starts at or before `pos`, or -1. */
export function lastStartingBy(ranges: readonly { start: number }[], pos: number): number {
  return countBefore(ranges, (r) => r.start <= pos) - 1;
}
