/** The output formats of SPEC §2, keyed by name. */
import { jsonReporter } from "./json.js";
import { jsonlReporter } from "./jsonl.js";
import { ndjsonReporter } from "./ndjson.js";
import { prettyReporter } from "./pretty.js";
import type { ReportOptions, Reporter } from "./types.js";
import { yamlReporter } from "./yaml.js";

export const FORMATS = ["json", "ndjson", "jsonl", "yaml", "pretty"] as const;
export type Format = (typeof FORMATS)[number];

export const REPORTERS: Record<Format, (o: ReportOptions) => Reporter> = {
  json: jsonReporter,
  ndjson: ndjsonReporter,
  jsonl: jsonlReporter,
  yaml: yamlReporter,
  pretty: prettyReporter,
};

export type { Reporter, ReportOptions } from "./types.js";
