/**
 * A config as it crosses to worker threads: RegExps clone as they are; the config file's
 * linear-time patterns (patterns.ts) go as their source text and are compiled again there.
 * Apart from patterns.ts, so that the main thread of a batch need not load the RE2 engine.
 */
import type { Config } from "../pipeline/types.js";

export interface WireConfig {
  actors: Config["actors"];
  boilerplate: (string | RegExp)[];
}

export function toWire(config: Config): WireConfig {
  return {
    actors: config.actors,
    boilerplate: config.boilerplate.map((p) => {
      if (p instanceof RegExp) return p;
      const source = (p as { source?: unknown }).source;
      if (typeof source === "string") return source;
      throw new TypeError("a boilerplate pattern must be a RegExp or a config-file pattern to cross to a worker");
    }),
  };
}
