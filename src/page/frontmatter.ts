/**
 * Front matter: the block of page metadata that static-site generators and scrapers put
 * before a Markdown article — YAML between `---` fences (Jekyll, Hugo, Astro) or TOML between
 * `+++` fences (Hugo, Zola). Its `title`, `date` and `author` describe the article; the rest
 * (tags, layout, excerpt, image paths) is page furniture. The block stays in the text: it
 * becomes one skipped span, and nothing inside it yields a mention.
 *   catches: "---\ntitle: X\ndate: 2025-08-12\n---\n", "+++\ntitle = \"X\"\n+++\n"
 *   must not: a Markdown rule "---" further down the page, a fence that never closes
 */
import { createRequire } from "node:module";
import { calendarDate } from "./dates.js";
import type { Range } from "../pipeline/types.js";

export interface FrontMatter extends Range {
  title: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  author: string | null;
}

/** The longest front matter read: a block longer than this is not page metadata. */
const MAX_FRONT_MATTER = 16_384;
const FENCE = /^(-{3}|\+{3})[ \t]*\r?\n/;
const DATE_KEYS = ["date", "published", "pubdate", "publishdate", "datepublished", "created"];
const AUTHOR_KEYS = ["author", "authors", "byline", "creator"];

export function frontMatter(text: string): FrontMatter | null {
  const open = FENCE.exec(text);
  if (!open) return null;
  const fence = open[1];
  const head = text.slice(0, MAX_FRONT_MATTER);
  // the closing fence: the same three characters alone on a line
  const close = new RegExp(`\\r?\\n${fence === "---" ? "(?:---|\\.\\.\\.)" : "\\+\\+\\+"}[ \\t]*(?:\\r?\\n|$)`, "g");
  close.lastIndex = open[0].length - 1;
  const m = close.exec(head);
  if (!m) return null;
  const body = text.slice(open[0].length, m.index);
  const fields = fence === "---" ? yamlFields(body) : tomlFields(body);
  if (!fields) return null;
  return { start: 0, end: m.index + m[0].replace(/\r?\n$/, "").length, ...pick(fields) };
}

function pick(fields: Record<string, unknown>): Omit<FrontMatter, "start" | "end"> {
  const lower = new Map(Object.entries(fields).map(([k, v]) => [k.toLowerCase(), v]));
  const first = (keys: string[]) => keys.map((k) => lower.get(k)).find((v) => v != null && v !== "");
  const title = first(["title"]);
  const date = first(DATE_KEYS);
  const author = first(AUTHOR_KEYS);
  return {
    title: typeof title === "string" && title.trim() ? title.trim() : null,
    date: date instanceof Date ? date.toISOString().slice(0, 10) : typeof date === "string" ? calendarDate(date) : null,
    author: names(author),
  };
}

/** An author field: a name, a list of names, or `{name: …}` objects. */
function names(v: unknown): string | null {
  const list = Array.isArray(v) ? v : [v];
  const out = list
    .map((x) => (typeof x === "string" ? x : x && typeof x === "object" && typeof (x as { name?: unknown }).name === "string" ? (x as { name: string }).name : ""))
    .map((s) => s.trim())
    .filter(Boolean);
  return out.length ? out.join(", ") : null;
}

/** The YAML parser, loaded on the first front matter only: most inputs have none. */
let parseYaml: ((src: string, options: { maxAliasCount: number }) => unknown) | null = null;

function yamlFields(body: string): Record<string, unknown> | null {
  parseYaml ??= (createRequire(import.meta.url)("yaml") as { parse: typeof parseYaml }).parse;
  try {
    const v = parseYaml!(body, { maxAliasCount: 50 });
    if (v == null) return {};
    return typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    // a broken block is still page furniture; keep what a line-by-line reading finds
    return lineFields(body, /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/);
  }
}

/** TOML: the top-level `key = value` lines (strings, dates, arrays of strings). */
function tomlFields(body: string): Record<string, unknown> {
  const top = body.split(/\r?\n\[/)[0];
  return lineFields(top, /^([A-Za-z_][\w-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/);
}

function lineFields(body: string, line: RegExp): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const l of body.split(/\r?\n/)) {
    const kv = line.exec(l);
    if (!kv) continue;
    const raw = kv[2];
    out[kv[1]] = raw.startsWith("[") ? [...raw.matchAll(/["']([^"'\n]*)["']/g)].map((x) => x[1]) : raw.replace(/^["']|["']$/g, "");
  }
  return out;
}
