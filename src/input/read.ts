/**
 * Reading one source into the articles it holds: a text, Markdown or HTML file is one
 * article; a JSONL file is one article per record (`{"id", "text", "title", "date"}`,
 * path `file#id`). Problems become error records with the SPEC §4 codes.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { decode, InputError, sniffFormat, type InputFormat } from "../pipeline/normalize.js";
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

/** Inputs larger than this are refused with `too-large`. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

export function formatOf(file: string, text: string): InputFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  return sniffFormat(text);
}

export async function readStdin(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

export async function readSource(src: Source, opts: { maxBytes?: number; stdin?: () => Promise<Uint8Array> } = {}): Promise<ReadResult[]> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (src.kind === "missing") return [{ path: src.path, error: src.error }];
  let bytes: Uint8Array;
  try {
    if (src.kind === "stdin") {
      bytes = opts.stdin ? await opts.stdin() : new Uint8Array();
    } else {
      const st = await stat(src.path);
      if (!st.isFile()) return [{ path: src.path, error: { code: "unreadable", message: "not a regular file" } }];
      if (st.size > max) return [{ path: src.path, error: { code: "too-large", message: `file is ${st.size} bytes, over the limit of ${max}` } }];
      bytes = await readFile(src.path);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return [{ path: src.path, error: { code: "not-found", message: `no such file: ${src.path}` } }];
    return [{ path: src.path, error: { code: "unreadable", message: `cannot read ${src.path}: ${code ?? (e as Error).message}` } }];
  }
  if (bytes.length > max) return [{ path: src.path, error: { code: "too-large", message: `input is ${bytes.length} bytes, over the limit of ${max}` } }];
  let text: string;
  try {
    text = decode(bytes);
  } catch (e) {
    if (e instanceof InputError) return [{ path: src.path, error: { code: e.code, message: e.message } }];
    throw e;
  }
  if (src.kind === "file" && path.extname(src.path).toLowerCase() === ".jsonl") return jsonlArticles(src.path, text);
  return [{ article: { path: src.path, text, format: formatOf(src.path, text), date: null, title: null } }];
}

/** One article per JSONL record; a bad line is an error record of its own. */
export function jsonlArticles(file: string, text: string): ReadResult[] {
  const out: ReadResult[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}#${i + 1}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      out.push({ path: where, error: { code: "jsonl", message: `line ${i + 1}: not JSON: ${(e as Error).message}` } });
      return;
    }
    const r = rec as Record<string, unknown>;
    if (!r || typeof r !== "object" || typeof r.text !== "string") {
      out.push({ path: where, error: { code: "jsonl", message: `line ${i + 1}: a record needs a "text" string` } });
      return;
    }
    const id = typeof r.id === "string" || typeof r.id === "number" ? String(r.id) : String(i + 1);
    const date = typeof r.date === "string" && /^\d{4}-\d{2}-\d{2}/.test(r.date) ? r.date.slice(0, 10) : null;
    out.push({
      article: { path: `${file}#${id}`, text: r.text, format: sniffFormat(r.text), date, title: typeof r.title === "string" ? r.title : null },
    });
  });
  return out;
}
