#!/usr/bin/env node
/**
 * Batch speed by number of workers: runs the built CLI over a corpus (default: the one
 * of scripts/make-batch.mjs) with --jobs 1 and --jobs 2 in turn, several rounds, and
 * prints the best and median wall time of each and the speed-up. The machine is shared:
 * alternating the runs and taking the best of several evens out other load.
 *
 *   node scripts/bench-jobs.mjs [--dir /tmp/claims-batch/articles] [--rounds 3] [--jobs 1,2]
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "/tmp/claims-batch/articles" },
    config: { type: "string", default: "/tmp/claims-batch/claims.yaml" },
    rounds: { type: "string", default: "3" },
    jobs: { type: "string", default: "1,2" },
  },
});
const bin = new URL("../bin/claims.js", import.meta.url).pathname;
const jobs = values.jobs.split(",").map(Number);
const times = Object.fromEntries(jobs.map((j) => [j, []]));
for (let r = 0; r < Number(values.rounds); r++) {
  for (const j of jobs) {
    const t = performance.now();
    const p = spawnSync(process.execPath, [bin, "extract", values.dir, "-f", "jsonl", "-q", "-o", "/dev/null", "--jobs", String(j), "--config", values.config], { encoding: "utf8" });
    const s = (performance.now() - t) / 1000;
    if (p.status !== 0 && p.status !== 3) throw new Error(`exit ${p.status}: ${p.stderr}`);
    times[j].push(s);
    console.log(`round ${r + 1} --jobs ${j}: ${s.toFixed(2)} s  (load ${loadavg()[0].toFixed(1)})`);
  }
}
const best = (xs) => Math.min(...xs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const j of jobs) console.log(`--jobs ${j}: best ${best(times[j]).toFixed(2)} s, median ${median(times[j]).toFixed(2)} s`);
const [a, b] = jobs;
console.log(`speed-up --jobs ${b} / --jobs ${a}: best ${(best(times[a]) / best(times[b])).toFixed(2)}×, median ${(median(times[a]) / median(times[b])).toFixed(2)}×`);
console.log(`corpus: ${path.resolve(values.dir)}`);
