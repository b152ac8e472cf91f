/**
 * A page read as a page: its markup found, its blocks split and classified, and what its
 * headers say about it. The segmenter (src/pipeline/segment.ts) turns the article blocks
 * into paragraphs and sentences and reports the rest as skipped spans.
 */
import type { LinePattern, PageMeta, Range, SkippedSpan } from "../pipeline/types.js";
import { countBefore } from "../pipeline/spans.js";
import { splitBlocks, type Block } from "./blocks.js";
import { classifyBlocks, type BlockView, type Verdict } from "./classify.js";
import { frontMatter } from "./frontmatter.js";
import { findMarkup, visibleText, type Markup } from "./markup.js";

interface PageBlock extends Block {
  verdict: Verdict;
}

export interface Page {
  blocks: PageBlock[];
  /** markup spans, sorted and non-overlapping */
  markup: Markup[];
  meta: PageMeta;
}

export function readPage(text: string, patterns: readonly LinePattern[] = []): Page {
  const markup = findMarkup(text);
  const blocks = splitBlocks(text, markup);
  const views = blocks.map((b) => view(text, b, markup));
  const verdicts = classifyBlocks(views, patterns);
  const fm = frontMatter(text);
  const meta: PageMeta = { title: fm?.title ?? null, date: fm?.date ?? null, author: fm?.author ?? null };
  for (const v of verdicts) {
    if (v.cls !== "bad" || !v.meta) continue;
    meta.date ??= v.meta.date ?? null;
    meta.author ??= v.meta.author ?? null;
    meta.title ??= v.meta.title ?? null;
  }
  return { blocks: blocks.map((b, i) => ({ ...b, verdict: verdicts[i] })), markup, meta };
}

/** A long block is judged by a sample of its words: its opening and its close. */
const SAMPLE = 3000;
const SAMPLE_TAIL = 600;

function view(text: string, b: Block, markup: readonly Markup[]): BlockView {
  const first = countBefore(markup, (m) => m.end <= b.start);
  const long = b.end - b.start > SAMPLE + SAMPLE_TAIL;
  const seen = long ? sampled(text, b, markup, first) : visibleText(text, b, markup, first);
  const raw = text.slice(b.start, b.end);
  const rendered = seen.text.length + seen.urlChars;
  return {
    visible: seen.text,
    linkDensity: rendered ? (seen.linkChars + seen.urlChars) / rendered : 0,
    renderedLength: rendered,
    markdownHeading: b.markdownHeading,
    markupOnly: b.markupOnly,
    emphasised: /^(?:\*{1,3}|_{1,3})\S[\s\S]*\S(?:\*{1,3}|_{1,3})$/.test(raw.trimEnd()),
    frontMatter: first < markup.length && markup[first].kind === "front-matter" && markup[first].start <= b.start && markup[first].end >= b.end,
    raw,
  };
}

function sampled(text: string, b: Block, markup: readonly Markup[], first: number): ReturnType<typeof visibleText> {
  const head = visibleText(text, { start: b.start, end: b.start + SAMPLE }, markup, first);
  const from = b.end - SAMPLE_TAIL;
  const tail = visibleText(text, { start: from, end: b.end }, markup, countBefore(markup, (m) => m.end <= from));
  return { text: `${head.text} ${tail.text}`, linkChars: head.linkChars + tail.linkChars, urlChars: head.urlChars + tail.urlChars };
}

/** Markup spans inside a range, as skipped spans (front matter is metadata, the rest markup). */
export function markupSkipped(markup: readonly Markup[], r: Range): SkippedSpan[] {
  const out: SkippedSpan[] = [];
  for (let i = countBefore(markup, (m) => m.end <= r.start); i < markup.length && markup[i].start < r.end; i++) {
    const m = markup[i];
    out.push({ start: Math.max(m.start, r.start), end: Math.min(m.end, r.end), reason: m.kind === "front-matter" ? "metadata" : "markup" });
  }
  return out;
}

/**
 * A block's range less the markup and Markdown syntax at its edges: where its visible
 * words start and end ("## Summary" → "Summary", `<span …>Title</span>` → "Title").
 */
export function contentRange(text: string, r: Range, markup: readonly Markup[]): Range {
  let start = r.start;
  let end = r.end;
  let i = countBefore(markup, (m) => m.end <= start);
  for (;;) {
    if (i < markup.length && markup[i].start <= start && markup[i].end > start) {
      start = markup[i++].end;
      continue;
    }
    const lead = /^(?:[\s\u00a0]+|#{1,6}[ \t]+|>[ \t]?|[-+*•][ \t]+|[*_~`]+)/.exec(text.slice(start, Math.min(end, start + 16)));
    if (lead && start < end) {
      start += lead[0].length;
      while (i < markup.length && markup[i].end <= start) i++;
      continue;
    }
    break;
  }
  let j = countBefore(markup, (m) => m.start < end) - 1;
  while (end > start) {
    if (j >= 0 && markup[j].end >= end && markup[j].start < end) {
      end = markup[j--].start;
      continue;
    }
    if (/[\s\u00a0*_~`]/.test(text[end - 1])) {
      end--;
      while (j >= 0 && markup[j].start >= end) j--;
      continue;
    }
    break;
  }
  return { start, end: Math.max(start, end) };
}
