/**
 * The lines of a byte stream (a JSONL file or stdin), split on the raw bytes and decoded
 * one by one, so that a bad line — invalid UTF-8 or UTF-16, a NUL byte, too long — is one
 * error and every line after it still reads. Memory stays bounded by the longest line
 * allowed: a longer one is counted and dropped, never held.
 *
 * UTF-8, with or without a BOM, and UTF-16 with a BOM (split on the code unit U+000A, so
 * that the 0x0A byte inside another character never cuts a line).
 */
import { decodeUtf16, decodeUtf8, InputError } from "../pipeline/normalize.js";
import type { ProblemRecord } from "../schema.js";

/** A line's number (from 1) and its text without the line break, or why it cannot be read. */
export type Line = { no: number; text: string } | { no: number; error: ProblemRecord };

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

const BOMS: [Encoding, number[]][] = [
  ["utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
];

/** The byte offset of the next line feed in `b` at or after `from`, or -1. UTF-16 line feeds sit on a code unit boundary. */
function nextLineFeed(b: Uint8Array, from: number, enc: Encoding): number {
  if (enc === "utf-8") return b.indexOf(0x0a, from);
  // chunks are cut at even offsets: unit k is bytes 2k, 2k+1
  for (let i = b.indexOf(0x0a, from); i !== -1; i = b.indexOf(0x0a, i + 1)) {
    if (enc === "utf-16le" && i % 2 === 0 && b[i + 1] === 0) return i;
    if (enc === "utf-16be" && i % 2 === 1 && b[i - 1] === 0) return i - 1;
  }
  return -1;
}

/** The line's bytes → its text, or a `binary` / `encoding` error. A CR before the line feed is dropped. */
function decodeLine(b: Uint8Array, enc: Encoding): string {
  if (enc === "utf-8") {
    const text = decodeUtf8(b);
    return text.endsWith("\r") ? text.slice(0, -1) : text;
  }
  const text = decodeUtf16(b, enc);
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}

function problem(e: unknown): ProblemRecord {
  if (e instanceof InputError) return { code: e.code, message: e.message };
  throw e;
}

/**
 * The lines of `chunks`, in order. Lines longer than `max` bytes are `too-large` errors.
 * A line break at the very end gives no empty last line.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, max: number): AsyncGenerator<Line> {
  let enc: Encoding | null = null;
  let head: Uint8Array = new Uint8Array(0);
  let parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let no = 0;
  /** a UTF-16 stream's odd byte, carried to the next chunk so that chunks start on a unit */
  let carry: Uint8Array | null = null;

  const finish = (): Line => {
    no++;
    const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    const wasOver = over;
    const n = size;
    parts = [];
    size = 0;
    over = false;
    if (wasOver) return { no, error: { code: "too-large", message: `a line of more than ${max} bytes (at least ${n}), over the limit for one record` } };
    try {
      return { no, text: decodeLine(bytes, enc!) };
    } catch (e) {
      return { no, error: problem(e) };
    }
  };
  const take = (piece: Uint8Array) => {
    if (!piece.length) return;
    size += piece.length;
    if (over) return;
    if (size > max) {
      over = true;
      parts = [];
    } else parts.push(piece);
  };

  for await (const raw of chunks) {
    let chunk: Uint8Array = raw;
    if (!enc) {
      // the encoding is told by the first bytes: wait for enough of them
      head = head.length ? Buffer.concat([head, chunk]) : chunk;
      if (BOMS.some(([, bom]) => bom.length > head.length && head.every((x, i) => bom[i] === x))) continue;
      const bom = BOMS.find(([, b]) => b.every((x, i) => head[i] === x));
      enc = bom?.[0] ?? "utf-8";
      chunk = head.subarray(bom?.[1].length ?? 0);
    }
    if (enc !== "utf-8") {
      if (carry) chunk = Buffer.concat([carry, chunk]);
      carry = chunk.length % 2 ? chunk.subarray(chunk.length - 1) : null;
      if (carry) chunk = chunk.subarray(0, chunk.length - 1);
    }
    const unit = enc === "utf-8" ? 1 : 2;
    let from = 0;
    for (let nl = nextLineFeed(chunk, from, enc); nl !== -1; nl = nextLineFeed(chunk, from, enc)) {
      take(chunk.subarray(from, nl));
      from = nl + unit;
      yield finish();
    }
    take(chunk.subarray(from));
  }
  if (!enc) {
    // a stream shorter than any BOM
    enc = "utf-8";
    take(head);
  }
  if (carry) take(carry);
  if (size || over) yield finish();
}
