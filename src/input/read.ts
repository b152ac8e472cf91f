/**
 * Reading sources into the articles they hold: a text, Markdown or HTML file is one
 * article; a JSONL file is one article per record (`{"id", "text", "title", "date"}`,
 * path `file#id`), read line by line so that a file of any size streams in constant
 * memory. Problems become error records with the SPEC §4 codes.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { decode, sniffFormat, type InputFormat } from "../pipeline/normalize.js";
import { InputError, isCalendarDate } from "../pipeline/problems.js";
import type { ProblemRecord } from "../schema.js";
import type { Source } from "./sources.js";

export interface Article {
  path: string;
  text: string;
  format: InputFormat;
  date: string | null;
  title: string | null;
}

export type ReadResult = { article: Article } | { path: string; error: ProblemRecord };

/** JSONL files up to this size are read in one go rather than streamed. */
const SMALL_FILE = 1 << 20;

/** One article larger than this (in bytes, or UTF-16 units for a JSONL record) is refused with `too-large`. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  stdin?: () => Promise<Uint8Array>;
}

export function formatOf(file: string, text: string): InputFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  return sniffFormat(text);
}

/** A source read record by record (JSONL) rather than as one article. */
export function isRecordFile(src: Source): boolean {
  return src.kind === "file" && path.extname(src.path).toLowerCase() === ".jsonl";
}

export async function readStdin(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
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

function tooLarge(p: string, size: number, max: number): ReadResult {
  return { path: p, error: { code: "too-large", message: `${size} bytes, over the limit of ${max} for one article` } };
}

function readError(p: string, e: unknown): ReadResult {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return { path: p, error: { code: "not-found", message: `no such file: ${p}` } };
  if (code === "EISDIR") return { path: p, error: { code: "unreadable", message: "a directory, not a file" } };
  return { path: p, error: { code: "unreadable", message: `cannot read: ${code ?? (e as Error).message}` } };
}

/** The articles of any source, in order (JSONL files streamed record by record). */
export async function* readSource(src: Source, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  if (src.kind === "file" && isRecordFile(src)) yield* readRecords(src.path, src.file, opts);
  else yield* await readArticles(src, opts);
}

/** A file or stdin read whole: one article (stdin holding JSONL records: one per record). */
export async function readArticles(src: Source, opts: ReadOptions = {}): Promise<ReadResult[]> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (src.kind === "failed") return [{ path: src.path, error: src.error }];
  if (src.kind === "file") {
    try {
      const st = await retrying(() => stat(src.file));
      if (!st.isFile()) return [{ path: src.path, error: { code: "unreadable", message: "not a regular file" } }];
      if (st.size > max) return [tooLarge(src.path, st.size, max)];
      return [articleOf(src.path, await retrying(() => readFile(src.file)), max)];
    } catch (e) {
      return [readError(src.path, e)];
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = opts.stdin ? await opts.stdin() : new Uint8Array();
  } catch (e) {
    return [readError(src.path, e)];
  }
  const r = articleOf(src.path, bytes, Infinity);
  if ("article" in r && looksLikeJsonl(r.article.text)) return jsonlArticles("-", r.article.text, max);
  if (bytes.length > max) return [tooLarge(src.path, bytes.length, max)];
  return [r];
}

/**
 * One file read whole in the calling thread: what a worker does, so that reading runs in
 * parallel too. Stat first: opening a FIFO would wait for a writer.
 */
export function readFileArticle(display: string, file: string, max = DEFAULT_MAX_BYTES): ReadResult {
  try {
    const st = retryingSync(() => statSync(file));
    if (!st.isFile()) return { path: display, error: { code: "unreadable", message: "not a regular file" } };
    if (st.size > max) return tooLarge(display, st.size, max);
    return articleOf(display, retryingSync(() => readFileSync(file)), max);
  } catch (e) {
    return readError(display, e);
  }
}

/** The bytes of one input → its article, or an error record (binary, encoding, too-large). */
export function articleOf(display: string, bytes: Uint8Array, max = DEFAULT_MAX_BYTES): ReadResult {
  if (bytes.length > max) return tooLarge(display, bytes.length, max);
  let text: string;
  try {
    text = decode(bytes);
  } catch (e) {
    if (e instanceof InputError) return { path: display, error: { code: e.code, message: e.message } };
    throw e;
  }
  return { article: { path: display, text, format: formatOf(display, text), date: null, title: null } };
}

/** Stdin has no file name: it holds JSONL records when its first line is one. */
function looksLikeJsonl(text: string): boolean {
  const first = /^\uFEFF?\s*(\{[^\n]*)/.exec(text.slice(0, 1 << 20))?.[1];
  if (!first) return false;
  try {
    const r = JSON.parse(first) as unknown;
    return !!r && typeof r === "object" && typeof (r as { text?: unknown }).text === "string";
  } catch {
    return false;
  }
}

/**
 * The records of a JSONL file (named `file`, read from `where`), one line at a time. Lines are split on the raw bytes and
 * each is decoded on its own, so a bad line (invalid UTF-8, not JSON, too long) is one
 * error record and the others still run.
 */
export async function* readRecords(file: string, where: string = file, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let chunks: Iterable<Buffer> | AsyncIterable<Buffer> | null = null;
  try {
    const st = await retrying(() => stat(where));
    if (!st.isFile()) {
      yield { path: file, error: { code: "unreadable", message: "not a regular file" } };
      return;
    }
    // a small file is read in one go; a large one streams
    let head: Buffer;
    if (st.size <= SMALL_FILE) {
      head = await retrying(() => readFile(where));
      chunks = [head];
    } else {
      head = Buffer.alloc(2);
      const fh = await retrying(() => open(where, "r"));
      try {
        await fh.read(head, 0, 2, 0);
      } finally {
        await fh.close();
      }
    }
    // UTF-16 JSONL cannot be split on bytes: read it whole
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      if (st.size > max * 4) {
        yield tooLarge(file, st.size, max * 4);
        return;
      }
      yield* jsonlArticles(file, decode(chunks ? head : await readFile(where)), max);
      return;
    }
  } catch (e) {
    yield readError(file, e);
    return;
  }
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let lineNo = 0;
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  const line = (): ReadResult | null => {
    lineNo++;
    const over = skipping;
    const buf = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    parts = [];
    size = 0;
    skipping = false;
    if (over) return tooLarge(`${file}#${lineNo}`, max + 1, max);
    let text: string;
    try {
      text = utf8.decode(buf);
    } catch {
      return { path: `${file}#${lineNo}`, error: { code: "encoding", message: `line ${lineNo}: invalid UTF-8` } };
    }
    return jsonlRecord(file, text, lineNo, max);
  };
  try {
    for await (const chunk of chunks ?? (createReadStream(where, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>)) {
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
        if (!skipping) parts.push(chunk.subarray(from, nl));
        from = nl + 1;
        const r = line();
        if (r) yield r;
      }
      if (from < chunk.length && !skipping) {
        size += chunk.length - from;
        if (size > max) {
          skipping = true;
          parts = [];
        } else parts.push(chunk.subarray(from));
      }
    }
    if (parts.length || skipping) {
      const r = line();
      if (r) yield r;
    }
  } catch (e) {
    const r = readError(file, e);
    if ("error" in r) yield { path: `${file}#${lineNo + 1}`, error: r.error };
  }
}

/** One article per JSONL record of a text held whole. */
export function jsonlArticles(file: string, text: string, max = DEFAULT_MAX_BYTES): ReadResult[] {
  const out: ReadResult[] = [];
  text.split("\n").forEach((line, i) => {
    const r = jsonlRecord(file, line, i + 1, max);
    if (r) out.push(r);
  });
  return out;
}

/** One JSONL line → its article, an error record, or null for a blank line. */
export function jsonlRecord(file: string, line: string, lineNo: number, max = DEFAULT_MAX_BYTES): ReadResult | null {
  if (line.endsWith("\r")) line = line.slice(0, -1);
  if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (!line.trim()) return null;
  const where = `${file}#${lineNo}`;
  if (line.length > max) return tooLarge(where, line.length, max);
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return { path: where, error: { code: "jsonl", message: `line ${lineNo}: not JSON: ${(e as Error).message}` } };
  }
  const r = rec as Record<string, unknown>;
  if (!r || typeof r !== "object" || Array.isArray(r) || typeof r.text !== "string") {
    return { path: where, error: { code: "jsonl", message: `line ${lineNo}: a record needs a "text" string` } };
  }
  const id = (typeof r.id === "string" && r.id) || typeof r.id === "number" ? String(r.id) : String(lineNo);
  const date = typeof r.date === "string" && isCalendarDate(r.date) ? r.date.slice(0, 10) : null;
  const title = typeof r.title === "string" && r.title.trim() ? r.title.trim() : null;
  return { article: { path: `${file}#${id}`, text: r.text, format: sniffFormat(r.text), date, title } };
}
