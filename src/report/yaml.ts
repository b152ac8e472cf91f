/**
 * yaml: the json documents, separated by `---`. Written as YAML 1.1 so that strings such
 * as "no", "yes" or "off" are quoted and older parsers read them back as strings.
 */
import { stringify } from "yaml";
import type { Reporter } from "./types.js";

const OPTIONS = { version: "1.1", lineWidth: 0, aliasDuplicateObjects: false } as const;

export function yamlReporter(): Reporter {
  const doc = (d: unknown) => "---\n" + stringify(d, OPTIONS);
  return { start: () => "", document: doc, failure: doc, end: () => "" };
}
