/**
 * Reading sources into the articles they hold: a text, Markdown or HTML file is one
 * article; a JSONL source (a `.jsonl` file, or any input with `--input-format jsonl`) is one
 * article per record (`{"id", "text", "title", "date"}`), read and decoded line by line so
 * that a file or a stdin stream of any size streams in constant memory. Stdin is JSONL only
 * when told so: it is never guessed from its content. Problems become error records with
 * the SPEC §4 codes.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { decode, sniffFormat, type InputFormat } from "../pipeline/normalize.js";
import { InputError, isCalendarDate } from "../pipeline/problems.js";
import type { ProblemRecord } from "../schema.js";
import { readLines } from "./lines.js";
import type { Source } from "./sources.js";

export interface Article {
  path: string;
  text: string;
  format: InputFormat;
  date: string | null;
  title: string | null;
  /** a JSONL record's `id` (null without one) and line number; null for other inputs */
  id: string | null;
  line: number | null;
}

/** An input, or one record of it, that could not be read. */
export interface ReadFailure {
  path: string;
  error: ProblemRecord;
  id?: string | null;
  line?: number | null;
}

export type ReadResult = { article: Article } | ReadFailure;

/** `--input-format`: how inputs are read. `auto`: by extension (`.jsonl` is records), then by content. */
export const INPUT_FORMATS = ["auto", "text", "markdown", "html", "jsonl"] as const;
export type InputFormatOption = (typeof INPUT_FORMATS)[number];

/** JSONL files up to this size are read in one go rather than streamed. */
const SMALL_FILE = 1 << 20;

/** One article larger than this (in bytes, or UTF-16 units for a JSONL record) is refused with `too-large`. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  inputFormat?: InputFormatOption;
  /** the bytes of stdin, as they arrive */
  stdin?: () => AsyncIterable<Uint8Array>;
  /** told about an input that is read, but perhaps not as its owner meant */
  warn?: (path: string, message: string) => void;
}

/** The article format of one input: as `--input-format` says, else by extension, else by content. */
export function formatOf(file: string, text: string, option: InputFormatOption = "auto"): InputFormat {
  if (option === "text" || option === "markdown" || option === "html") return option;
  const ext = path.extname(file).toLowerCase();
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  return sniffFormat(text);
}

/** A source read record by record (JSONL) rather than as one article. */
export function isRecordSource(src: Source, option: InputFormatOption = "auto"): boolean {
  if (src.kind === "failed") return false;
  if (option === "jsonl") return true;
  return option === "auto" && src.kind === "file" && path.extname(src.path).toLowerCase() === ".jsonl";
}

/** Out of file descriptors: a passing state (other threads hold them), worth waiting out. */
const BUSY = new Set(["EMFILE", "ENFILE"]);
const RETRY_MS = [10, 40, 160, 640, 1280];

async function retrying<T>(f: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await f();
    } catch (e) {
      if (i >= RETRY_MS.length || !BUSY.has((e as NodeJS.ErrnoException).code ?? "")) throw e;
      await new Promise((r) => setTimeout(r, RETRY_MS[i]));
    }
  }
}

function retryingSync<T>(f: () => T): T {
  for (let i = 0; ; i++) {
    try {
      return f();
    } catch (e) {
      if (i >= RETRY_MS.length || !BUSY.has((e as NodeJS.ErrnoException).code ?? "")) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_MS[i]);
    }
  }
}

function tooLarge(p: string, size: number | string, max: number): ReadFailure {
  return { path: p, error: { code: "too-large", message: `${size} bytes, over the limit of ${max} for one article` } };
}

/** A failed read → its error record: ENOENT is `not-found`, everything else `unreadable`. */
export function readError(p: string, e: unknown): ReadFailure {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return { path: p, error: { code: "not-found", message: `no such file: ${p}` } };
  if (code === "EISDIR") return { path: p, error: { code: "unreadable", message: "a directory, not a file" } };
  if (code === "ELOOP") return { path: p, error: { code: "unreadable", message: "symlink loop (ELOOP)" } };
  return { path: p, error: { code: "unreadable", message: `cannot read: ${code ?? (e as Error).message}` } };
}

/** The articles of any source, in order: one, or one per record. */
export async function* readSource(src: Source, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  if (isRecordSource(src, opts.inputFormat)) {
    if (src.kind === "file") yield* readRecords(src.path, src.file, opts);
    else yield* recordsOf("-", opts.stdin?.() ?? [], opts);
  } else yield await readArticle(src, opts);
}

/** A source that holds one article (a file, or stdin read whole), read in this thread. */
export async function readArticle(src: Source, opts: ReadOptions = {}): Promise<ReadResult> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (src.kind === "failed") return { path: src.path, error: src.error };
  if (src.kind === "file") {
    try {
      const st = await retrying(() => stat(src.file));
      if (!st.isFile()) return { path: src.path, error: { code: "unreadable", message: "not a regular file" } };
      if (st.size > max) return tooLarge(src.path, st.size, max);
      return articleOf(src.path, await retrying(() => readFile(src.file)), max, opts.inputFormat);
    } catch (e) {
      return readError(src.path, e);
    }
  }
  let bytes: Uint8Array;
  let size = 0;
  try {
    // held up to the limit; past it, read to the end (the writer is not left blocked) and dropped
    const chunks: Uint8Array[] = [];
    for await (const c of opts.stdin?.() ?? []) {
      size += c.length;
      if (size <= max) chunks.push(c);
      else chunks.length = 0;
    }
    bytes = Buffer.concat(chunks);
  } catch (e) {
    return readError(src.path, e);
  }
  if (size > max) return tooLarge(src.path, size, max);
  const r = articleOf(src.path, bytes, max, opts.inputFormat);
  if ("article" in r && (opts.inputFormat ?? "auto") === "auto" && looksLikeJsonl(r.article.text)) {
    opts.warn?.(src.path, "this looks like JSONL records, read as one article: say --input-format jsonl to read one record per line");
  }
  return r;
}

/**
 * One file read whole in the calling thread: what a worker does, so that reading runs in
 * parallel too. Stat first: opening a FIFO would wait for a writer.
 */
export function readFileArticle(display: string, file: string, max = DEFAULT_MAX_BYTES, option: InputFormatOption = "auto"): ReadResult {
  try {
    const st = retryingSync(() => statSync(file));
    if (!st.isFile()) return { path: display, error: { code: "unreadable", message: "not a regular file" } };
    if (st.size > max) return tooLarge(display, st.size, max);
    return articleOf(display, retryingSync(() => readFileSync(file)), max, option);
  } catch (e) {
    return readError(display, e);
  }
}

/** The bytes of one input → its article, or an error record (binary, encoding, too-large). */
export function articleOf(display: string, bytes: Uint8Array, max = DEFAULT_MAX_BYTES, option: InputFormatOption = "auto"): ReadResult {
  if (bytes.length > max) return tooLarge(display, bytes.length, max);
  let text: string;
  try {
    text = decode(bytes);
  } catch (e) {
    if (e instanceof InputError) return { path: display, error: { code: e.code, message: e.message } };
    throw e;
  }
  return { article: { path: display, text, format: formatOf(display, text, option), date: null, title: null, id: null, line: null } };
}

/** Whether text read as one article starts with what looks like a JSONL record (for a warning only). */
function looksLikeJsonl(text: string): boolean {
  const first = /^\uFEFF?[ \t\r\n]*(\{[^\n]*)/.exec(text.slice(0, 1 << 16))?.[1];
  if (!first) return false;
  try {
    const r = JSON.parse(first) as unknown;
    return !!r && typeof r === "object" && typeof (r as { text?: unknown }).text === "string";
  } catch {
    return false;
  }
}

/** The records of a JSONL file (named `display`, read from `file`), streamed. */
export async function* readRecords(display: string, file: string, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  let chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
  try {
    const st = await retrying(() => stat(file));
    if (!st.isFile()) {
      yield { path: display, error: { code: "unreadable", message: "not a regular file" } };
      return;
    }
    // a small file is read in one go; a large one streams
    chunks = st.size <= SMALL_FILE ? [await retrying(() => readFile(file))] : (createReadStream(file, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>);
  } catch (e) {
    yield readError(display, e);
    return;
  }
  yield* recordsOf(display, chunks, opts);
}

/**
 * The records of a JSONL byte stream, one per line, each decoded on its own: a bad line
 * (bad bytes, not JSON, no text, a bad date, too long) is one error record in its place and
 * the others still run. Blank lines are no record.
 */
export async function* recordsOf(display: string, chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let last = 0;
  try {
    for await (const line of readLines(chunks, max)) {
      last = line.no;
      if ("error" in line) yield { path: `${display}#${line.no}`, error: line.error, id: null, line: line.no };
      else {
        const r = jsonlRecord(display, line.text, line.no, max);
        if (r) yield r;
      }
    }
  } catch (e) {
    // the stream itself failed (EIO, a vanished file): what is left of it is one error
    const r = readError(display, e);
    yield { ...r, path: `${display}#${last + 1}`, id: null, line: last + 1 };
  }
}

/** One JSONL line (without its line break) → its article, an error record, or null for a blank line. */
export function jsonlRecord(file: string, line: string, lineNo: number, max = DEFAULT_MAX_BYTES): ReadResult | null {
  if (line.endsWith("\r")) line = line.slice(0, -1);
  if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (!line.trim()) return null;
  const fail = (message: string, id: string | null = null, code: ProblemRecord["code"] = "jsonl"): ReadFailure => ({
    path: `${file}#${id ?? lineNo}`,
    error: { code, message },
    id,
    line: lineNo,
  });
  if (line.length > max) return fail(`${line.length} characters, over the limit of ${max} for one article`, null, "too-large");
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return fail(`not JSON: ${(e as Error).message}`);
  }
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) return fail("a record is a JSON object with a \"text\" string");
  const r = rec as Record<string, unknown>;
  const id = (typeof r.id === "string" && r.id) || typeof r.id === "number" ? String(r.id) : null;
  if (typeof r.text !== "string") return fail('a record needs a "text" string', id);
  let date: string | null = null;
  if (r.date !== undefined && r.date !== null && r.date !== "") {
    // a date that cannot be read would silently change every relative date of the article
    if (typeof r.date !== "string" || !isCalendarDate(r.date)) return fail(`"date" is not a calendar date YYYY-MM-DD: ${JSON.stringify(r.date).slice(0, 60)}`, id);
    date = r.date.slice(0, 10);
  }
  const title = typeof r.title === "string" && r.title.trim() ? r.title.trim() : null;
  return { article: { path: `${file}#${id ?? lineNo}`, text: r.text, format: sniffFormat(r.text), date, title, id, line: lineNo } };
}
