/**
 * Blocks of a page: the units a reader sees as separate — paragraphs, headings, list items,
 * labels, image lines. Split on blank lines; on line breaks that end an item (web pages and
 * scrapers put one paragraph per line); around lines made only of markup; and, in a page
 * flattened onto one line (a CSV cell), on the wide runs of spaces left where paragraph
 * breaks were. Lines are judged by their visible words, so a `<span>` or a link does not
 * hide where an item ends. A hard-wrapped line still joins the next.
 */
import type { Range } from "../pipeline/types.js";
import { countBefore } from "../pipeline/spans.js";
import { visibleText, type Markup } from "./markup.js";

export interface Block extends Range {
  /** the block is a Markdown heading ("## Summary") */
  markdownHeading: boolean;
  /** nothing but markup: an image, a rule, tags, front matter */
  markupOnly: boolean;
}

interface Line extends Range {
  visible: string;
  /** the line opens a list item ("- ", "* ", "1. ") */
  item: boolean;
  markdownHeading: boolean;
  /** split from the line before it at a run of spaces (a flattened paragraph break) */
  flattened: boolean;
  /** the line opens / closes with an HTML tag: an element of its own */
  opensTag: boolean;
  closesTag: boolean;
}

/** A paragraph break flattened into spaces: sentence end, three or more blanks, a new sentence. */
const FLATTENED_BREAK = /(?<=[.!?…:"”’)])[ \t\u00a0]{3,}(?=["“‘(]?[\p{Lu}\p{N}])/gu;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S/;
const WIDE_GAP = /[ \t\u00a0]{3}/;
const LIST_ITEM = /^(?:[-*+•·▪–—][ \t]|\d{1,3}[.)][ \t])/;

export function splitBlocks(text: string, markup: readonly Markup[]): Block[] {
  const out: Block[] = [];
  let cur: (Block & { last: Line }) | null = null;
  for (const line of lines(text, markup)) {
    const markupOnly = !line.visible;
    const gap = cur ? text.slice(cur.end, line.start) : "";
    const blank = /\n[ \t\u00a0]*\r?\n/.test(gap);
    const joins =
      cur &&
      !blank &&
      !line.flattened &&
      cur.markupOnly === markupOnly &&
      (markupOnly || (!cur.last.markdownHeading && !line.markdownHeading && !line.item && !line.opensTag && !cur.last.closesTag && continuesLine(cur.last.visible, line.visible)));
    if (cur && joins) {
      cur.end = line.end;
      cur.last = line;
      continue;
    }
    if (cur) out.push(strip(cur));
    cur = { start: line.start, end: line.end, markdownHeading: line.markdownHeading, markupOnly, last: line };
  }
  if (cur) out.push(strip(cur));
  return out;
}

function strip(b: Block & { last: Line }): Block {
  return { start: b.start, end: b.end, markdownHeading: b.markdownHeading, markupOnly: b.markupOnly };
}

/**
 * The lines of the text, trimmed, with a markup span that runs over a line break (front
 * matter, a comment, a tag written on two lines) kept inside one line.
 */
function lines(text: string, markup: readonly Markup[]): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos < text.length) {
    let end = lineEnd(text, pos);
    // markup that starts on this line and ends on a later one carries the line with it
    for (let i = countBefore(markup, (m) => m.end <= pos); i < markup.length && markup[i].start < end; i++) {
      if (markup[i].end > end) end = lineEnd(text, markup[i].end);
    }
    pieces(text, pos, end, markup, out);
    pos = end;
    while (pos < text.length && (text[pos] === "\n" || text[pos] === "\r")) pos++;
  }
  return out;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  const end = nl === -1 ? text.length : nl;
  return end > from && text[end - 1] === "\r" ? end - 1 : end;
}

/** One line, cut at flattened paragraph breaks, each piece trimmed. */
function pieces(text: string, start: number, end: number, markup: readonly Markup[], out: Line[]): void {
  const raw = text.slice(start, end);
  let from = 0;
  let flattened = false;
  const cuts = WIDE_GAP.test(raw) ? [...raw.matchAll(FLATTENED_BREAK)].map((m) => [m.index!, m.index! + m[0].length]) : [];
  cuts.push([raw.length, raw.length]);
  for (const [a, b] of cuts) {
    const r = trim(text, start + from, start + a);
    if (r.end > r.start) {
      const first = countBefore(markup, (m) => m.end <= r.start);
      // a cut inside a markup span is no paragraph break
      if (flattened && first < markup.length && markup[first].start < r.start) flattened = false;
      const visible = lineView(text, r, markup, first);
      const head = text.slice(r.start, Math.min(r.end, r.start + 8));
      const tagAt = (pos: number) => {
        if (!markup.length) return false;
        const k = countBefore(markup, (m) => m.end <= pos);
        return k < markup.length && markup[k].kind === "tag" && markup[k].start <= pos && pos < markup[k].end;
      };
      out.push({
        ...r,
        visible,
        item: LIST_ITEM.test(head),
        markdownHeading: MARKDOWN_HEADING.test(head),
        flattened,
        opensTag: tagAt(r.start),
        closesTag: tagAt(r.end - 1),
      });
    }
    from = b;
    flattened = true;
  }
}

function trim(text: string, start: number, end: number): Range {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11 || (c > 0x2000 && /\s/.test(String.fromCharCode(c)));

/** What continuing a line needs of its words: how it opens and how it ends (a long line is read at both ends only). */
const LINE_VIEW = 240;
function lineView(text: string, r: Range, markup: readonly Markup[], first: number): string {
  if (r.end - r.start <= 2 * LINE_VIEW) return visibleText(text, r, markup, first).text;
  const head = visibleText(text, { start: r.start, end: r.start + LINE_VIEW }, markup, first).text;
  const tailStart = r.end - LINE_VIEW;
  const tail = visibleText(text, { start: tailStart, end: r.end }, markup, countBefore(markup, (m) => m.end <= tailStart)).text;
  return head || tail ? `${head} … ${tail}`.trim() : visibleText(text, r, markup, first).text;
}

/** A hard-wrapped line goes on: the previous one did not end a sentence, this one is not a new item. */
function continuesLine(prev: string, next: string): boolean {
  if (/[.!?:"”’)\]]$/.test(prev)) return false;
  // a "Key: value" label opens an item of its own
  if (/^\p{Lu}[\p{L}\p{N} ()&'’.-]{0,40}:(?:\s|$)/u.test(next) && !/^\p{Ll}/u.test(next)) return false;
  return /^[a-z(,;]/.test(next) || prev.length > 60;
}
