#!/usr/bin/env node
// Benchmark: JSONL records on stdin, as a pipe stage of a distributed engine runs claims.
// Writes MB megabytes of records (the bundled fixtures, varied, with a few bad lines mixed
// in) into `claims extract --input-format jsonl -f ndjson --fail-on never -` as fast as it
// reads them, and prints the time from the first record written to the first line out, the
// peak RSS of the process (worker threads included), RSS samples along the way (constant
// memory: they stay flat), throughput, and checks one output line per record.
//
//   node scripts/bench-stream.mjs [--mb 600] [--jobs 2] [--sample-every 10]
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const targetMB = opt("mb", 600);
const jobs = opt("jobs", 2);
const sampleEvery = opt("sample-every", 10);
const root = new URL("../", import.meta.url);
const bin = fileURLToPath(new URL("bin/claims.js", root));

const fixtures = readdirSync(new URL("fixtures/", root))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(new URL(`fixtures/${f}`, root), "utf8"));
// every 1000th line is bad in turn: not JSON, invalid UTF-8, a NUL byte, a bad date
const BAD = [Buffer.from("{not json\n"), Buffer.from('{"id": "x", "text": "caf\xe9"}\n', "latin1"), Buffer.from('{"id": "y", "text": "a\0b"}\n'), Buffer.from('{"id": "z", "text": "x", "date": "May 31 2024"}\n')];
const record = (i) => {
  if (i % 1000 === 999) return BAD[Math.floor(i / 1000) % BAD.length];
  const text = fixtures[i % fixtures.length].replace(/\d+(?:\.\d+)?/, (n) => String(Number(n) + (i % 97)));
  return Buffer.from(JSON.stringify({ id: `r${i}`, text, date: "2024-05-20" }) + "\n");
};

const child = spawn(process.execPath, [bin, "extract", "--input-format", "jsonl", "-f", "ndjson", "--fail-on", "never", "--jobs", String(jobs), "-q", "-"], {
  stdio: ["pipe", "pipe", "inherit"],
});

child.stdin.on("error", (e) => console.error(`claims stopped reading: ${e.message}`));

// peak RSS: the kernel's high-water mark of the process, read until it exits
let peakKB = 0;
const samples = [];
const readStatus = () => {
  try {
    const s = readFileSync(`/proc/${child.pid}/status`, "utf8");
    const hwm = Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0);
    const rss = Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0);
    peakKB = Math.max(peakKB, hwm);
    return rss;
  } catch {
    return 0;
  }
};
const poll = setInterval(readStatus, 50);

let firstWrite = 0;
let firstLine = 0;
let lines = 0;
let written = 0;
let records = 0;
let nextSample = sampleEvery;
child.stdout.on("data", (d) => {
  if (!firstLine) firstLine = performance.now();
  for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
});

const t0 = performance.now();
const feed = async () => {
  for (let i = 0; written < targetMB * 1e6; i++) {
    const b = record(i);
    if (!firstWrite) firstWrite = performance.now();
    written += b.length;
    records++;
    if (!child.stdin.write(b)) await new Promise((r) => child.stdin.once("drain", r));
    if (written / 1e6 >= nextSample) {
      samples.push([Math.round(written / 1e6), Math.round(readStatus() / 1024), Math.round((performance.now() - t0) / 1000)]);
      nextSample += sampleEvery;
    }
  }
  child.stdin.end();
};
await feed();
const code = await new Promise((r) => child.on("close", (c) => r(c)));
readStatus();
clearInterval(poll);
const secs = (performance.now() - t0) / 1000;

console.log(`input: ${records} records, ${(written / 1e6).toFixed(1)} MB of JSONL on stdin (${Math.floor(records / 1000)} bad lines), --jobs ${jobs}`);
console.log(`first output line: ${(firstLine - firstWrite).toFixed(0)} ms after the first record was written`);
console.log(`peak RSS: ${(peakKB / 1024).toFixed(0)} MiB (VmHWM, worker threads included)`);
console.log(`RSS while running (MB in → MiB RSS at s): ${samples.map(([mb, rss, s]) => `${mb}→${rss}@${s}`).join(" ")}`);
console.log(`time: ${secs.toFixed(1)} s, ${(written / 1e6 / secs).toFixed(2)} MB/s; exit ${code}`);
console.log(`output: ${lines} lines for ${records} records${lines === records ? " (one per record)" : " — MISMATCH"}`);
if (lines !== records || code !== 0) process.exitCode = 1;
