/**
 * The output formats of SPEC §2, keyed by name. Each reporter is loaded when its format is
 * asked for: a json run does not pay for the pretty view's wrapping or the html page.
 */
import type { ReportOptions, Reporter } from "./types.js";

export const FORMATS = ["json", "ndjson", "jsonl", "yaml", "pretty", "html"] as const;
export type Format = (typeof FORMATS)[number];

export type MakeReporter = (o: ReportOptions) => Reporter;

const LOADERS: Record<Format, () => Promise<MakeReporter>> = {
  json: async () => (await import("./json.js")).jsonReporter,
  ndjson: async () => (await import("./ndjson.js")).ndjsonReporter,
  jsonl: async () => (await import("./jsonl.js")).jsonlReporter,
  yaml: async () => (await import("./yaml.js")).yamlReporter,
  pretty: async () => (await import("./pretty.js")).prettyReporter,
  html: async () => (await import("./html.js")).htmlReporter,
};

/** The reporter of a format, with these options. */
export async function loadReporter(format: Format, o: ReportOptions): Promise<Reporter> {
  return (await LOADERS[format]())(o);
}

/**
 * Formats whose documents are rendered each on its own, so that a worker thread can render
 * the document it made. html is not one: its page ends with a table of contents of them all.
 */
export const RENDERED_APART: ReadonlySet<Format> = new Set(["json", "ndjson", "jsonl", "yaml", "pretty"]);

export { plural } from "./plural.js";
export { DEFAULT_WIDTH, type Reporter, type ReportOptions } from "./types.js";
