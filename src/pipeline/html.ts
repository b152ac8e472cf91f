/**
 * HTML → article text. The page is parsed by linkedom and its article found by Mozilla's
 * Readability (the reader view of Firefox), which drops navigation, ads, related links
 * and comments. Block elements become paragraph breaks. The title and the publication
 * date (`article:published_time`, the reference date) come from the page's meta tags.
 *
 * Both libraries are loaded on the first HTML input only: most runs are plain text, and
 * loading them costs start-up time.
 */
import { createRequire } from "node:module";
import { InputError, isCalendarDate } from "./problems.js";
import { FURNITURE_CLASS_WORDS, FURNITURE_ROLES } from "../lexicon/page.js";
import type { Normalized } from "./types.js";

/** The little of the DOM used here (linkedom implements it; no DOM lib in tsconfig). */
interface DomNode {
  nodeType: number;
  tagName?: string;
  data?: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(sel: string): DomNode | null;
  remove(): void;
}
interface Document {
  documentElement: DomNode | null;
  body: DomNode | null;
  querySelector(sel: string): DomNode | null;
  querySelectorAll(sel: string): Iterable<DomNode>;
}

interface Libs {
  parseHTML: (html: string) => { document: Document };
  Readability: new (doc: Document, opts?: { charThreshold?: number; maxElemsToParse?: number }) => {
    parse(): { title?: string | null; content?: string | null; publishedTime?: string | null; byline?: string | null } | null;
  };
}

let libs: Libs | null = null;
function load(): Libs {
  if (!libs) {
    const require = createRequire(import.meta.url);
    libs = { parseHTML: require("linkedom").parseHTML, Readability: require("@mozilla/readability").Readability };
  }
  return libs;
}

/** Elements whose text is never article text. */
const DROP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "CANVAS", "HEAD", "BUTTON", "SELECT", "TEXTAREA"]);
/** Elements that start a new paragraph. */
const BLOCK = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "NAV", "H1", "H2", "H3", "H4", "H5", "H6",
  "LI", "UL", "OL", "DL", "DT", "DD", "TABLE", "TR", "BLOCKQUOTE", "FIGURE", "FIGCAPTION", "PRE", "HR", "ADDRESS", "FORM", "BODY",
]);
/** Elements the fallback (no article found) leaves out as page chrome. */
const CHROME = new Set(["NAV", "FOOTER", "HEADER", "ASIDE", "FORM"]);

export function htmlToText(html: string): Normalized {
  const { parseHTML, Readability } = load();
  let document: Document;
  try {
    document = parseHTML(html).document;
    // a fragment without <html> (or nothing at all) leaves no document element to query
    if (!document.documentElement) document = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document;
  } catch (e) {
    throw new InputError("html", `cannot parse HTML: ${(e as Error).message}`);
  }
  const metaTitle = meta(document, ["og:title", "twitter:title"]);
  const docTitle = clean(document.querySelector("title")?.textContent ?? "");
  const published = meta(document, ["article:published_time", "og:published_time", "datepublished", "pubdate", "date"]);
  let author = meta(document, ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"]) ?? bylineOf(document);

  let root: DomNode | null = null;
  let found = false;
  let title: string | null = metaTitle || docTitle || null;
  let date = published && isCalendarDate(published) ? published.slice(0, 10) : null;
  // Readability's passes grow with depth times size; real pages nest a few dozen deep
  if (depth(document as unknown as DomNode, MAX_READABLE_DEPTH) <= MAX_READABLE_DEPTH) {
    try {
      removeFurniture(document);
      const article = new Readability(document, { maxElemsToParse: 10_000 }).parse();
      if (article?.content) {
        root = parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document.body;
        found = true;
        if (!metaTitle && article.title) title = clean(article.title);
        if (!date && article.publishedTime && isCalendarDate(article.publishedTime)) date = article.publishedTime.slice(0, 10);
        author ??= article.byline ? authorOf(article.byline) : null;
      }
    } catch {
      // Readability gives up on some pages (too many elements, odd trees): take the body
    }
    // Readability takes the page apart as it goes: read the body again
    if (!root) document = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document;
  }
  if (!root) root = document.body ?? (document as unknown as DomNode);
  const text = root ? blockText(root, found ? null : CHROME) : "";
  const withTitle = title && !text.startsWith(title) ? (text ? `${title}\n\n${text}` : title) : text;
  return { text: withTitle, title, date, author: author && !/^https?:/.test(author) ? author : null, errors: [] };
}

/**
 * Page furniture taken out before Readability looks for the article: elements whose class,
 * id or role names an ad slot, a sponsored box, a share bar, a sign-up, a cookie banner, a
 * related list or a menu (Readability spares some of them: "article-ad" looks like content
 * to it), and hidden elements. An element that holds the article itself (its <article>,
 * <main> or <h1>, or most of the page's text) is a wrapper, and stays.
 */
function removeFurniture(document: Document): void {
  const body = document.body;
  if (!body) return;
  const total = (body.textContent ?? "").length;
  const marked = [...document.querySelectorAll("[class], [id], [role], [hidden], [aria-hidden], [style], nav, aside, form")].filter(isFurniture);
  for (const el of marked) {
    if (el.querySelector("article, main, h1, [itemprop=articleBody]")) continue;
    if ((el.textContent ?? "").length > total * 0.4) continue;
    el.remove();
  }
}

function isFurniture(el: DomNode): boolean {
  const tag = (el.tagName ?? "").toUpperCase();
  if (tag === "BODY" || tag === "HTML" || tag === "ARTICLE" || tag === "MAIN") return false;
  if (tag === "NAV" || tag === "ASIDE" || tag === "FORM") return true;
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute("style") ?? "")) return true;
  if (FURNITURE_ROLES.has((el.getAttribute("role") ?? "").toLowerCase())) return true;
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  return classWords(names).some((w) => FURNITURE_CLASS_WORDS.has(w));
}

/** "article-ad promoBox story_share" → article, ad, promo, box, story, share. */
function classWords(names: string): string[] {
  return names
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The byline element's author, read before the furniture goes. */
function bylineOf(document: Document): string | null {
  const el = document.querySelector('[rel="author"], [itemprop="author"], .byline, .author, [class*="byline"]');
  const text = clean(el?.textContent ?? "");
  return text && text.length <= 100 ? authorOf(text) : null;
}

/** "By Jane Doe | April 8, 2024" → "Jane Doe". */
function authorOf(byline: string): string | null {
  const name = clean(byline)
    .replace(/^(?:by|written by|words by|story by)\s+/i, "")
    .split(/(?<!\s)\s*[|•·–—]|(?<!\s)\s+-\s|,(?=\s*(?:\d|updated|published))/i)[0]
    .trim();
  return name && name.length <= 80 ? name : null;
}

/** Deeper pages skip Readability: its cost grows with depth, and no article nests so deep. */
const MAX_READABLE_DEPTH = 150;

/** The depth of a tree, counted no further than `limit` + 1. */
function depth(root: DomNode | null, limit: number): number {
  if (!root) return 0;
  let max = 0;
  const stack: [DomNode, number][] = [[root, 1]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > limit) return max;
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i].nodeType === 1) stack.push([kids[i], d + 1]);
  }
  return max;
}

function clean(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function meta(document: Document, names: string[]): string | null {
  for (const el of document.querySelectorAll("meta")) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").toLowerCase();
    if (!names.includes(key)) continue;
    const content = clean(el.getAttribute("content") ?? "");
    if (content) return content;
  }
  return null;
}

/**
 * The text of a tree, paragraph by paragraph. Walked with an explicit stack, not by
 * recursion: a hostile page nests elements tens of thousands deep.
 */
function blockText(root: DomNode, skip: Set<string> | null): string {
  const out: string[] = [];
  const stack: (DomNode | "break")[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === "break") {
      out.push("\n\n");
      continue;
    }
    if (n.nodeType === 3) {
      out.push((n.data ?? "").replace(/\s+/g, " "));
      continue;
    }
    if (n.nodeType !== 1) continue;
    const tag = (n.tagName ?? "").toUpperCase();
    if (DROP.has(tag) || (skip?.has(tag) && n !== root)) continue;
    if (tag === "BR") {
      out.push("\n");
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      out.push("\n\n");
      stack.push("break");
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out
    .join("")
    .replace(/ {2,}/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
