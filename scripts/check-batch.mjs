#!/usr/bin/env node
/**
 * Run the built CLI over a corpus made by scripts/make-batch.mjs and check the issue-8
 * gates: every good file's document present, one error record per bad file, exit code 3,
 * peak memory (max RSS of the whole process, workers included) and wall time.
 *
 *   node scripts/check-batch.mjs [--dir /tmp/claims-batch] [--jobs N] [--format jsonl]
 */
import { spawnSync } from "node:child_process";
import { createReadStream, readFileSync, statSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "/tmp/claims-batch" },
    jobs: { type: "string" },
    format: { type: "string", default: "jsonl" },
  },
});
const dir = values.dir;
const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));
const out = path.join(dir, `out.${values.format}`);
const bin = new URL("../bin/claims.js", import.meta.url).pathname;
const args = ["-v", "node", bin, "extract", path.join(dir, "articles"), "-f", values.format, "-o", out, "--config", path.join(dir, "claims.yaml"), "-q"];
if (values.jobs) args.push("--jobs", values.jobs);

const t0 = performance.now();
const r = spawnSync("/usr/bin/time", args, { encoding: "utf8", maxBuffer: 1 << 28 });
const secs = (performance.now() - t0) / 1000;
const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
const exit = Number(/Exit status: (\d+)/.exec(r.stderr)?.[1] ?? r.status);

const seen = new Map();
const errors = new Map();
if (values.format === "jsonl") {
  const rl = readline.createInterface({ input: createReadStream(out) });
  for await (const line of rl) {
    const o = JSON.parse(line);
    if (o.error) errors.set(o.source, (errors.get(o.source) ?? []).concat(o.error.code));
    else seen.set(o.source, (seen.get(o.source) ?? 0) + 1);
  }
}
const missing = manifest.good.filter((g) => !seen.has(g.source));
const badWrong = manifest.bad.filter((b) => {
  const got = [...errors].filter(([src]) => src === b.file || src.startsWith(`${b.file}#`));
  return got.length !== 1 || got[0][1].length !== 1 || got[0][1][0] !== b.code;
});
const extraErrors = [...errors.keys()].filter((src) => !manifest.bad.some((b) => src === b.file || src.startsWith(`${b.file}#`)));
const stderrLines = r.stderr.split("\n").filter((l) => l.startsWith("error ")).length;

console.log(
  JSON.stringify(
    {
      files: manifest.files,
      good: manifest.good.length,
      bad: manifest.bad.length,
      exit,
      seconds: Number(secs.toFixed(1)),
      peakRssMb: Math.round(rssKb / 1024),
      outputMb: Number((statSync(out).size / 1e6).toFixed(1)),
      goodWithClaims: manifest.good.length - missing.length,
      missingGood: missing.slice(0, 5).map((m) => m.source),
      badRecordsRight: manifest.bad.length - badWrong.length,
      badWrong: badWrong.slice(0, 5),
      unexpectedErrors: extraErrors.slice(0, 5).map((s) => [s, errors.get(s)]),
      stderrErrorLines: stderrLines,
    },
    null,
    2,
  ),
);
const ok = exit === 3 && !missing.length && !badWrong.length && !extraErrors.length && rssKb < 500 * 1024;
console.log(ok ? "PASS" : "FAIL");
process.exitCode = ok ? 0 : 1;
