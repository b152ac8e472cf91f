/**
 * What the batch hands on for each input: a document, its rendered text, or an error record.
 * Kept apart from extract.ts so that the main thread of a batch never loads the pipeline.
 */
import type { Article } from "../input/read.js";
import type { Format, ReportOptions } from "../report/index.js";
import type { ClaimsDocument, ProblemRecord } from "../schema.js";

/** An input that failed; a JSONL record's `id` and `line` tell it apart from the others of its file. */
export interface Failure {
  path: string;
  error: ProblemRecord;
  id?: string | null;
  line?: number | null;
}

export type Outcome =
  /** a document, with the normalised text its offsets point into */
  | { path: string; doc: ClaimsDocument; text: string }
  | Failure
  /** a document already in the output format (UTF-8 bytes when it comes from a worker), with the number of its claims */
  | { path: string; rendered: string | Uint8Array; claims: number };

export interface RenderSpec extends ReportOptions {
  format: Format;
}

/** The error record of an article that could not be extracted. */
export function failure(a: Pick<Article, "path" | "id" | "line">, error: ProblemRecord): Failure {
  return { path: a.path, error, id: a.id, line: a.line };
}
