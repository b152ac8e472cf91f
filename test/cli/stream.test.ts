/**
 * claims as a pipe stage of a distributed engine (issue 13): JSONL records on stdin, one
 * ndjson line out per record, nothing lost. A corpus with bad records is split into
 * partitions — a partition whose first line is bad, a NUL byte, invalid UTF-8, a bad date —
 * and run one process per partition, as Spark's RDD.pipe, Hadoop Streaming, Dask and GNU
 * parallel run it; the concatenated output must be the single-process run, line for line.
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { OutputDocument } from "../../src/schema.js";
import { BIN, DATA, ROOT, requireBuild } from "./helpers.js";

const STAGE = ["extract", "--input-format", "jsonl", "-f", "ndjson", "--fail-on", "never", "--jobs", "1", "-q", "-"];
const PART = 10;

type Doc = { source: { path: string; id: string | null; line: number | null }; claims: unknown[]; error?: { code: string } };

/** `claims STAGE` with `input` on stdin: stdout, stderr and the exit code. */
function stage(input: Buffer, argv = STAGE): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const texts = [
  ...["gold.txt", "trade.md"].map((f) => readFileSync(path.join(DATA, f), "utf8")),
  ...["bbc-style-trade.txt", "web-gold-reserves.txt", "wire-opec-output.txt"].map((f) => readFileSync(path.join(ROOT, "fixtures", f), "utf8")),
];

/** line number (from 1) → what it holds; the rest are good records r<n> */
const BAD: Record<number, [Buffer, string]> = {
  11: [Buffer.from('{"id": "p2-first", "text": "the first line of a partition, cut'), "jsonl"],
  15: [Buffer.from('{"id": "nul", "text": "China sold gold.\0"}'), "binary"],
  23: [Buffer.concat([Buffer.from('{"id": "latin1", "text": "Z'), Buffer.from([0xfc]), Buffer.from('rich"}')]), "encoding"],
  31: [Buffer.from('{"id": "p4-first", "text": "Japan bought oil.", "date": "May 31 2024"}'), "jsonl"],
  36: [Buffer.from('{"id": "no-text", "body": "Oil rose."}'), "jsonl"],
};
const LINES = 40;

function corpus(): Buffer {
  const lines: Buffer[] = [];
  for (let n = 1; n <= LINES; n++) {
    if (BAD[n]) lines.push(BAD[n][0]);
    else {
      // every seventh record has no id, and r8 comes twice: source.line tells them apart
      const id = n % 7 === 0 ? undefined : n === 9 ? "r8" : `r${n}`;
      const text = texts[n % texts.length].replace(/\d+/, String(n));
      lines.push(Buffer.from(JSON.stringify({ id, text, date: n % 2 ? "2024-05-20" : undefined })));
    }
  }
  return Buffer.concat(lines.flatMap((l) => [l, Buffer.from("\n")]));
}

/** The partition's documents as the whole-corpus run numbers them: lines shifted by the partition's start. */
function renumber(doc: Doc, offset: number): Doc {
  const line = (doc.source.line ?? 0) + offset;
  const p = doc.source.id === null ? `-#${line}` : doc.source.path;
  return { ...doc, source: { ...doc.source, line, path: p } };
}

const lines = (s: string) => s.split("\n").slice(0, -1);

let input: Buffer;
let single: { code: number | null; stdout: string; stderr: string };
beforeAll(async () => {
  requireBuild();
  input = corpus();
  single = await stage(input);
}, 60_000);

describe("one process", () => {
  it("writes exactly one valid ndjson line per record, in input order, and exits 0 with --fail-on never", () => {
    expect(single.code).toBe(0);
    expect(single.stderr).toMatch(/^claims: -#11: jsonl: /);
    const docs = lines(single.stdout).map((l) => JSON.parse(l) as Doc);
    expect(docs).toHaveLength(LINES);
    for (const d of docs) expect(OutputDocument.safeParse(d).success).toBe(true);
    expect(docs.map((d) => d.source.line)).toEqual(Array.from({ length: LINES }, (_, i) => i + 1));
  });

  it("makes every bad record an error document in its place, with empty lists", () => {
    const docs = lines(single.stdout).map((l) => JSON.parse(l) as Doc);
    const bad = Object.fromEntries(docs.filter((d) => d.error).map((d) => [d.source.line, d.error!.code]));
    expect(bad).toEqual(Object.fromEntries(Object.entries(BAD).map(([n, [, code]]) => [n, code])));
    for (const d of docs.filter((x) => x.error)) expect(d.claims).toEqual([]);
  });

  it("gives every good record its document: id (or null) and line, claims found", () => {
    const docs = lines(single.stdout).map((l) => JSON.parse(l) as Doc);
    const good = docs.filter((d) => !d.error);
    expect(good).toHaveLength(LINES - Object.keys(BAD).length);
    expect(good.filter((d) => d.source.id === null).map((d) => d.source.path)).toEqual(["-#7", "-#14", "-#21", "-#28", "-#35"]);
    expect(good.filter((d) => d.source.id === "r8").map((d) => [d.source.path, d.source.line])).toEqual([["-#r8", 8], ["-#r8", 9]]);
    expect(good.filter((d) => d.claims.length).length).toBeGreaterThan(LINES / 2);
  });
});

describe("partitions, one process each", () => {
  const partitions = () => {
    const all = lines(input.toString("latin1")).map((l) => Buffer.from(l + "\n", "latin1"));
    return Array.from({ length: LINES / PART }, (_, k) => Buffer.concat(all.slice(k * PART, (k + 1) * PART)));
  };

  it("the concatenated output is the single-process run, line for line, with lines counted per partition", async () => {
    const runs = await Promise.all(partitions().map((p) => stage(p)));
    for (const r of runs) expect(r.code).toBe(0);
    const out = runs.map((r) => lines(r.stdout));
    expect(out.map((o) => o.length)).toEqual([PART, PART, PART, PART]);
    const docs = out.flatMap((o, k) => o.map((l) => renumber(JSON.parse(l) as Doc, k * PART)));
    expect(docs).toEqual(lines(single.stdout).map((l) => JSON.parse(l) as Doc));
    // the partitions whose first line is bad start with their error document
    expect([JSON.parse(out[1][0]).error.code, JSON.parse(out[3][0]).error.code]).toEqual(["jsonl", "jsonl"]);
  }, 60_000);

  const parallel = (() => {
    try {
      execFileSync("parallel", ["--version"], { stdio: "ignore" });
      return true;
    } catch {
      console.log("skipped: GNU parallel is not installed (apt-get install parallel; .ci/run installs it)");
      return false;
    }
  })();

  it.skipIf(!parallel)("GNU parallel --pipe -k gives the same lines as one process per partition", async () => {
    const viaParallel = await new Promise<string>((resolve, reject) => {
      const child = spawn("parallel", ["--will-cite", "--pipe", "-k", "-N", String(PART), "-j", "2", process.execPath, BIN, ...STAGE], { stdio: ["pipe", "pipe", "ignore"] });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.on("error", reject);
      child.on("close", () => resolve(out));
      child.stdin.end(input);
    });
    const docs = lines(viaParallel).map((l, i) => renumber(JSON.parse(l) as Doc, Math.floor(i / PART) * PART));
    expect(docs).toEqual(lines(single.stdout).map((l) => JSON.parse(l) as Doc));
  }, 60_000);
});

describe("streaming", () => {
  it("writes a record's line while the input is still open (output flows while input arrives)", async () => {
    const child = spawn(process.execPath, [BIN, ...STAGE], { stdio: ["pipe", "pipe", "pipe"] });
    child.stdin.write(JSON.stringify({ id: "first", text: texts[2] }) + "\n");
    const first = await new Promise<string>((resolve) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        if (out.includes("\n")) resolve(out);
      });
    });
    expect(child.stdin.writableEnded).toBe(false);
    expect((JSON.parse(first) as Doc).source.id).toBe("first");
    child.stdin.end(JSON.stringify({ id: "second", text: texts[3] }) + "\n");
    expect(await new Promise((r) => child.on("close", r))).toBe(0);
  }, 30_000);
});
