/**
 * The library: `extract(text, options)` runs the whole pipeline on one article and
 * returns its validated document. Pure: no file, network or process access.
 *
 *   normalise → segment → tokenize → tag → resolve → quotes → claims → document
 *   (the order and its reasons: conductor.ts)
 */
import { runPipeline, type Observer } from "./conductor.js";
import { decode, type InputFormat } from "./pipeline/normalize.js";
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
  /** told how long each stage took (the benchmark's stage table); no effect on the output */
  observe?: Observer;
}

/** Run the pipeline on one article's text. */
export function extract(text: string, options: ExtractOptions = {}): ClaimsDocument {
  return extractWithText(text, options).doc;
}

/**
 * Run the pipeline, and give the normalised text beside the document: the text its
 * offsets point into (for a view that shows the article, with line and column of a claim).
 */
export function extractWithText(text: string, options: ExtractOptions = {}): { doc: ClaimsDocument; text: string } {
  return runPipeline(text, {
    refDate: (fromInput) => {
      const date = options.date ?? fromInput;
      return date ? parseRefDate(date) : null;
    },
    formatDate: formatRefDate,
    path: options.path ?? null,
    format: options.format,
    config: options.config ?? EMPTY_CONFIG,
    title: options.title ?? null,
    id: options.id ?? null,
    line: options.line ?? null,
    observe: options.observe,
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
export { errorDocument, jsonSchema, ClaimsDocument as DocumentSchema, ErrorDocument as ErrorDocumentSchema } from "./schema.js";
export type * from "./schema.js";
export type { Config, ExtraActor } from "./pipeline/types.js";
export type { InputFormat } from "./pipeline/normalize.js";
