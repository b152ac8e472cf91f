/**
 * One article → its outcome: a document (or, for the CLI, its text in the output format,
 * rendered where it was extracted), or an error record when the pipeline throws. Shared
 * by the worker threads and the in-thread path for single small inputs.
 */
import { extractWithText, InputError } from "../index.js";
import type { Article } from "../input/read.js";
import type { Config } from "../pipeline/types.js";
import type { Reporter } from "../report/index.js";
import type { ClaimsDocument } from "../schema.js";
import { failure, type Outcome, type RenderSpec } from "./outcome.js";

export { failure, type Failure, type Outcome, type RenderSpec } from "./outcome.js";

export interface ExtractSettings {
  /** reference date for every input (from --date), else each input's own */
  date: string | null;
  config: Config;
  /** render documents where they are made (saves sending whole documents between threads) */
  render?: RenderSpec | null;
}

export function extractArticle(a: Article, s: ExtractSettings, reporter?: Reporter | null): Outcome {
  let doc: ClaimsDocument;
  let text: string;
  try {
    ({ doc, text } = extractWithText(a.text, { path: a.path, date: s.date ?? a.date, format: a.format, config: s.config, title: a.title, id: a.id, line: a.line }));
  } catch (e) {
    if (e instanceof InputError) return failure(a, { code: e.code, message: e.message });
    return failure(a, { code: "internal", message: `extraction failed: ${(e as Error).message}` });
  }
  return reporter ? { path: a.path, rendered: reporter.document(doc, text), claims: doc.claims.length } : { path: a.path, doc, text };
}
