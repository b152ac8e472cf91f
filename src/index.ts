/**
 * The library: `extract(text, options)` runs the whole pipeline on one article and
 * returns its validated document. Pure: no file, network or process access.
 *
 *   normalise → segment → tag → extract → document
 */
import { buildDocument } from "./pipeline/document.js";
import { extractClaims } from "./pipeline/extract.js";
import { decode, normalize, type InputFormat } from "./pipeline/normalize.js";
import { segment } from "./pipeline/segment.js";
import { tag } from "./pipeline/tag.js";
import { EMPTY_CONFIG, type Config, type RefDate } from "./pipeline/types.js";
import type { ClaimsDocument } from "./schema.js";

export interface ExtractOptions {
  /** publication date YYYY-MM-DD: resolves "last year", "last Friday", "in March" */
  date?: string | null;
  /** the input's path, reported as `source.path` */
  path?: string | null;
  /** how to read the input; guessed from its first characters when absent */
  format?: InputFormat;
  /** extra actors and boilerplate patterns (see loadConfig) */
  config?: Config;
  /** the article's title when the input gives it apart from the text (a JSONL record) */
  title?: string | null;
  /** a JSONL record's id and line number, reported as `source.id` and `source.line` */
  id?: string | null;
  line?: number | null;
}

/** Run the pipeline on one article's text. */
export function extract(text: string, options: ExtractOptions = {}): ClaimsDocument {
  const norm = normalize(text, options.format);
  const date = options.date ?? norm.date;
  const refDate = date ? parseRefDate(date) : null;
  const config = options.config ?? EMPTY_CONFIG;
  const seg = segment(norm.text, config);
  const tags = tag(seg, refDate, config);
  const ex = extractClaims(seg, tags);
  return buildDocument(norm, seg, ex, {
    path: options.path ?? null,
    date: refDate ? formatRefDate(refDate) : null,
    title: options.title ?? null,
    id: options.id ?? null,
    line: options.line ?? null,
  });
}

/** Decode bytes (UTF-8, UTF-16 with BOM) and run the pipeline; throws InputError. */
export function extractBytes(bytes: Uint8Array, options: ExtractOptions = {}): ClaimsDocument {
  return extract(decode(bytes), options);
}

/** "2024-05-20" → {year, month, day}; throws RangeError on anything else. */
export function parseRefDate(s: string): RefDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(s.trim());
  if (!m) throw new RangeError(`not a date (want YYYY-MM-DD): ${JSON.stringify(s)}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new RangeError(`no such date: ${s}`);
  }
  return { year, month, day };
}

export function formatRefDate(d: RefDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

export { decode, InputError, normalize } from "./pipeline/normalize.js";
export { jsonSchema, ClaimsDocument as DocumentSchema, ErrorDocument as ErrorDocumentSchema } from "./schema.js";
export type * from "./schema.js";
export type { Config, ExtraActor } from "./pipeline/types.js";
export type { InputFormat } from "./pipeline/normalize.js";
