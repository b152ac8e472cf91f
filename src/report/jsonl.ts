/** jsonl: one line per claim with its input as `source`; a failed input is one error line. */
import { oneLine } from "./ndjson.js";
import type { Reporter } from "./types.js";

export function jsonlReporter(): Reporter {
  return {
    start: () => "",
    document(doc) {
      const source = doc.source.path ?? "-";
      return doc.claims.map((c) => oneLine({ source, ...c })).join("");
    },
    failure: (doc) => oneLine({ source: doc.source.path ?? "-", error: doc.error }),
    end: () => "",
  };
}
