/**
 * Stage 1: bytes or a string → the one normalised text every offset points into.
 * Decodes (UTF-8, UTF-16 with a BOM), refuses binary and invalid UTF-8, drops the BOM,
 * keeps line endings as they are, reads a front-matter block (its `title`, `date` and
 * `author`; the block stays in the text), and turns HTML into article text.
 */
import { frontMatter } from "../page/frontmatter.js";
import { htmlToText } from "./html.js";
import { InputError } from "./problems.js";
import type { Normalized } from "./types.js";

export { InputError };

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


/** Stage entry: text (already decoded) → normalised text with title, date and author. */
export function normalize(input: string, format: InputFormat = sniffFormat(input)): Normalized {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (format === "html") return htmlToText(text);
  // front matter stays in the text (offsets are into the file as it is); the segmenter skips it
  const fm = frontMatter(text);
  return { text, title: fm?.title ?? null, date: fm?.date ?? null, author: fm?.author ?? null, errors: [] };
}
