/**
 * Stage 2: normalised text → paragraphs, sentences and skipped page furniture.
 *
 * The page is read first (src/page/): its markup found, its blocks split and classified
 * as article or furniture. Article blocks become paragraphs, trimmed to their visible
 * words (a heading's "## " and a `<span>` around a title stay outside); furniture blocks
 * and the markup inside paragraphs go to `skipped` with their reason. Sentences never
 * cross a paragraph. Calls to action that close the article's last paragraph (a page
 * flattened onto one line ends with them) are cut off and skipped too.
 */
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS } from "../lexicon/abbreviations.js";
import { isPromotion } from "../page/classify.js";
import { contentRange, markupSkipped, readPage } from "../page/read.js";
import type { Config, Paragraph, Range, Segmented, Sentence, SkippedSpan } from "./types.js";

export function segment(text: string, config: Pick<Config, "boilerplate">): Segmented {
  const page = readPage(text, config.boilerplate);
  const paragraphs: Paragraph[] = [];
  const skipped: SkippedSpan[] = [];
  for (const b of page.blocks) {
    if (b.verdict.cls === "bad") {
      skipped.push({ start: b.start, end: b.end, reason: b.verdict.reason ?? "boilerplate" });
      continue;
    }
    const r = contentRange(text, b, page.markup);
    if (r.end <= r.start) continue;
    for (const m of markupSkipped(page.markup, b)) skipped.push(m);
    paragraphs.push({ start: r.start, end: r.end, heading: b.verdict.heading });
  }
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    if (p.heading) sentences.push({ start: p.start, end: p.end, paragraph: i, heading: true });
    else for (const s of splitSentences(text, p)) sentences.push({ start: s.start, end: s.end, paragraph: i, heading: false });
  });
  cutClosingPromotion(text, paragraphs, sentences, skipped);
  skipped.sort((a, b) => a.start - b.start);
  return { text, paragraphs, sentences, skipped, meta: page.meta };
}

/** The last paragraph's closing sentences when they are calls to action ("Follow us on …"). */
function cutClosingPromotion(text: string, paragraphs: Paragraph[], sentences: Sentence[], skipped: SkippedSpan[]): void {
  const last = paragraphs.length - 1;
  if (last < 0 || paragraphs[last].heading) return;
  let k = sentences.length;
  while (k > 0 && sentences[k - 1].paragraph === last && isPromotion(text.slice(sentences[k - 1].start, sentences[k - 1].end))) k--;
  if (k === sentences.length || k === 0 || sentences[k - 1].paragraph !== last) return; // none, or the whole paragraph (then it was classified already)
  const cut = sentences.splice(k);
  paragraphs[last] = { ...paragraphs[last], end: sentences[k - 1].end };
  skipped.push({ start: cut[0].start, end: cut[cut.length - 1].end, reason: "boilerplate" });
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
