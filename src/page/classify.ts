/**
 * Which blocks of a page are the article: jusText's two passes (Pomikálek 2011), adapted
 * to news read as text.
 *
 * 1. Context-free: each block on its own. Confident furniture (`bad`) — markup only, named
 *    markers (src/lexicon/boilerplate.ts), "Key: value" metadata, bylines, date stamps,
 *    breadcrumbs and share rows, link-dense rows, calls to action, disclaimers. Otherwise
 *    by length and stop-word density: `good` (running prose), `near` (a sentence, shorter or
 *    thinner), `short` (headings, fragments, captions: too short to judge alone).
 * 2. In context: a short block between two article blocks is article; between furniture
 *    (or the page's edge) it is furniture; a heading stays when article text follows it,
 *    and the page's title (its first heading) stays. After the article's last paragraph,
 *    the first piece of furniture opens the page's tail, and the rest goes with it; after
 *    a footer marker ("Related News", "Most read") the blocks are lists of other stories
 *    until running prose comes back. A label ending in ":" with nothing after it (the
 *    icons of a "Follow us:" row) is furniture.
 *
 * jusText drops short blocks at a page's edge and near-good blocks between boilerplate;
 * here a sentence is never dropped for its neighbours inside the article, because an
 * article's last short paragraph or its standfirst carries figures that a corpus could
 * spare and a claim extractor cannot.
 */
import { ISO_COUNTRIES } from "../lexicon/iso-countries.js";
import { BOILERPLATE_LINES, FOOTER_MARKERS } from "../lexicon/boilerplate.js";
import { DATELINE } from "../lexicon/datelines.js";
import {
  AD_KEYS,
  AUTHOR_KEYS,
  BYLINE_OPENERS,
  CTA_VERBS,
  DISCLAIMERS,
  META_KEYS,
  NAV_SEPARATORS,
  PAGE_PARTS,
  PROMO_OBJECTS,
  REPORTED,
  SHARE_GLUE,
  TITLE_KEYS,
  SHARE_WORDS,
} from "../lexicon/page.js";
import { COMMON_WORDS, GIVEN_NAMES, SURNAMES } from "../lexicon/names.js";
import { STOPWORDS } from "../lexicon/stopwords.js";
import { MONTHS, WEEKDAYS } from "../lexicon/time.js";
import type { SkipReason } from "../schema.js";
import type { LinePattern, PageMeta } from "../pipeline/types.js";
import { calendarDate, isDateStamp, isReadingTime } from "./dates.js";

/** What the classifier reads of a block. */
export interface BlockView {
  /** the words a reader sees (markup and Markdown syntax left out) */
  visible: string;
  /** share of the rendered characters that are links or URLs */
  linkDensity: number;
  /** the visible words' length with the URLs shown */
  renderedLength: number;
  markdownHeading: boolean;
  markupOnly: boolean;
  /** the whole block is set in emphasis (a note, a caption, a disclaimer) */
  emphasised: boolean;
  /** the block is front matter */
  frontMatter: boolean;
  /** the block's raw text, for the user's patterns */
  raw: string;
}

type BlockClass = "good" | "near" | "short" | "bad";

export interface Verdict {
  cls: BlockClass;
  /** for `bad` blocks: the kind of furniture */
  reason: SkipReason | null;
  /** the rule that decided, for debugging and tests */
  rule: string;
  heading: boolean;
  /** what a metadata block or byline says */
  meta?: Partial<PageMeta>;
}

/** Thresholds, after jusText's defaults (length 70/200, stop words 0.30/0.32), tuned for news. */
const GOOD_LENGTH = 80;
const GOOD_STOPWORDS = 0.25;
const NEAR_STOPWORDS = 0.1;
const LONG_NEAR_LENGTH = 150;
const SHORT_LENGTH = 70;
const MAX_LINK_DENSITY = 0.4;
const MAX_SHORT_LINK_DENSITY = 0.2;
const MAX_HEADING_WORDS = 16;
const MAX_LABEL_VALUE_WORDS = 16;
/** A sentence's end, with the closing mark some publications set after an article's last word ("■"). */
const SENTENCE_END = /[.!?…]["”’')\]]*(?:\s?[■▪◼□∎◆●])?$/;

export function classifyBlocks(views: readonly BlockView[], patterns: readonly LinePattern[]): Verdict[] {
  const verdicts = views.map((v) => contextFree(v, patterns));
  inContext(verdicts, views);
  return verdicts;
}

// ---------- context-free ----------

function bad(reason: SkipReason, rule: string, meta?: Partial<PageMeta>): Verdict {
  return { cls: "bad", reason, rule, heading: false, ...(meta ? { meta } : {}) };
}

function contextFree(b: BlockView, patterns: readonly LinePattern[] = []): Verdict {
  const v = b.visible;
  if (b.frontMatter) return bad("metadata", "front matter");
  if (b.markupOnly || !v) return bad("markup", "markup only");
  if (patterns.some((re) => re.test(b.raw) || re.test(v))) return bad("boilerplate", "config pattern");
  if (v.length <= 60 && FOOTER_MARKERS.some((r) => r.match.test(v))) return bad("navigation", "footer marker");
  if (v.length <= 200) {
    const named = BOILERPLATE_LINES.find((r) => r.match.test(v));
    if (named) return bad(named.kind, named.reason);
  }
  const words = wordsOf(v);
  const by = byline(v);
  if (by) return bad("byline", "byline", by);
  if (isDateStamp(v)) return bad("metadata", "date stamp", { date: calendarDate(v) });
  if (isReadingTime(v)) return bad("metadata", "reading time");
  if (sentencesOf(v).every(isPromotion)) return bad("boilerplate", "call to action");
  const label = metadataLabel(v, b.raw);
  if (label) return label;
  if (isBreadcrumb(v) || isShareRow(words)) return bad("navigation", "navigation row");
  if (b.linkDensity > (b.renderedLength < SHORT_LENGTH ? MAX_SHORT_LINK_DENSITY : MAX_LINK_DENSITY)) return bad("navigation", "link density");
  if (DISCLAIMERS.test(v)) return bad("boilerplate", "disclaimer");
  const heading = b.markdownHeading || isHeading(v);
  if (heading && words.length <= 4 && words.every((w) => PAGE_PARTS.has(w))) return bad("boilerplate", "page-part label");

  const stop = stopDensity(words);
  const ends = SENTENCE_END.test(v);
  if (v.length >= GOOD_LENGTH && stop >= GOOD_STOPWORDS && ends && !b.emphasised && !heading) return { cls: "good", reason: null, rule: "prose", heading: false };
  if (((ends || v.endsWith(":")) && words.length >= 4 && stop >= NEAR_STOPWORDS && !heading) || (v.length >= LONG_NEAR_LENGTH && stop >= 0.2)) {
    return { cls: "near", reason: null, rule: "sentence", heading: false };
  }
  return { cls: "short", reason: null, rule: "short", heading };
}

/** The words of a block, lower case, without the marks around them (the classifier's own view: blocks are read before tokens exist). */
function wordsOf(v: string): string[] {
  const out: string[] = [];
  const lower = v.toLowerCase();
  const text = lower.includes("’") || lower.includes("‘") ? lower.replace(/[’‘]/g, "'") : lower;
  for (const raw of text.split(/\s+/)) {
    let a = 0;
    let b = raw.length;
    while (a < b && !isAlnum(raw, a)) a++;
    while (b > a && !isAlnum(raw, b - 1)) b--;
    if (b > a) out.push(a === 0 && b === raw.length ? raw : raw.slice(a, b));
  }
  return out;
}

function isAlnum(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return /[\p{L}\p{N}]/u.test(w[i]);
}

function stopDensity(words: readonly string[]): number {
  if (!words.length) return 0;
  let n = 0;
  for (const w of words) if (STOPWORDS.has(w) || (w.endsWith("'s") && STOPWORDS.has(w.slice(0, -2)))) n++;
  return n / words.length;
}

/** More than `max` words (runs of non-space) in a line? Stops counting at max + 1. */
function moreWordsThan(t: string, max: number): boolean {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const space = t.charCodeAt(i) <= 32;
    if (!space && !inWord && ++n > max) return true;
    inWord = !space;
  }
  return false;
}

/** A heading is a short line without final punctuation. */
function isHeading(line: string): boolean {
  const t = line.trim();
  if (!t || moreWordsThan(t, MAX_HEADING_WORDS) || DATELINE.test(t)) return false;
  // a final period ends a sentence, unless it belongs to an acronym ("… Against U.S.")
  if (/[!?:;,]$/.test(t) || (/\.$/.test(t) && !/(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(t))) return false;
  if (/[.!?]["”’]$/.test(t)) return false;
  return /^[\p{Lu}\p{N}"“‘'$£€]/u.test(t);
}

/**
 * "By Jane Doe", "By Staff Writer | Published March 3, 2025", "Reporting by Jane Doe and
 * John Roe; Editing by …" — the opener, capitalised names, and after a separator a role,
 * a site or a date.
 *   must not: "By March, prices had risen 5%.", "By contrast, …", "By 2030 …", "By Lagarde's own admission …"
 */
export function byline(v: string): Partial<PageMeta> | null {
  if (v.length > 160) return null;
  const open = BYLINE_OPENERS.exec(v);
  let rest: string;
  if (open) rest = v.slice(open[0].length);
  else {
    const label = /^([\p{L} ]{2,20}?)\s*:\s*(.+)$/u.exec(v);
    if (!label || !AUTHOR_KEYS.has(lastWord(label[1]))) return null;
    rest = label[2];
  }
  const tokens = rest.split(/\s+/);
  const name: string[] = [];
  let i = 0;
  for (; i < tokens.length && name.length < 10; i++) {
    const t = tokens[i];
    const bare = t.replace(/(?<![,;|])[,;|]+$/, "");
    const low = bare.toLowerCase();
    const joins = (low === "and" || low === "&") && name.length > 0;
    const capital = /^\p{Lu}/u.test(bare) && !/\d/.test(bare) && !(low in MONTHS) && !(low in WEEKDAYS);
    const particle = name.length > 0 && /^(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|al|el|ibn|dos|das)$/.test(low);
    if (!capital && !joins && !particle) break;
    name.push(bare);
    if (bare !== t) {
      i++;
      break; // "Jane Doe," or "Jane Doe;" ends the name
    }
  }
  while (name.length && /^(?:and|&)$/i.test(name[name.length - 1])) name.pop();
  if (!name.length) return null;
  const after = tokens.slice(i).join(" ");
  const separated = i > 0 && /[,;|]$/.test(tokens[i - 1]);
  if (after && !separated && !/^[|•·–—-]/.test(after)) return null;
  if (wordsOf(after).length > 12 || (/[.!?]$/.test(after) && !isDateStamp(after) && wordsOf(after).length > 3)) return null;
  return { author: name.join(" "), date: calendarDate(after) };
}

function lastWord(key: string): string {
  const words = wordsOf(key.replace(/\([^()]*\)/g, " "));
  return words[words.length - 1] ?? "";
}

/**
 * A "Key: value" line of page metadata: the key a metadata field ("Category", "Published",
 * "Scraped (UTC)", "Impact Rating"), the value short. An author key makes a byline, an
 * advertising key an advertisement whatever follows.
 *   must not: "Note: figures are in 2024 dollars.", "He said: …", "Kazem Jalali:"
 */
function metadataLabel(v: string, raw: string = v): Verdict | null {
  const m = /^([^:]{1,40}?)\s*:\s*(.*)$/s.exec(v);
  if (!m) return null;
  const keyWords = m[1].trim().split(/\s+/);
  if (keyWords.length > 4 || /[,;.!?"“”]/.test(m[1])) return null;
  const shaped = keyWords.every((w) => /^(?:\p{Lu}|\(|&)/u.test(w) || /^(?:of|and|the|in|to|per|for|by)$/.test(w));
  const key = lastWord(m[1]);
  const value = m[2].trim();
  const lowerKey = keyWords.length === 1 && /^\p{Ll}/u.test(m[1]);
  if (!shaped && !(lowerKey && (META_KEYS.has(key) || AUTHOR_KEYS.has(key) || AD_KEYS.has(key)))) return null;
  if (AD_KEYS.has(key)) return bad("boilerplate", "advertisement label");
  if (TITLE_KEYS.has(key) && keyWords.length === 1 && value) return bad("metadata", "title label", { title: value });
  const valueWords = wordsOf(value).length;
  if (valueWords > MAX_LABEL_VALUE_WORDS || (/[.!?]$/.test(value) && valueWords >= 6)) return null;
  if (AUTHOR_KEYS.has(key)) return bad("byline", "author label", { author: value.replace(/\s+/g, " ") || null });
  if (META_KEYS.has(key)) return bad("metadata", "metadata label", { date: /\d{4}/.test(value) ? calendarDate(value) : null });
  // a value that is itself metadata: a rating, a date, nothing (its URL was markup)
  // (a label with nothing after it is metadata only where markup was cut from it: in plain
  // text "Scorers:" or "Tour itinerary:" introduces the lines that follow)
  if ((!value && raw.trim() !== v.trim()) || /^\d+(?:\.\d+)?\s*\/\s*\d+$/.test(value) || isDateStamp(value)) return bad("metadata", "metadata value");
  return null;
}

/**
 * A person's name alone, perhaps with a role or an outlet after a comma or a bar: a given
 * name first (from the name lexicon), two to four capitalised words.
 *   catches: "Jane Doe", "Jane Doe, Energy correspondent", "Aarav Shah | Mumbai"
 *   must not: "Oil Prices Rise", "Kazem Jalali Speaks" (a verb), "Market Reaction"
 */
function nameLine(v: string): string | null {
  const [name, ...rest] = v.split(/(?<!\s)\s*[,|•·–—]\s*/);
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4 || rest.join(" ").split(/\s+/).length > 6) return null;
  if (!GIVEN_NAMES.has(tokens[0].toLowerCase()) || COUNTRY_NAMES.has(name)) return null;
  if (!tokens.every((t) => /^\p{Lu}[\p{L}'’.-]*$/u.test(t))) return null;
  if (tokens.slice(1).some((t) => COMMON_WORDS.has(t.toLowerCase()) && !SURNAMES.has(t.toLowerCase()))) return null;
  return name;
}

/** "Sri Lanka" opens with a given name too: a country is no one's byline. */
const COUNTRY_NAMES: ReadonlySet<string> = new Set(Object.values(ISO_COUNTRIES).flat());

/** "Home › World › Asia", "Finance & economics | Futile fortress": short items between separators. */
function isBreadcrumb(v: string): boolean {
  if (!NAV_SEPARATORS.test(v) || wordsOf(v).length > 16) return false;
  const parts = v.split(/\s(?:\||›|»|>|\/|•|·|–|—)\s/);
  const dashes = (v.match(/\s[–—]\s/g) ?? []).length;
  if (dashes && dashes === parts.length - 1 && parts.length < 3) return false;
  // items are words ("Home › World"), not the one-letter columns of a table ("W D L G / F G / A P")
  if (parts.filter((p) => /\p{L}{3}/u.test(p)).length * 2 < parts.length) return false;
  return parts.every((p) => wordsOf(p).length <= 4 && !/[.!?]$/.test(p.trim()));
}

/** "Facebook Twitter LinkedIn Email", "Share on WhatsApp": names of buttons only. */
function isShareRow(words: readonly string[]): boolean {
  if (!words.length) return false;
  let buttons = 0;
  for (const w of words) {
    if (SHARE_WORDS.has(w)) buttons++;
    else if (!SHARE_GLUE.has(w)) return false;
  }
  return buttons >= 2 || (buttons >= 1 && words.length <= 3);
}

/** Rough sentences of a block, enough to tell whether every one of them is a call to action. */
export function sentencesOf(v: string): string[] {
  return v.split(/(?<=[.!?…])["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/u).filter((s) => s.trim());
}

/**
 * A call to action: a clause that opens with an imperative to the reader (or "X can …")
 * and promotes the publisher's channels or offers.
 *   catches: "Sign up to our weekly newsletter.", "Readers in the UK can sign up here.",
 *            "For more analysis, sign up to Money Talks, our newsletter.", "Get 50% off your first year!",
 *            "Follow Example News:"
 *   must not: "Investors can sign up for the bond offer, the bank said.", "Get ready for higher rates, analysts warn."
 */
export function isPromotion(sentence: string): boolean {
  const s = sentence.trim();
  if (!s || s.length > 300 || REPORTED.test(s)) return false;
  const clauses = s.split(/[,;:—–]\s+|(?<!\s)\s+-\s+/);
  const imperative = clauses.some((c) => CTA_VERBS.test(c.trim()));
  const modal = /\b(?:can|may|should|must)\s+(?:now\s+|also\s+)?(?:sign up|subscribe|register|follow|download|listen|watch|read|join)\b/i.test(s);
  if (!imperative && !modal) return false;
  if (CTA_VERBS.test(s) && s.endsWith(":") && wordsOf(s).length <= 8) return true;
  return PROMO_OBJECTS.test(s);
}

// ---------- in context ----------

const anchor = (c: BlockClass) => c === "good" || c === "near";
/** Furniture that does not break the article's flow: an image, an ad slot between paragraphs. */
const transparent = (v: Verdict) => v.cls === "bad" && (v.reason === "markup" || v.rule === "page widget" || v.rule === "media caption");

function inContext(vs: Verdict[], views: readonly BlockView[]): void {
  const drop = (i: number, reason: SkipReason, rule: string) => {
    vs[i] = { cls: "bad", reason, rule, heading: false };
  };
  // after a footer marker: lists of other stories, until running prose comes back
  for (let i = 0; i < vs.length; i++) {
    if (vs[i].rule !== "footer marker") continue;
    for (let j = i + 1; j < vs.length && vs[j].cls !== "good" && vs[j].rule !== "footer marker"; j++) if (vs[j].cls !== "bad") drop(j, "navigation", "after footer marker");
  }
  const goods = vs.flatMap((v, i) => (v.cls === "good" ? [i] : []));
  const anchors = goods.length ? goods : vs.flatMap((v, i) => (v.cls === "near" ? [i] : []));
  if (!anchors.length) return; // nothing to judge by: keep what is not furniture by itself
  const first = anchors[0];
  const last = anchors[anchors.length - 1];

  // above the article, a line that is only a person's name (and a role) is its byline: "Jane Doe, Energy correspondent"
  const title = vs.findIndex((v) => v.cls !== "bad");
  for (let i = title + 1; i < first; i++) {
    const author = vs[i].cls === "short" ? nameLine(views[i].visible) : null;
    if (author) vs[i] = { ...bad("byline", "name line", { author }) };
  }
  // a block cut from the one before it mid-sentence (a page break, an image between) is its continuation
  for (let i = 1; i < vs.length; i++) {
    const prev = neighbour(vs, i, -1);
    if (prev < 0 || vs[prev].cls === "bad" || vs[i].cls === "bad" || !/^\p{Ll}/u.test(views[i].visible)) continue;
    if (SENTENCE_END.test(views[prev].visible) || views[prev].visible.endsWith(":")) continue;
    vs[i] = { ...vs[i], cls: vs[prev].cls === "short" ? "near" : vs[prev].cls, rule: "continuation", heading: false };
  }
  // a label with nothing after it: the icons it introduced were images
  for (let i = 0; i < vs.length; i++) {
    if (vs[i].cls === "bad" || !views[i].visible.endsWith(":")) continue;
    const next = neighbour(vs, i, 1);
    if (next < 0 || vs[next].cls === "bad") drop(i, "boilerplate", "dangling label");
  }

  // runs of short blocks take their class from their neighbours
  for (let i = 0; i < vs.length; ) {
    if (vs[i].cls !== "short") {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < vs.length && vs[j + 1].cls === "short") j++;
    const left = neighbour(vs, i, -1);
    const right = neighbour(vs, j, 1);
    // the text's own edges say nothing: a page that ends in furniture has furniture blocks there
    // (plain article text ends where the article does: its last short lines are the article's)
    const l0 = left >= 0 && anchor(vs[left].cls);
    const r0 = right >= 0 && anchor(vs[right].cls);
    const l = left >= 0 ? l0 : r0;
    const r = right >= 0 ? r0 : l0;
    // a table or a listing that goes on from the article (results, standings, scores, an
    // itinerary): most of its lines hold figures, which menus and link lists do not
    let data = 0;
    for (let k = i; k <= j; k++) if (isDataLine(views[k].visible)) data++;
    const table = l && k0AfterFirst(i, first) && data * 2 >= j - i + 1 && data >= 1;
    for (let k = i; k <= j; k++) {
      // the first block of the text that is not furniture is its title, a headline even with a full stop
      const keep = table || k === title || (k < first ? vs[k].heading || l || r : (l && r) || (r && vs[k].heading));
      if (!keep) drop(k, "boilerplate", "short among furniture");
    }
    i = j + 1;
  }

  // the page's tail: after the article's last paragraph, the first furniture takes the rest
  const tail = vs.findIndex((v, i) => i > last && v.cls === "bad" && !transparent(v));
  if (tail >= 0) for (let i = tail + 1; i < vs.length; i++) if (vs[i].cls !== "bad") drop(i, "boilerplate", "page tail");
}

const k0AfterFirst = (i: number, first: number) => i > first;

/** A line of a table: a few words with a figure among them ("Pohang 3 Ulsan 2", "NEW YORK 74 59 .556"). */
function isDataLine(v: string): boolean {
  return /\d/.test(v) && !moreWordsThan(v, 60);
}

/** The nearest block in a direction that is not transparent furniture, or -1. */
function neighbour(vs: readonly Verdict[], i: number, step: 1 | -1): number {
  for (let k = i + step; k >= 0 && k < vs.length; k += step) if (!transparent(vs[k])) return k;
  return -1;
}
