/** A reporter turns documents into the text of one output format. */
import type { ClaimsDocument, ErrorDocument } from "../schema.js";

/** Columns when the width is not known (a pipe without COLUMNS). */
export const DEFAULT_WIDTH = 80;

export interface ReportOptions {
  /** colour level for the pretty format (0 = none) */
  color: 0 | 1 | 2 | 3;
  /** columns to wrap the pretty view to (default 80) */
  width?: number;
}

export interface Reporter {
  /** text before the first document */
  start(): string;
  /** text for one input's document, in input order; `text` is the normalised text its offsets point into */
  document(doc: ClaimsDocument, text: string): string;
  /** text for one input that failed */
  failure(doc: ErrorDocument): string;
  /** text after the last document */
  end(): string;
}
