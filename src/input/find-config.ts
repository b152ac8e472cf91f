/** Which `.claims.yaml` applies: kept apart from config.ts, which loads the YAML reader and zod only when there is a config to read. */
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

export const CONFIG_NAME = ".claims.yaml";

/**
 * The `.claims.yaml` that applies in `dir`, or null: the nearest one from `dir` upward, up to
 * and including the repository root (the nearest folder holding `.git`) or the home
 * directory, whichever comes first. Outside any repository and outside the home directory (a
 * cluster worker's scratch folder) only `dir` itself is looked at: a config is never picked
 * up from a folder that is not the user's project.
 */
export function findConfig(dir: string, home: string | null = homedir()): string | null {
  const start = path.resolve(dir);
  const top = home ? path.resolve(home) : null;
  const chain: string[] = [];
  let bounded = false;
  for (let d = start; ; d = path.dirname(d)) {
    chain.push(d);
    if (d === top || existsSync(path.join(d, ".git"))) {
      bounded = true;
      break;
    }
    if (path.dirname(d) === d) break;
  }
  for (const d of bounded ? chain : [start]) {
    const f = path.join(d, CONFIG_NAME);
    if (existsSync(f)) return f;
  }
  return null;
}
