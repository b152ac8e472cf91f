/** The built bin, as a user runs it: processes, pipes, signals. Build first (npm test does). */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, DATA, parseJsonStream, requireBuild, runBin, scratch } from "./helpers.js";

let dir: string;
let many: string;
beforeAll(() => {
  requireBuild();
  dir = scratch();
  // enough output to overrun a pipe's buffer
  many = path.join(dir, "many");
  mkdirSync(many);
  const text = readFileSync(path.join(DATA, "gold.txt"), "utf8");
  for (let i = 0; i < 300; i++) writeFileSync(path.join(many, `a${String(i).padStart(3, "0")}.txt`), text);
});

describe("bin/claims.js", () => {
  it("extracts a directory to jsonl: every line parses", async () => {
    const r = await runBin(["extract", "-f", "jsonl", "."]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(JSON.parse(l)).toHaveProperty("source");
  });

  it("reads stdin for -", async () => {
    const r = await runBin(["extract", "-f", "json", "-"], { input: readFileSync(path.join(DATA, "trade.md"), "utf8") });
    expect(r.code).toBe(0);
    expect((parseJsonStream(r.stdout)[0] as { source: { path: string } }).source.path).toBe("-");
  });

  it("an input that fails: exit 3, a line on stderr, the others on stdout", async () => {
    const r = await runBin(["extract", "-f", "json", "articles"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(parseJsonStream(r.stdout)).toHaveLength(6);
    expect(r.stderr).toMatch(/^claims: skipped 1 file .*notes\.csv\nclaims: articles\/h-binary\.txt: binary: /);
  });

  it.each([
    [["extract"], 2],
    [["extract", "--nope", "x"], 2],
    [["extract", "--date", "2024-13-01", "gold.txt"], 2],
    [["extract", "--fail-on", "error", "nope.txt"], 1],
    [["--version"], 0],
    [["schema"], 0],
  ])("%j → exit %i", async (argv, code) => {
    expect((await runBin(argv)).code).toBe(code);
  });

  it("reads more files than it may open at once (no EMFILE)", async () => {
    // Node and its workers open many modules at once at start-up; 300 files must pass through the rest
    const r = await runBin(`ulimit -n 200 && $CLAIMS extract -q -f jsonl ${many} | wc -l`);
    expect(r.stderr).toBe("");
    expect(Number(r.stdout.trim())).toBeGreaterThanOrEqual(300);
  });

  it("a broken pipe ends quietly, with no stack trace", async () => {
    const r = await runBin(`$CLAIMS extract -f json ${many} | head -c 100 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`);
    expect(r.stderr.trim()).toMatch(/^exit (0|141)$/);
  });

  it("a broken pipe on a single article ends quietly too", async () => {
    const r = await runBin(`$CLAIMS extract -f yaml ${path.join(DATA, "gold.txt")} | head -c 10 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`);
    expect(r.stderr.trim()).toMatch(/^exit (0|141)$/);
  });

  it("SIGINT stops a batch with exit 130", async () => {
    const child = spawn(process.execPath, [BIN, "extract", "-f", "json", "--jobs", "1", many], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    // once output flows the batch is under way, its handlers installed
    await new Promise((r) => child.stdout.once("data", r));
    child.stdout.resume();
    child.kill("SIGINT");
    const code = await new Promise<number | null>((r) => child.on("close", (c) => r(c)));
    expect(code).toBe(130);
    expect(stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("writes nothing to stderr when stderr is not a terminal and all goes well (no progress, no summary)", async () => {
    const r = await runBin(["extract", "-f", "jsonl", many]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });
});
