/**
 * One article → its outcome: a document (or, for the CLI, its text in the output format,
 * rendered where it was extracted), or an error record when the pipeline throws. Shared
 * by the worker threads and the in-thread path for single small inputs.
 */
import { extract, InputError } from "../index.js";
import type { Article } from "../input/read.js";
import type { Config } from "../pipeline/types.js";
import type { Format, Reporter } from "../report/index.js";
import type { ClaimsDocument, ProblemRecord } from "../schema.js";

/** An input that failed; a JSONL record's `id` and `line` tell it apart from the others of its file. */
export interface Failure {
  path: string;
  error: ProblemRecord;
  id?: string | null;
  line?: number | null;
}

export type Outcome =
  | { path: string; doc: ClaimsDocument }
  | Failure
  /** a document already in the output format (UTF-8 bytes when it comes from a worker), with the number of its claims */
  | { path: string; rendered: string | Uint8Array; claims: number };

export interface RenderSpec {
  format: Format;
  color: 0 | 1 | 2 | 3;
}

export interface ExtractSettings {
  /** reference date for every input (from --date), else each input's own */
  date: string | null;
  config: Config;
  /** render documents where they are made (saves sending whole documents between threads) */
  render?: RenderSpec | null;
}

/** The error record of an article that could not be extracted. */
export function failure(a: Pick<Article, "path" | "id" | "line">, error: ProblemRecord): Failure {
  return { path: a.path, error, id: a.id, line: a.line };
}

export function extractArticle(a: Article, s: ExtractSettings, reporter?: Reporter | null): Outcome {
  let doc: ClaimsDocument;
  try {
    doc = extract(a.text, { path: a.path, date: s.date ?? a.date, format: a.format, config: s.config, title: a.title, id: a.id, line: a.line });
  } catch (e) {
    if (e instanceof InputError) return failure(a, { code: e.code, message: e.message });
    return failure(a, { code: "internal", message: `extraction failed: ${(e as Error).message}` });
  }
  return reporter ? { path: a.path, rendered: reporter.document(doc), claims: doc.claims.length } : { path: a.path, doc };
}
