/** A reporter turns documents into the text of one output format. */
import type { ClaimsDocument, ErrorDocument } from "../schema.js";

export interface ReportOptions {
  /** colour level for the pretty format (0 = none) */
  color: 0 | 1 | 2 | 3;
}

export interface Reporter {
  /** text for one input's document, in input order */
  document(doc: ClaimsDocument): string;
  /** text for one input that failed */
  failure(doc: ErrorDocument): string;
  /** text after the last document */
  end(): string;
}
