/** json: one pretty-printed document per input, a stream that jq reads as is. */
import type { Reporter } from "./types.js";

export function jsonReporter(): Reporter {
  return {
    start: () => "",
    document: (doc) => JSON.stringify(doc, null, 2) + "\n",
    failure: (doc) => JSON.stringify(doc, null, 2) + "\n",
    end: () => "",
  };
}
