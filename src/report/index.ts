/** The output formats of SPEC §2, keyed by name. */
import { htmlReporter } from "./html.js";
import { jsonReporter } from "./json.js";
import { jsonlReporter } from "./jsonl.js";
import { prettyReporter } from "./pretty.js";
import type { ReportOptions, Reporter } from "./types.js";
import { yamlReporter } from "./yaml.js";

export const FORMATS = ["json", "jsonl", "yaml", "pretty", "html"] as const;
export type Format = (typeof FORMATS)[number];

export const REPORTERS: Record<Format, (o: ReportOptions) => Reporter> = {
  json: jsonReporter,
  jsonl: jsonlReporter,
  yaml: yamlReporter,
  pretty: prettyReporter,
  html: htmlReporter,
};

/**
 * Formats whose documents are rendered each on its own, so that a worker thread can render
 * the document it made. html is not one: its page ends with a table of contents of them all.
 */
export const RENDERED_APART: ReadonlySet<Format> = new Set(["json", "jsonl", "yaml", "pretty"]);

export { plural } from "./pretty.js";
export type { Reporter, ReportOptions } from "./types.js";
