#!/usr/bin/env node
// Bundles the built CLI (dist/main.js) into one CommonJS file, dist/claims.cjs, and saves
// V8's code cache for it, dist/claims.cjs.cache, made after running the bundle once on a
// bundled fixture so that the functions an extraction calls are in the cache too. bin/claims.js
// starts from it through dist/launch.js: a one-article run then compiles one file from its
// cache instead of resolving and compiling two hundred modules (about a third of its time).
// Packages loaded on demand with createRequire (the tagger's model, the HTML reader, chrono,
// the YAML readers, RE2) stay outside the bundle and are required at run time.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire, Module } from "node:module";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";

const root = new URL("../", import.meta.url);
const out = fileURLToPath(new URL("dist/claims.cjs", root));
const external = ["wink-nlp", "wink-eng-lite-web-model", "linkedom", "@mozilla/readability", "chrono-node", "re2js", "yaml", "js-yaml"];
await build({
  entryPoints: [fileURLToPath(new URL("dist/main.js", root))],
  outfile: out,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external,
  // the bundle is one file in dist/: import.meta.url is its own URL (src/paths.ts finds dist/ from it)
  define: { "import.meta.url": "__bundle_url" },
  banner: { js: "const __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: "warning",
  legalComments: "none",
});

rmSync(out + ".cache", { force: true });
const source = readFileSync(out, "utf8");
const script = new vm.Script(Module.wrap(source), { filename: out });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(out), module, out, fileURLToPath(new URL("dist/", root)));
const sample = readFileSync(new URL("fixtures/web-gold-reserves.txt", root), "utf8");
module.exports.extract(sample, { date: "2024-05-20", path: "fixtures/web-gold-reserves.txt" });
writeFileSync(out + ".cache", script.createCachedData());
