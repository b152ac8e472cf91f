/**
 * Stage 1: bytes or a string → the one normalised text every offset points into.
 * Decodes (UTF-8, UTF-16 with a BOM), refuses binary and invalid UTF-8, drops the BOM,
 * keeps line endings as they are, lifts a front-matter block (its `date:` and `title:`),
 * and turns HTML into article text.
 */
import type { ErrorCode } from "../schema.js";
import { htmlToText } from "./html.js";
import type { Normalized } from "./types.js";

export class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

export type InputFormat = "text" | "markdown" | "html";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf16le = new TextDecoder("utf-16le", { fatal: true });
const utf16be = new TextDecoder("utf-16be", { fatal: true });

/** Decode the bytes of one input; throws InputError(binary | encoding). */
export function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), "utf-16le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), "utf-16be");
  return decodeUtf8(bytes);
}

/** UTF-8 bytes → text; NUL bytes are `binary`, invalid UTF-8 `encoding`. */
export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.indexOf(0) !== -1) throw new InputError("binary", "binary file (contains NUL bytes)");
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError("encoding", `invalid UTF-8${at >= 0 ? ` at byte ${at}` : ""}`);
  }
}

/** UTF-16 bytes (after the BOM) → text, held to the rules of UTF-8: a NUL is `binary`, an unpaired surrogate `encoding`. */
export function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string {
  let text: string;
  try {
    text = (encoding === "utf-16le" ? utf16le : utf16be).decode(bytes);
  } catch {
    throw new InputError("encoding", bytes.length % 2 ? `invalid ${encoding.toUpperCase()}: an odd number of bytes` : `invalid ${encoding.toUpperCase()}: an unpaired surrogate`);
  }
  if (text.includes("\0")) throw new InputError("binary", "binary file (contains NUL characters)");
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Guess the format of a string input from its first characters. */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 512).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /^<(head|body|article|meta)\b/.test(head)) return "html";
  return "text";
}

/** "2024-05-20…" names a real calendar day (a reference date must, or extraction fails). */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]{0,8192}?)\r?\n---[ \t]*(?:\r?\n|$)/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Stage entry: text (already decoded) → normalised text with title and date. */
export function normalize(input: string, format: InputFormat = sniffFormat(input)): Normalized {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (format === "html") return htmlToText(text);

  let title: string | null = null;
  let date: string | null = null;
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    for (const line of fm[1].split(/\r?\n/)) {
      const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
      if (!kv) continue;
      const value = kv[2].replace(/^["']|["']$/g, "");
      const key = kv[1].toLowerCase();
      if ((key === "date" || key === "published") && isCalendarDate(value)) date = value.slice(0, 10);
      else if (key === "title" && value) title = value;
    }
    // keep offsets honest: the front matter becomes blank lines of the same shape
    text = fm[0].replace(/[^\r\n]/g, " ") + text.slice(fm[0].length);
  }
  return { text, title, date, errors: [] };
}
