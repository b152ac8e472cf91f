/**
 * One article → its outcome: a document, or an error record when the pipeline throws.
 * Shared by the worker threads and the in-thread path for single small inputs.
 */
import { extract } from "../index.js";
import type { Article } from "../input/read.js";
import type { Config } from "../pipeline/types.js";
import type { ClaimsDocument, ProblemRecord } from "../schema.js";

export type Outcome = { path: string; doc: ClaimsDocument } | { path: string; error: ProblemRecord };

export interface ExtractSettings {
  /** reference date for every input (from --date), else each input's own */
  date: string | null;
  config: Config;
}

export function extractArticle(a: Article, s: ExtractSettings): Outcome {
  try {
    const doc = extract(a.text, { path: a.path, date: s.date ?? a.date, format: a.format, config: s.config, title: a.title });
    return { path: a.path, doc };
  } catch (e) {
    return { path: a.path, error: { code: "internal", message: `extraction failed: ${(e as Error).message}` } };
  }
}
