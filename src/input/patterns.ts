/**
 * The boilerplate patterns of a config file run on RE2's linear-time engine (re2js, a
 * pure-JS port of RE2), not on JavaScript's backtracking one: a pattern such as `(a+)+$`
 * takes time in proportion to the line whatever the line holds. RE2 has no lookaround and
 * no back-references; a pattern using them is refused when the config is read.
 *
 * Patterns cross to worker threads as their source text and are compiled again there.
 */
import { RE2JS } from "re2js";
import type { Config, LinePattern } from "../pipeline/types.js";
import type { WireConfig } from "./wire.js";

export class BoilerplatePattern implements LinePattern {
  private readonly re: RE2JS;

  /** Throws SyntaxError with RE2's reason when the pattern is not valid RE2 syntax. */
  constructor(readonly source: string) {
    try {
      this.re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
    } catch (e) {
      throw new SyntaxError((e as Error).message.replace(/^error parsing regexp: /, ""));
    }
  }

  test(line: string): boolean {
    return this.re.test(line);
  }
}

export function fromWire(w: WireConfig): Config {
  return { actors: w.actors, boilerplate: w.boilerplate.map((p) => (typeof p === "string" ? new BoilerplatePattern(p) : p)) };
}
