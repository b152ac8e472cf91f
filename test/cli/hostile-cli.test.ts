/**
 * What a hostile-input run found (issue 15), each as the command that showed it: data lost
 * (-o over an input, stdin JSONL with one bad line), a crash (many figures), a hang (a signal
 * during a one-article run), a wrong exit and a trace (a full disk), terminal injection,
 * catastrophic user patterns, and the minor ones (symlink loops, UTF-16, duplicate ids).
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { BIN, DATA, ROOT, parseJsonStream, requireBuild, runBin, runCli } from "./helpers.js";

const ARTICLE = readFileSync(path.join(DATA, "gold.txt"), "utf8");

let dir: string;
beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(path.join(tmpdir(), "claims-hostile-cli-"));
  for (let i = 0; i < 200; i++) file(`many/a${String(i).padStart(3, "0")}.txt`, ARTICLE);
});

const file = (name: string, content: string | Buffer) => {
  const f = path.join(dir, name);
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, content);
  return f;
};

describe("1. an output that is also an input", () => {
  it.each([
    ["the same path", (f: string) => ["extract", f, "-o", f]],
    ["another path to it (a symlink)", (f: string) => (symlinkSync(f, `${f}.link`), ["extract", f, "-o", `${f}.link`])],
    ["a file of an input directory", (f: string) => ["extract", path.dirname(f), "-o", f]],
  ])("%s: exit 2 before anything is opened, the input untouched", async (_, argv) => {
    const f = file(`same-${Math.random().toString(36).slice(2)}/a.txt`, ARTICLE);
    const r = await runCli(argv(f), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^claims: -o .* is also an input .*: it would be overwritten while it is read/);
    expect(readFileSync(f, "utf8")).toBe(ARTICLE);
  });

  it("-o replaces the file whole when the run ends, keeping its permissions, leaving no temporary file", async () => {
    const out = file("out/doc.json", "OLD");
    chmodSync(out, 0o600);
    const r = await runCli(["extract", path.join(DATA, "gold.txt"), "-o", out], { cwd: dir });
    expect(r.code).toBe(0);
    expect(parseJsonStream(readFileSync(out, "utf8"))).toHaveLength(1);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.dirname(out))).toEqual(["doc.json"]);
  });

  it("an interrupted run leaves the old -o file whole and no temporary file", async () => {
    const many = path.join(dir, "many");
    const out = file("kept/out.json", "OLD");
    const child = spawn(process.execPath, [BIN, "extract", "--jobs", "1", many, "-o", out], { stdio: "ignore" });
    // once the temporary file exists, output is being written
    while (readdirSync(path.dirname(out)).length < 2) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGTERM");
    expect(await new Promise((r) => child.on("close", (code, signal) => r(code ?? signal)))).toBe(143);
    expect(readFileSync(out, "utf8")).toBe("OLD");
    expect(readdirSync(path.dirname(out))).toEqual(["out.json"]);
  }, 30_000);
});

describe("2. JSONL on stdin with one invalid UTF-8 line", () => {
  it("gives 1,000 documents and one error record, in place", async () => {
    const lines = Array.from({ length: 1001 }, (_, i) =>
      i === 500 ? Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]) : Buffer.from(JSON.stringify({ id: `r${i}`, text: `Japan sold ${i} tonnes of gold.` })),
    );
    const r = await runCli(["extract", "--input-format", "jsonl", "-f", "ndjson", "-"], { stdin: Buffer.concat(lines.flatMap((l) => [l, Buffer.from("\n")])) });
    expect(r.code).toBe(3);
    const docs = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { source: { line: number }; error?: { code: string } });
    expect(docs).toHaveLength(1001);
    expect(docs.filter((d) => d.error).map((d) => [d.source.line, d.error!.code])).toEqual([[501, "encoding"]]);
  });
});

describe("3. no unbounded spread into arguments", () => {
  /** every `f(...xs)` and `new F(...xs)` in src: arguments are pushed on the stack, and a long array overflows it */
  const spreads = (): string[] => {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith(".ts")) {
          const src = ts.createSourceFile(p, readFileSync(p, "utf8"), ts.ScriptTarget.Latest, true);
          const visit = (n: ts.Node) => {
            if (ts.isSpreadElement(n) && (ts.isCallExpression(n.parent) || ts.isNewExpression(n.parent))) {
              out.push(`${path.relative(ROOT, p)}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.parent.getText().slice(0, 80)}`);
            }
            ts.forEachChild(n, visit);
          };
          visit(src);
        }
      }
    };
    walk(path.join(ROOT, "src"));
    return out;
  };

  it("finds none in src (push(...xs), Math.max(...xs), f(...xs))", () => {
    expect(spreads()).toEqual([]);
  });

  it("10^6 figures in one sentence: every one found, no RangeError", () => {
    const doc = extract("1% ".repeat(1_000_000));
    expect(doc.figures).toHaveLength(1_000_000);
    expect(doc.figures[999_999]).toEqual(expect.objectContaining({ text: "1%", start: 2_999_997, kind: "percent", value: 1 }));
  }, 120_000);
});

describe("5. signals end every run at once", () => {
  /** The bin with `argv`, signalled `afterMs` after it starts (or at its first output): its exit (code or 128 + signal) and how long it took to end. */
  const signalled = (argv: string[], sig: "SIGINT" | "SIGTERM", afterMs: number | "first output", stdin?: "open") =>
    new Promise<{ exit: number | null; ms: number; early: boolean; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, ...argv], { cwd: dir, stdio: [stdin === "open" ? "pipe" : "ignore", "pipe", "ignore"] });
      let stdout = "";
      let sent = 0;
      const send = () => {
        if (sent) return;
        sent = performance.now();
        child.kill(sig);
      };
      child.stdout.on("data", (d) => {
        stdout += d;
        if (afterMs === "first output") send();
      });
      const timer = afterMs === "first output" ? undefined : setTimeout(send, afterMs);
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        const exit = code ?? (signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : null);
        resolve({ exit, ms: sent ? performance.now() - sent : 0, early: !sent, stdout });
      });
    });

  let patterns: string;
  let lines: string;
  beforeAll(() => {
    // 8,000 boilerplate patterns tried on each of 1,900 lines: a one-article run (95 kB, in the main
    // thread) that takes many seconds, reading its config first, whatever the recognisers' speed
    patterns = file("patterns.yaml", `boilerplate:\n${Array.from({ length: 8000 }, (_, i) => `  - "(a|b)*c${i}d"`).join("\n")}\n`);
    lines = file("lines.txt", `${"ab".repeat(24)}\n\n`.repeat(1900));
  });

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s during a one-article run in the main thread → exit %i within a second", async (sig, code) => {
    const r = await signalled(["extract", "-f", "json", "--config", patterns, lines], sig, 4000);
    expect(r.early).toBe(false);
    expect(r.exit).toBe(code);
    expect(r.ms).toBeLessThan(1000);
    expect(r.stdout).toBe("");
  }, 60_000);

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s during the issue's slow one-article run (100 kB of 'five ') → exit %i within a second", async (sig, code, ctx) => {
    const slow = file("five.txt", "five ".repeat(20_000));
    const r = await signalled(["extract", "-f", "json", slow], sig, 1500);
    if (r.early) ctx.skip("the article was extracted before the signal: nothing left to interrupt");
    expect(r.exit).toBe(code);
    expect(r.ms).toBeLessThan(1000);
  }, 60_000);

  it("SIGTERM during a batch → exit 143 within a second, stdout cut at a document boundary", async () => {
    const r = await signalled(["extract", "-f", "json", "--jobs", "1", path.join(dir, "many")], "SIGTERM", "first output");
    expect(r.exit).toBe(143);
    expect(r.ms).toBeLessThan(1000);
    expect(r.stdout.endsWith("\n}\n")).toBe(true);
    const docs = parseJsonStream(r.stdout);
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.length).toBeLessThan(200);
    expect(docs.length).toBe(r.stdout.split(/^\{$/m).length - 1);
  }, 60_000);

  it("SIGTERM while stdin records are still to come → exit 143 within a second", async () => {
    const r = await signalled(["extract", "--input-format", "jsonl", "-f", "ndjson", "-"], "SIGTERM", 1500, "open");
    expect(r.exit).toBe(143);
    expect(r.ms).toBeLessThan(1000);
  }, 30_000);
});

describe("6. write errors", () => {
  it.each([
    ["one article", [path.join(DATA, "gold.txt")]],
    ["a batch", [DATA]],
  ])("stdout on a full disk, %s: one line on stderr, exit 2, no trace", async (_, inputs) => {
    const r = await runBin(`$CLAIMS extract -q -f json ${inputs.join(" ")} > /dev/full`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("claims: cannot write stdout: ENOSPC (no space left on device)\n");
  });

  it("stdout closed (>&-): said on stderr, since everything written is lost", async () => {
    const r = await runBin(`$CLAIMS extract -f json ${path.join(DATA, "gold.txt")} >&-`);
    expect(r.stderr).toMatch(/^claims: warning stdout is closed .*the output is discarded/);
  });
});

describe("7. control characters never reach the terminal", () => {
  const ESC = "\u001b";
  const hostile = `China sold gold.${ESC}[2J${ESC}]0;pwned\u0007 Japan\u009b31m bought oil.\u007f\r\n`;

  it("pretty prints the article's control characters as escapes", async () => {
    const f = file("esc.txt", `Central banks sold gold\n\n${hostile}`);
    const r = await runCli(["extract", "-f", "pretty", f], { env: { NO_COLOR: "1" } });
    expect(r.stdout).toContain("Japan");
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain("\\x1b[2J");
    expect(r.stdout).toContain("\\x1b]0;pwned\\x07");
  });

  it.each([
    ["a file name with a newline and ESC", () => file(`bad\n${ESC}[31mname.txt`, Buffer.from([0, 1, 2])), [] as string[], /^claims: .*bad\\n\\x1b\[31mname\.txt: binary: /],
    [
      "a JSONL id with ESC and BEL",
      () => file("ids.jsonl", JSON.stringify({ id: `${ESC}]0;owned\u0007`, text: "x", date: "soon" }) + "\n"),
      [] as string[],
      /^claims: .*ids\.jsonl#\\x1b\]0;owned\\x07: jsonl: /,
    ],
    ["a bad flag value", () => "x.txt", ["--date", `${ESC}[2J`], /^claims: --date: not a date \(want YYYY-MM-DD\): "\\u001b\[2J"/],
  ])("stderr escapes %s", async (_, make, flags, message) => {
    const r = await runCli(["extract", "-f", "json", ...flags, make()], { cwd: dir });
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it("the spinner shows no input text, and stays off on a terminal of unknown or zero width", async () => {
    const tty = await runCli(["extract", "-f", "json", path.join(dir, "many")], { stderrTTY: true, env: { NO_COLOR: "1" } });
    expect(tty.stderr).toMatch(/\d+\/200 files/);
    const zero = await runCli(["extract", "-f", "json", path.join(dir, "many")], { stderrTTY: true, stderrColumns: 0, env: { NO_COLOR: "1" } });
    expect(zero.stderr).toMatch(/^200 documents · \d+ claims · 0 failed · [\d.]+ s\n$/);
  }, 60_000);
});

describe("8. user patterns run on a linear-time engine", () => {
  it("a config pattern (a+)+$ over a long line of a's is a document, not a timeout", async () => {
    const cfg = file("redos.yaml", "boilerplate:\n  - '(a+)+$'\nlimits:\n  timeoutSeconds: 5\n");
    const f = file("aaa.txt", `Japan sold gold.\n\n${"a".repeat(50_000)}b\n\n${"a".repeat(40)}\n`);
    const r = await runCli(["extract", "-f", "json", "--config", cfg, f]);
    expect(r.code).toBe(0);
    const [doc] = parseJsonStream(r.stdout) as { skipped: { reason: string; text: string }[] }[];
    expect(doc.skipped).toEqual([expect.objectContaining({ reason: "boilerplate", text: "a".repeat(40) })]);
  });

  it.each([
    ["a lookbehind", "(?<=Read) more"],
    ["a back-reference", "(ab)\\\\1"],
  ])("a pattern with %s is refused when the config loads, naming it (exit 2)", async (_, pattern) => {
    const cfg = file(`re-${Math.random().toString(36).slice(2)}.yaml`, `boilerplate:\n  - "${pattern}"\n`);
    const r = await runCli(["extract", "--config", cfg, "gold.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`boilerplate.0: not a valid regular expression for the linear-time engine (RE2): ${JSON.stringify(pattern.replace("\\\\", "\\"))}`);
  });
});

describe("9. the minor ones", () => {
  it.each([
    ["a symlink to itself", (f: string) => symlinkSync(f, f)],
    ["two symlinks to each other", (f: string) => (symlinkSync(`${f}.b`, f), symlinkSync(f, `${f}.b`))],
  ])("%s, named or in a directory: unreadable, symlink loop", async (_, make) => {
    const d = path.join(dir, `loops-${Math.random().toString(36).slice(2)}`);
    mkdirSync(d);
    make(path.join(d, "loop.txt"));
    for (const input of [path.join(d, "loop.txt"), d]) {
      const r = await runCli(["extract", "-f", "ndjson", input], { cwd: dir });
      const docs = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { error: { code: string; message: string } });
      expect(docs[0].error).toEqual({ code: "unreadable", message: "symlink loop (ELOOP)" });
    }
  });

  it("duplicate JSONL ids are told apart by source.line", async () => {
    const rec = JSON.stringify({ id: "same", text: "Japan sold gold." });
    const r = await runCli(["extract", "--input-format", "jsonl", "-f", "ndjson", "-"], { stdin: `${rec}\n${rec}\n\n${rec}\n` });
    const docs = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { source: { path: string; id: string; line: number } });
    expect(docs.map((d) => [d.source.path, d.source.id, d.source.line])).toEqual([
      ["-#same", "same", 1],
      ["-#same", "same", 2],
      ["-#same", "same", 4],
    ]);
  });
});
