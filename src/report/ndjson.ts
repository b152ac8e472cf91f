/**
 * ndjson: one whole document per line, exactly one line per input or JSONL record — an
 * article with no claims is a document with empty lists, a failure its error document — so
 * that a pipe stage of a distributed engine (Spark `RDD.pipe`, Hadoop Streaming, Dask, GNU
 * parallel) gives one output line for every input line.
 */
import type { Reporter } from "./types.js";

/** JSON on one line: JSON.stringify escapes line feeds and carriage returns; U+2028 and U+2029, which some readers split lines on, are escaped too. */
export function oneLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => (c === "\u2028" ? "\\u2028" : "\\u2029")) + "\n";
}

export function ndjsonReporter(): Reporter {
  return { start: () => "", document: (doc) => oneLine(doc), failure: oneLine, end: () => "" };
}
