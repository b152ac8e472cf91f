/**
 * Markup read as markup in text and Markdown inputs: what a browser would not show as
 * article text. Each piece is a span of the one text (the text is never rewritten); the
 * segmenter skips them, so nothing inside yields a mention, and reads the blocks around
 * them by their visible words.
 *   catches: front matter, `<span style="…">` and `</span>`, `<!-- … -->`, `<script>…</script>`,
 *            `![alt](img.jpg)`, the `[` and `](https://…)` of a link (its words stay),
 *            `https://…`, `www.…`, `<https://…>`, e-mail addresses, `---` rules, ``` fences
 *   must not: "a < b", "profits <5%", "[sic]", "(see chart 1)", "U.S.-China"
 */
import { frontMatter } from "./frontmatter.js";
import { resolveOverlaps } from "../pipeline/spans.js";
import type { Range } from "../pipeline/types.js";

type MarkupKind = "front-matter" | "tag" | "element" | "comment" | "image" | "link-open" | "link-target" | "url" | "email" | "rule" | "code";

export interface Markup extends Range {
  kind: MarkupKind;
}

/** Elements whose content is never article text, skipped whole with their tags. */
const OPAQUE = ["script", "style", "noscript", "template", "svg", "iframe", "object"];
const MAX_ELEMENT = 200_000;

const TAG = /<\/?[A-Za-z][A-Za-z0-9:-]{0,30}(?:[ \t\r\n\/][^<>]{0,2000})?>|<![A-Za-z][^<>]{0,500}>|<(?:https?:|mailto:)[^<>\s]{1,2000}>/g;
const IMAGE = /!\[[^\[\]\n]{0,500}\]\( {0,10}(?:<[^<>\n]{0,2000}>|[^()\s]{0,2000})(?: {1,10}["'][^"'\n]{0,300}["'])? {0,10}\)/g;
const LINK = /\[[^\[\]\n]{1,500}\](?:\( {0,10}(?:<[^<>\n]{0,2000}>|[^()\s]{1,2000})(?: {1,10}["'][^"'\n]{0,300}["'])? {0,10}\)|\[[^\[\]\n]{0,100}\])/g;
/** `[ref]: https://…` on its own line: the target of a reference-style link. */
const LINK_DEFINITION = /^[ \t]{0,3}\[[^\[\]\n]{1,100}\]:[ \t]{0,10}\S{1,2000}[^\S\r\n]{0,10}(?:["'(][^\n]{0,300})?$/gm;
const URL = /(?<![\w@/.-])(?:https?:\/\/|www\.)[^\s<>()\[\]{}"'“”‘’|]{1,2000}/g;
const EMAIL = /(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?![\w-])/g;
const RULE = /^[ \t]{0,3}(?:(?:-[ \t]{0,3}){3,}|(?:\*[ \t]{0,3}){3,}|(?:_[ \t]{0,3}){3,})$/gm;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]{0,200}$/gm;

export function findMarkup(text: string): Markup[] {
  const found: Markup[] = [];
  const fm = frontMatter(text);
  if (fm) found.push({ start: fm.start, end: fm.end, kind: "front-matter" });
  // each kind of markup runs only when its trigger character is in the text at all: plain
  // article text (most inputs) costs one indexOf per kind, not a regular expression pass
  const angle = text.includes("<");
  const bracket = text.includes("[");
  // not push(...xs): a page with a hundred thousand comments would overflow the stack
  if (text.includes("```") || text.includes("~~~")) for (const m of codeFences(text)) found.push(m);
  if (angle) for (const m of [comments(text), opaqueElements(text)].flat()) found.push(m);
  if (angle) for (const m of text.matchAll(TAG)) found.push({ start: m.index!, end: m.index! + m[0].length, kind: "tag" });
  if (bracket && text.includes("![")) for (const m of text.matchAll(IMAGE)) found.push({ start: m.index!, end: m.index! + m[0].length, kind: "image" });
  if (bracket && text.includes("]")) {
    for (const m of text.matchAll(LINK)) {
      const at = m.index!;
      if (at > 0 && text[at - 1] === "!") continue;
      const close = m[0].lastIndexOf("](") >= 0 ? m[0].lastIndexOf("](") : m[0].lastIndexOf("][");
      found.push({ start: at, end: at + 1, kind: "link-open" }, { start: at + close, end: at + m[0].length, kind: "link-target" });
    }
    if (text.includes("]:")) for (const m of text.matchAll(LINK_DEFINITION)) found.push({ start: m.index!, end: m.index! + m[0].length, kind: "link-target" });
  }
  if (text.includes("://") || text.includes("www.")) {
    for (const m of text.matchAll(URL)) {
      const url = m[0].replace(/(?<![.,;:!?*_])[.,;:!?*_]+$/, "");
      found.push({ start: m.index!, end: m.index! + url.length, kind: "url" });
    }
  }
  if (text.includes("@")) for (const m of text.matchAll(EMAIL)) found.push({ start: m.index!, end: m.index! + m[0].length, kind: "email" });
  if (/[-*_][ \t]{0,3}[-*_][ \t]{0,3}[-*_]/.test(text)) for (const m of text.matchAll(RULE)) if (!fm || m.index! >= fm.end) found.push({ start: m.index!, end: m.index! + m[0].length, kind: "rule" });
  return settle(found);
}

/**
 * Overlaps: the longest piece wins (an image over the URL inside it, a comment over the
 * tags it holds); a link's two pieces go together with its URL, so a link whose target
 * holds a URL keeps the target span (longer) and the bare URL inside it is dropped.
 */
function settle(found: Markup[]): Markup[] {
  return resolveOverlaps(found.filter((m) => m.end > m.start));
}

function comments(text: string): Markup[] {
  const out: Markup[] = [];
  for (let at = text.indexOf("<!--"); at !== -1; ) {
    const end = text.indexOf("-->", at + 4);
    if (end === -1) break; // an unclosed comment: leave the rest as text
    out.push({ start: at, end: end + 3, kind: "comment" });
    at = text.indexOf("<!--", end + 3);
  }
  return out;
}

function opaqueElements(text: string): Markup[] {
  const out: Markup[] = [];
  const open = new RegExp(`<(${OPAQUE.join("|")})\\b[^<>]{0,2000}>`, "gi");
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const close = `</${m[1].toLowerCase()}`;
    const lower = text.slice(m.index, m.index + MAX_ELEMENT).toLowerCase();
    const rel = lower.indexOf(close, m[0].length);
    if (rel === -1) continue;
    const gt = text.indexOf(">", m.index + rel);
    const end = gt === -1 ? m.index + rel + close.length : gt + 1;
    out.push({ start: m.index, end, kind: "element" });
    open.lastIndex = end;
  }
  return out;
}

/** Fenced code blocks, ``` to ```: code is not article text. */
function codeFences(text: string): Markup[] {
  const out: Markup[] = [];
  let open: RegExpExecArray | null = null;
  for (const m of text.matchAll(FENCE)) {
    if (!open) open = m as RegExpExecArray;
    else if (m[1][0] === open[1][0] && m[1].length >= open[1].length && !/\S/.test(m[0].trim().slice(m[1].length))) {
      out.push({ start: open.index, end: m.index! + m[0].length, kind: "code" });
      open = null;
    }
  }
  return out;
}

/** The Markdown syntax that frames a line's words: heading hashes, quote marks, bullets, emphasis. */
const LEAD_SYNTAX = /^(?:[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-+*][ \t]+|\d{1,3}[.)][ \t]+))+/;
const EMPHASIS = /[*_~`]+/g;

/**
 * The words a reader sees in a range: markup spans (sorted, non-overlapping) left out,
 * Markdown syntax dropped, white space collapsed. `links` gets the length of the words that
 * are links (a link's text, a bare URL) for the link density.
 */
const MAX_URL_WEIGHT = 24;
/** What a line without markup may still hold that visibleText removes or collapses. */
const PLAIN_NEEDS_WORK = /[*_~`\r\n\t\u00a0]|^[ \t]{0,3}[#>+\-•\d]| {2}/;

export function visibleText(text: string, range: Range, markup: readonly Markup[], from = 0): { text: string; linkChars: number; urlChars: number } {
  if (from >= markup.length || markup[from].start >= range.end) {
    // no markup here: most lines of most articles
    const plain = text.slice(range.start, range.end);
    if (!PLAIN_NEEDS_WORK.test(plain)) return { text: plain.trim(), linkChars: 0, urlChars: 0 };
  }
  let out = "";
  let linkChars = 0;
  let urlChars = 0;
  let at = range.start;
  let inLink = -1;
  for (let i = from; i < markup.length && markup[i].start < range.end; i++) {
    const m = markup[i];
    if (m.end <= range.start) continue;
    const piece = text.slice(at, Math.max(at, m.start));
    out += piece;
    if (inLink >= 0) linkChars += piece.length;
    if (m.kind === "link-open") inLink = out.length;
    if (m.kind === "link-target") inLink = -1;
    // a URL is one link, whatever its length: it weighs as a link of a few words
    if (m.kind === "url" || m.kind === "email") urlChars += Math.min(m.end - m.start, MAX_URL_WEIGHT);
    out += " ";
    at = Math.max(at, m.end);
  }
  out += text.slice(at, Math.max(at, range.end));
  const lines = out.split(/\r?\n/).map((l) => l.replace(LEAD_SYNTAX, "").replace(EMPHASIS, ""));
  return { text: lines.join(" ").replace(/[\s\u00a0]+/g, " ").trim(), linkChars, urlChars };
}
