/** jsonl: one line per claim with its input as `source`; a failed input is one error line. */
import type { Reporter } from "./types.js";

export function jsonlReporter(): Reporter {
  return {
    start: () => "",
    document(doc) {
      const source = doc.source.path ?? "-";
      return doc.claims.map((c) => JSON.stringify({ source, ...c }) + "\n").join("");
    },
    failure: (doc) => JSON.stringify({ source: doc.source.path ?? "-", error: doc.error }) + "\n",
    end: () => "",
  };
}
