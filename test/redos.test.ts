/**
 * A ReDoS check on every regular expression in the project: the literals found in src/ by
 * the TypeScript parser, and the ones built at run time with `new RegExp` (recorded while
 * the modules load and extract a few articles). Each is scanned over adversarial strings
 * (test/redos-attack.mjs, in a worker so that an exponential one can be stopped); a
 * pattern fails when 4× the string takes over 6× the time, or when it hangs.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SRC = path.join(ROOT, "src");

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []))
    .sort();
}

function literals(): Pattern[] {
  const out: Pattern[] = [];
  for (const file of sourceFiles(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf("/");
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ where: `${path.relative(ROOT, file)}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Patterns built at run time by src/ (not by libraries, not the user's config patterns). */
async function built(): Promise<Pattern[]> {
  const out: Pattern[] = [];
  const Original = globalThis.RegExp;
  const record = (re: RegExp) => {
    const frame = (new Error().stack ?? "").split("\n").slice(3).find((l) => !l.includes("redos.test"));
    const m = frame && /(\/src\/[^:)]+):(\d+)/.exec(frame);
    if (m && !frame.includes("node_modules") && !m[1].endsWith("input/config.ts")) out.push({ where: `src${m[1].slice(4)}:${m[2]}`, source: re.source, flags: re.flags });
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args) => record(Reflect.construct(target, args) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    // every module but the worker entry, which runs only as a worker thread
    for (const file of sourceFiles(SRC)) if (!file.endsWith(path.join("batch", "worker.ts"))) await import(file);
    const { extract } = (await import(path.join(SRC, "index.ts"))) as typeof import("../src/index.js");
    const article =
      'Gold Rises\n\nChina sold $5 billion of U.S. treasuries in March 2024, up 3.5% from a year earlier, the ministry said. "Demand is strong," said Maria Keller. Also Read: More\n';
    extract(article, { date: "2024-05-20" });
    extract(`---\ndate: 2024-01-02\n---\n${article}`, { format: "markdown" });
    extract(`<html><head><title>T</title></head><body><article><p>${article}</p></article></body></html>`, { format: "html" });
  } finally {
    globalThis.RegExp = Original;
  }
  return out;
}

const all = [...literals(), ...(await built())];
const seen = new Set<string>();
const PATTERNS = all.filter((p) => {
  const key = `${p.flags}/${p.source}`;
  return seen.has(key) ? false : (seen.add(key), true);
});

/**
 * Known slow patterns in modules owned elsewhere, each reported to their owners; until
 * they are fixed the per-document time budget protects batches. Matched by file and by
 * the start of the pattern, so that a changed pattern is checked afresh.
 */
const KNOWN: { file: string; starts: string; reason: string }[] = [];

let worker: Worker | null = null;
let nextId = 0;
function attack(p: Pattern, timeoutMs = 10_000): Promise<{ ok: boolean; [k: string]: unknown }> {
  worker ??= new Worker(new URL("./redos-attack.mjs", import.meta.url));
  const w = worker;
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      w.removeListener("message", onMessage);
      void w.terminate();
      worker = null;
      resolve({ ok: false, hang: `no result in ${timeoutMs / 1000} s: exponential backtracking` });
    }, timeoutMs);
    const onMessage = (m: { id: number; ok: boolean }) => {
      if (m.id !== id) return;
      clearTimeout(timer);
      w.removeListener("message", onMessage);
      resolve(m);
    };
    w.on("message", onMessage);
    w.postMessage({ id, source: p.source, flags: p.flags });
  });
}

afterAll(async () => {
  await worker?.terminate();
});

describe("ReDoS: every regular expression scans adversarial text in linear time", () => {
  it("finds the project's patterns", () => {
    expect(PATTERNS.length).toBeGreaterThan(50);
    expect(PATTERNS.some((p) => p.where.startsWith("src/recognizers/"))).toBe(true);
  });

  const rows = PATTERNS.map((p) => ({ ...p, known: KNOWN.find((k) => p.where.startsWith(`${k.file}:`) && p.source.startsWith(k.starts))?.reason }));
  const check = async (p: Pattern) => {
    const r = await attack(p);
    expect(r, `/${p.source}/${p.flags}`).toEqual(expect.objectContaining({ ok: true }));
  };
  it.each(rows.filter((r) => !r.known))("$where /$source/$flags", check);
  const known = rows.filter((r) => r.known);
  if (known.length) it.fails.each(known)("$where /$source/$flags [known: $known]", check);
});
