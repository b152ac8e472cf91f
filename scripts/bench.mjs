#!/usr/bin/env node
// Benchmark: throughput of the pipeline over a corpus made from the bundled fixtures,
// and the start-up time of a one-article CLI run. Prints medians over several runs.
//
//   npm run bench [-- --mb 4 --runs 5]
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const targetMB = opt("mb", 4);
const runs = opt("runs", 5);
const root = new URL("../", import.meta.url);
const { extract } = await import(new URL("dist/index.js", root).href);

const fixtures = readdirSync(new URL("fixtures/", root))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(new URL(`fixtures/${f}`, root), "utf8"));

// articles: the fixtures, each varied a little so no two are identical
const articles = [];
let bytes = 0;
for (let i = 0; bytes < targetMB * 1e6; i++) {
  const base = fixtures[i % fixtures.length];
  const a = base.replace(/\d+(?:\.\d+)?/, (n) => String(Number(n) + (i % 97)));
  articles.push(a);
  bytes += Buffer.byteLength(a);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// warm-up: JIT and lazy lexicons
for (const a of articles.slice(0, 50)) extract(a, { date: "2024-05-20" });

const times = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  for (const a of articles) extract(a, { date: "2024-05-20" });
  times.push(performance.now() - t0);
}
const ms = median(times);
console.log(`corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB (fixtures varied), ${runs} runs`);
console.log(`throughput: ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s (median), ${(ms / articles.length).toFixed(3)} ms/article`);
console.log(`runs (ms): ${times.map((t) => t.toFixed(0)).join(" ")}`);

// one big document: time must grow linearly with size
const big = fixtures.join("\n\n").repeat(Math.ceil(1e6 / fixtures.join("\n\n").length));
const tb = [];
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  extract(big);
  tb.push(performance.now() - t0);
}
console.log(`one ${(big.length / 1e6).toFixed(2)} MB document: ${median(tb).toFixed(0)} ms (${(big.length / 1e6 / (median(tb) / 1000)).toFixed(2)} MB/s)`);

// start-up: one article through the CLI, whole process
const bin = fileURLToPath(new URL("bin/claims.js", root));
const fixture = fileURLToPath(new URL("fixtures/web-gold-reserves.txt", root));
const cli = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const p = spawnSync(process.execPath, [bin, "extract", "--format", "json", fixture], { encoding: "utf8" });
  cli.push(performance.now() - t0);
  if (p.status !== 0) throw new Error(`CLI failed: ${p.stderr}`);
}
const node = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  spawnSync(process.execPath, ["-e", "0"]);
  node.push(performance.now() - t0);
}
console.log(`one-article CLI run: ${median(cli).toFixed(0)} ms (node alone: ${median(node).toFixed(0)} ms)`);
const mem = process.memoryUsage();
console.log(`memory: rss ${(mem.rss / 1e6).toFixed(0)} MB, heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB`);
