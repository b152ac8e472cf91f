/**
 * Direct quotes: quoted spans (marks.ts) and who speaks them. The speaker is looked for,
 * in this order: a cue right after the closing mark (`," said X`); a cue earlier in the
 * same sentence (`X said the talks were "very productive"`, `X remarked: "…"`); the speaker
 * of the quote before it in the paragraph (`"…," he said. "…"`); a colon cue ending the
 * previous paragraph, or the previous paragraph's quote when this one continues it; a
 * caption line after the quote (`— Stephen Chiu`); for a headline, the first cue of the
 * article.
 *   catches: all of the above, straight or curly, double or single marks
 *   must not: scare quotes, quoted names and titles with no speaker ('loan-for-oil deal')
 */
import { NAMING_MARKERS } from "../../lexicon/quote-markers.js";
import { CHARACTERISING_VERBS } from "../../lexicon/reporting-verbs.js";
import { findContaining } from "../../pipeline/spans.js";
import type { QuoteTag, TagContext } from "../../pipeline/types.js";
import { cueAfter, cuesIn, type Cue } from "./cues.js";
import { findQuoted, type Quoted } from "./marks.js";
import { parseSpeaker, type Speaker } from "./speaker.js";

/** A quote with no speaker is kept only when it reads like speech: this many words. */
const MIN_WORDS_WITHOUT_SPEAKER = 8;
/** How far from a quote its attribution may stand, in characters. */
const WINDOW = 600;

const NAMING_RE = new RegExp(`(?:^|[\\s(])(?:${NAMING_MARKERS.map((m) => m.replace(/[-]/g, "\\-").replace(/ /g, "\\s+")).join("|")})\\s*$`, "i");
const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

interface Found {
  q: Quoted;
  speaker: Speaker | null;
  verb: string | null;
  mixed?: boolean;
}

export function findDirectQuotes(ctx: TagContext): { quotes: QuoteTag[] } {
  const { text, paragraphs, sentences } = ctx;
  const quoted = findQuoted(text, paragraphs);
  const found: Found[] = [];
  const paraOf = (pos: number) => findContaining(paragraphs, pos);
  let firstBodyCue: Cue | null | undefined;

  for (let i = 0; i < quoted.length; i++) {
    const q = quoted[i];
    const next = quoted[i + 1];
    const p = paragraphs[q.paragraph];
    const closePara = paragraphs[Math.max(q.paragraph, paraOf(q.close))] ?? p;
    const lead = text.slice(Math.max(p.start, q.open - 24), q.open);
    if (NAMING_RE.test(lead)) continue;

    const limit = Math.min(closePara.end, next ? next.open : Infinity);
    let cue: Cue | null = cueAfter(text, q.close + 1, limit);
    let captioned: Speaker | null = null;
    if (!cue) {
      // a name after a dash closing the line: UK rebate 'unjustified' - Chirac
      const m = /^['’"”]?\s*[-–—―]\s*(?=\p{Lu})/u.exec(text.slice(q.close, limit));
      const tail = text.slice(q.close + (m?.[0].length ?? 0), limit).replace(/[.\s]+$/, "");
      if (m && tail.length <= 40 && !/[!?]|\p{Ll}{2,}\.\s/u.test(tail)) {
        const sp = parseSpeaker(text, q.close + m[0].length, q.close + m[0].length + tail.length);
        if (sp && sp.kind !== "pronoun" && sp.kind !== "descriptive") captioned = sp;
      }
    }
    if (!cue && !captioned) {
      const si = findContaining(sentences, q.open);
      // the cue stands in this sentence, after the previous quote, within a few lines
      let from = Math.max(si >= 0 ? sentences[si].start : p.start, q.open - WINDOW);
      const before = quoted[i - 1];
      if (before && before.close < q.open && before.close >= from) from = before.close + 1;
      if (q.open > from) cue = cuesIn(text, from, q.open).filter((c) => c.verbEnd <= q.open).pop() ?? null;
      // "… a "spectacular comeback" … would help the recovery, the OECD said."
      if (!cue && si >= 0) {
        const s = sentences[si];
        const until = Math.min(s.end, next && next.open < s.end ? next.open : s.end, q.close + WINDOW);
        const later = cuesIn(text, q.close + 1, until).filter((c) => /,\s*$/.test(text.slice(Math.max(q.close, c.start - 3), c.start)));
        const last = later[later.length - 1];
        if (last && /^[\s\w]{0,30}[.!?]?["”’]?\s*$/.test(text.slice(last.end, s.end))) cue = last;
      }
    }
    let speaker = cue?.speaker ?? captioned;
    let verb = cue?.verb ?? null;
    let inheritedMixed = false;
    if (!speaker) {
      const prev = found[found.length - 1];
      // the latest attribution in the paragraph: a cue after the previous quote, or its speaker
      const since = Math.max(prev && prev.q.paragraph === q.paragraph ? prev.q.close + 1 : p.start, q.open - WINDOW);
      const latest = q.open > since ? cuesIn(text, since, q.open).filter((c) => c.speaker.kind !== "descriptive").pop() : undefined;
      if (latest && prev?.q.paragraph === q.paragraph) ({ speaker, verb } = latest);
      else if (prev?.speaker && prev.q.paragraph === q.paragraph) {
        ({ speaker, verb } = prev);
        // a second quoted phrase of the same sentence is the same kind of quotation
        inheritedMixed = prev.mixed === true && !/[.!?]/.test(text.slice(prev.q.close + 1, q.open));
      }
      else if (q.open === p.start && q.paragraph > 0) {
        const pp = paragraphs[q.paragraph - 1];
        const tail = text.slice(Math.max(pp.start, pp.end - 3), pp.end);
        if (/:\s*$/.test(tail)) {
          const c = cuesIn(text, Math.max(pp.start, pp.end - 400), pp.end).pop();
          if (c) ({ speaker, verb } = c);
        } else if (prev?.speaker && prev.q.paragraph === q.paragraph - 1) ({ speaker, verb } = prev);
        else if (prev?.speaker && paraOf(prev.q.close) === q.paragraph - 1 && prev.q.close >= pp.end - 2) ({ speaker, verb } = prev);
      }
    }
    if (!speaker && closePara.end - q.close <= 3 && q.paragraph + 1 < paragraphs.length) {
      // a caption line: the speaker's name alone after the quote
      const np = paragraphs[paraOf(q.close) + 1];
      if (np) {
        const line = text.slice(np.start, np.end);
        const m = /^\s*[—–―-]+\s*/.exec(line) ?? bareName(text, np.start, np.end);
        if (m && wordCount(line) <= 12) {
          const end = np.start + (line.search(/[,(]/) > 0 ? line.search(/[,(]/) : line.length);
          const sp = parseSpeaker(text, np.start + m[0].length, end);
          if (sp && sp.kind !== "pronoun" && sp.kind !== "descriptive") speaker = sp;
        }
      }
    }
    if (!speaker && p.heading) {
      // a headline quote is the article's source speaking: the first attribution of the body
      if (firstBodyCue === undefined) {
        firstBodyCue = null;
        const body = paragraphs.find((x) => !x.heading);
        if (body) {
          const s = sentences.find((x) => x.start >= body.start);
          firstBodyCue = cuesIn(text, body.start, s ? s.end : body.end).find((c) => c.speaker.kind !== "descriptive" && c.speaker.kind !== "pronoun") ?? null;
        }
      }
      if (firstBodyCue) ({ speaker, verb } = firstBodyCue);
    }
    const inner = text.slice(q.start, q.end);
    if (!speaker && wordCount(inner) < MIN_WORDS_WITHOUT_SPEAKER) continue;
    if (speaker && !cue && wordCount(inner) <= 6 && isNameLike(inner)) continue;
    if (cue && cue.verbEnd <= q.open && wordCount(inner) <= 6 && isNameLike(inner)) continue;
    // "X called the rebate "unjustified"": the quoted words complete the reporter's own
    // sentence, a mixed quotation like those inside reported speech (see index.ts)
    const mixed = inheritedMixed || (cue !== null && cue.verbEnd <= q.open && CHARACTERISING_VERBS.has(cue.lemma));
    found.push({ q, speaker, verb, mixed });
  }
  return {
    quotes: found.map(({ q, speaker, verb, mixed }) => ({
      type: "quote",
      rule: q.single ? "quote/single" : "quote/double",
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      direct: !mixed,
      speakerSpan: speaker?.span ?? null,
      verb,
      speakerKind: speaker?.kind ?? null,
      speakerTitle: speaker?.title ?? null,
      speakerOrg: speaker?.org ?? null,
    })),
  };
}

/** Every word capitalised and no sentence punctuation: a name or a title. */
function isNameLike(s: string): boolean {
  const words = s.match(/\S+/g) ?? [];
  if (/[.!?,]$/.test(s.trim())) return false;
  const content = words.filter((w) => !/^(?:of|the|and|for|a|an|in|on|to|de|la)$/.test(w));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\d]/u.test(w));
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
