/**
 * Running a batch: every source is read and extracted, and its outcome — a document or
 * an error record — is handed on in input order, one at a time, so that output can
 * stream in constant memory. One bad input never stops the others.
 */
import { extract } from "./index.js";
import { readSource, type ReadResult } from "./input/read.js";
import type { Source } from "./input/sources.js";
import type { Config } from "./pipeline/types.js";
import type { ClaimsDocument, ProblemRecord } from "./schema.js";

export interface BatchOptions {
  /** reference date for every input (from --date), else each input's own */
  date: string | null;
  config: Config;
  stdin?: () => Promise<Uint8Array>;
  maxBytes?: number;
}

export type Outcome = { path: string; doc: ClaimsDocument } | { path: string; error: ProblemRecord };

export function extractOne(r: ReadResult, opts: Pick<BatchOptions, "date" | "config">): Outcome {
  if ("error" in r) return { path: r.path, error: r.error };
  const a = r.article;
  try {
    const doc = extract(a.text, { path: a.path, date: opts.date ?? a.date, format: a.format, config: opts.config, title: a.title });
    return { path: a.path, doc };
  } catch (e) {
    return { path: a.path, error: { code: "internal", message: `extraction failed: ${(e as Error).message}` } };
  }
}

export async function* runBatch(sources: readonly Source[], opts: BatchOptions): AsyncGenerator<Outcome> {
  for (const src of sources) {
    const results = await readSource(src, { maxBytes: opts.maxBytes, stdin: opts.stdin });
    for (const r of results) yield extractOne(r, opts);
  }
}
