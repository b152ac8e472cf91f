/**
 * Stage 2: normalised text → paragraphs, sentences and skipped boilerplate.
 *
 * A paragraph is a block of lines between blank lines, or a single line when the lines of
 * a block are separate items (web pages put one paragraph per line). Sentences never cross
 * a paragraph. Boilerplate lines and everything after a footer marker go to `skipped`.
 */
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS } from "../lexicon/abbreviations.js";
import { BOILERPLATE_LINES, FOOTER_MARKERS } from "../lexicon/boilerplate.js";
import { DATELINE } from "../lexicon/datelines.js";
import type { Config, Paragraph, Range, Segmented, Sentence, SkippedSpan } from "./types.js";

/** Longest line a boilerplate rule may match: article paragraphs are longer. */
const MAX_BOILERPLATE_LINE = 200;
/** A heading is a short line without final punctuation. */
const MAX_HEADING_WORDS = 16;

export function segment(text: string, config: Pick<Config, "boilerplate">): Segmented {
  const blocks = splitBlocks(text);
  const paragraphs: Paragraph[] = [];
  const skipped: SkippedSpan[] = [];
  let inFooter = false;
  for (const b of blocks) {
    const line = text.slice(b.start, b.end);
    if (inFooter) {
      if (isProse(line)) inFooter = false;
      else {
        skipped.push({ ...b, reason: "footer" });
        continue;
      }
    }
    if (line.length <= 60 && FOOTER_MARKERS.some((r) => r.match.test(line.trim()))) {
      inFooter = true;
      skipped.push({ ...b, reason: "footer" });
      continue;
    }
    if (config.boilerplate.some((re) => re.test(line))) {
      skipped.push({ ...b, reason: "config" });
      continue;
    }
    if (line.length <= MAX_BOILERPLATE_LINE && BOILERPLATE_LINES.some((r) => r.match.test(line.trim()))) {
      skipped.push({ ...b, reason: "boilerplate" });
      continue;
    }
    paragraphs.push({ ...b, heading: isHeading(line) });
  }
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    if (p.heading) sentences.push({ start: p.start, end: p.end, paragraph: i, heading: true });
    else for (const s of splitSentences(text, p)) sentences.push({ ...s, paragraph: i, heading: false });
  });
  return { text, paragraphs, sentences, skipped };
}

/** Blocks of text: split on blank lines, then on line breaks that separate items. */
export function splitBlocks(text: string): Range[] {
  const out: Range[] = [];
  const lineRe = /[^\r\n]+/g;
  let cur: Range | null = null;
  let prevEnd = 0;
  let prevLine = "";
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    const end = start + trimmed.length;
    const gap = text.slice(prevEnd, m.index);
    const blankBetween = /\n[ \t\u00a0]*\r?\n/.test(gap);
    if (cur && !blankBetween && continuesLine(prevLine, trimmed)) {
      cur.end = end;
    } else {
      if (cur) out.push(cur);
      cur = { start, end };
    }
    prevEnd = m.index + raw.length;
    prevLine = trimmed;
  }
  if (cur) out.push(cur);
  return out;
}

/** A hard-wrapped line goes on: the previous one did not end a sentence, this one is not a new item. */
function continuesLine(prev: string, next: string): boolean {
  if (/[.!?:"”’)\]]$/.test(prev)) return false;
  if (/^[-*•·▪–—]\s/.test(next) || /^\d+[.)]\s/.test(next)) return false;
  return /^[a-z(,;]/.test(next) || prev.length > 60;
}

function words(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

export function isHeading(line: string): boolean {
  const t = line.trim();
  if (/^#{1,6}\s+\S/.test(t)) return true; // a Markdown heading
  if (!t || words(t) > MAX_HEADING_WORDS || DATELINE.test(t)) return false;
  // a final period ends a sentence, unless it belongs to an acronym ("… Against U.S.")
  if (/[!?:;,]$/.test(t) || (/\.$/.test(t) && !/(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(t))) return false;
  if (/[.!?]["”’]$/.test(t)) return false;
  return /^[\p{Lu}\p{N}"“‘'$£€]/u.test(t);
}

function isProse(line: string): boolean {
  return words(line) >= 12 && /[.!?]["”’)]?$/.test(line.trim());
}

/**
 * Sentence boundaries inside one paragraph: [.!?] (with closing quotes or brackets) then
 * white space then something that can open a sentence — unless the word before the
 * period is an abbreviation, an initial, or a dotted acronym followed by a name.
 */
export function splitSentences(text: string, p: Range): Range[] {
  const out: Range[] = [];
  let start = p.start;
  // the lookbehind makes a run of marks match once, from its first mark: linear on "....."
  const re = /(?<![.!?…])[.!?…]+["”’')\]]*(?=\s+["“‘'(\[`]{0,2}[\p{Lu}\p{N}$£€])/gu;
  // search the paragraph alone: a search over the whole text would run on past its end
  const body = text.slice(p.start, p.end);
  for (const m of body.matchAll(re)) {
    const at = p.start + (m.index ?? 0);
    const end = at + m[0].length;
    if (end >= p.end) break;
    if (m[0][0] === "." && !m[0].startsWith("..") && !endsSentence(text, start, at, end)) continue;
    out.push(trimRange(text, start, end));
    start = end;
    while (start < p.end && /\s/.test(text[start])) start++;
  }
  if (start < p.end) out.push(trimRange(text, start, p.end));
  return out.filter((r) => r.end > r.start);
}

function trimRange(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Is the period at `dot` the end of a sentence? */
function endsSentence(text: string, sentenceStart: number, dot: number, after: number): boolean {
  const before = text.slice(Math.max(sentenceStart, dot - 24), dot);
  const word = /(?<![\p{L}\p{N}.&'-])([\p{L}\p{N}.&'-]+)$/u.exec(before)?.[1] ?? "";
  const next = /^\s+["“‘'(\[`]{0,2}([\p{L}\p{N}]+)/u.exec(text.slice(after, after + 40))?.[1] ?? "";
  const bare = word.replace(/^[^\p{L}\p{N}]+/u, "").toLowerCase();
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "George W. Bush"
  if (/^(?:\p{L}\.){1,4}\p{L}$/u.test(word)) {
    // a dotted acronym: "U.S.", "U.K." — a sentence ends only before a sentence starter
    return SENTENCE_STARTERS.has(next.toLowerCase());
  }
  if (ABBREVIATIONS.has(bare)) {
    return SENTENCE_FINAL_ABBREVIATIONS.has(bare) && SENTENCE_STARTERS.has(next.toLowerCase());
  }
  return true;
}
