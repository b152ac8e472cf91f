/**
 * How bin/claims.js starts the command line fast. A one-article run is mostly start-up:
 * resolving and compiling some two hundred modules costs more than extracting the article.
 * So the build bundles the CLI into one file (dist/claims.cjs) and saves V8's compiled code
 * for it (dist/claims.cjs.cache, made by running it once on a fixture: scripts/bundle.mjs);
 * here the bundle is compiled with that cache. A cache V8 refuses (another Node version) only
 * costs the compiling; without a bundle the modules tsc wrote are imported as usual.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire, Module } from "node:module";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

type Run = () => void;

function bundled(): Run | null {
  const file = fileURLToPath(new URL("claims.cjs", import.meta.url));
  if (!existsSync(file)) return null;
  const cache = file + ".cache";
  const cachedData = existsSync(cache) ? readFileSync(cache) : undefined;
  const script = new vm.Script((Module as unknown as { wrap(s: string): string }).wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
  const module = { exports: {} as { run?: Run } };
  (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, createRequire(file), module, file, fileURLToPath(new URL(".", import.meta.url)));
  return module.exports.run ?? null;
}

export async function start(): Promise<void> {
  const run = bundled() ?? (await import("./cli.js")).run;
  run();
}
