/**
 * The README keeps its word: its jq recipes run over a batch with a missing and a binary file
 * (with the real jq when it is installed, else the same filters in JavaScript), it links only
 * inside the repository, and the package it describes ships it with the LICENSE.
 */
import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT, parseJsonStream, requireBuild } from "./cli/helpers.js";

const README = readFileSync(path.join(ROOT, "README.md"), "utf8");

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The README's recipes: every line of a shell block that pipes `claims extract` into jq. */
const RECIPES = README.split("\n").filter((l) => /^claims extract .*\| jq /.test(l));

/** Each recipe's filter, done in JavaScript over the values claims wrote (documents, or jsonl lines). */
const TWINS: Record<string, (values: Json[]) => Json[]> = {
  ".claims[] | {type, text}": (docs) => docs.flatMap((d) => d.claims.map((c: Json) => ({ type: c.type, text: c.text }))),
  '.figures[] | select(.unit == "USD" and .value > 1e9) | .text': (docs) =>
    docs.flatMap((d) => d.figures.filter((f: Json) => f.unit === "USD" && f.value > 1e9).map((f: Json) => f.text)),
  '.actors[] | select(.kind == "country") | "\\(.code) \\(.name)"': (docs) =>
    docs.flatMap((d) => d.actors.filter((a: Json) => a.kind === "country").map((a: Json) => `${a.code} ${a.name}`)),
  '.quotes[] | "\\(.speakerName): \\(.text)"': (docs) => docs.flatMap((d) => d.quotes.map((q: Json) => `${q.speakerName}: ${q.text}`)),
  'select(.type == "asset-sale") | {source, text}': (lines) => lines.filter((l) => l.type === "asset-sale").map((l) => ({ source: l.source, text: l.text })),
  "[.[].claims[]] | group_by(.type) | map({type: .[0].type, n: length})": (docs) => {
    const n = new Map<string, number>();
    for (const c of docs.flatMap((d) => d.claims)) n.set(c.type, (n.get(c.type) ?? 0) + 1);
    return [[...n].sort(([a], [b]) => (a < b ? -1 : 1)).map(([type, count]) => ({ type, n: count }))];
  },
  'select(.error) | "\\(.source.path): \\(.error.code)"': (docs) => docs.filter((d) => d.error).map((d) => `${d.source.path}: ${d.error.code}`),
  "select(.error) | {path: .source.path, id: .source.id, line: .source.line, code: .error.code}": (docs) =>
    docs.filter((d) => d.error).map((d) => ({ path: d.source.path, id: d.source.id, line: d.source.line, code: d.error.code })),
};

/** A recipe taken apart: claims' arguments, jq's flags and filter. */
function parse(recipe: string): { args: string[]; flags: string[]; filter: string } {
  const m = /^claims extract (.*?) \| jq ((?:-\w+ )*)'(.*)'$/.exec(recipe);
  if (!m) throw new Error(`not a recipe of the form claims extract … | jq [flags] '…': ${recipe}`);
  return { args: m[1].split(" "), flags: m[2].trim().split(" ").filter(Boolean), filter: m[3] };
}

/** jq's output as values: -r gives lines, -c one value a line, otherwise pretty-printed values one after another. */
function valuesOf(out: string, flags: string[]): Json[] {
  const lines = out.split("\n").filter((l) => l !== "");
  if (flags.includes("-r")) return lines;
  const values: Json[] = [];
  let acc = "";
  for (const l of lines) {
    acc += l + "\n";
    try {
      values.push(JSON.parse(acc));
      acc = "";
    } catch {
      // not yet a whole value
    }
  }
  expect(acc).toBe("");
  return values;
}

const hasJq = (() => {
  try {
    execFileSync("jq", ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
})();
if (!hasJq) console.log("readme.test: jq is not installed (apt-get install jq): the recipes run as their JavaScript twins");

let dir: string;
beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(path.join(tmpdir(), "claims-readme-"));
  mkdirSync(path.join(dir, "news"));
  for (const f of readdirSync(path.join(ROOT, "fixtures")).filter((f) => f.endsWith(".txt"))) copyFileSync(path.join(ROOT, "fixtures", f), path.join(dir, "news", f));
  writeFileSync(path.join(dir, "news/scan.txt"), Buffer.from("Japan sold gold.\0\0\x01 more"));
});

/** The batch a recipe's input stands for: it always holds a missing and a binary file. */
const batch = (arg: string): string[] =>
  arg === "article.txt" ? ["news/web-gold-reserves.txt", "missing.txt", "news/scan.txt"] : arg === "news/" ? ["news/", "missing.txt"] : [arg];

function run(file: string, args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(file, args, { cwd: dir, maxBuffer: 1 << 26 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input ?? "");
  });
}

describe("the README's jq recipes, over a batch with a missing and a binary file", () => {
  it("has recipes, each with its JavaScript twin", () => {
    expect(RECIPES.length).toBeGreaterThanOrEqual(5);
    for (const r of RECIPES) expect(Object.keys(TWINS)).toContain(parse(r).filter);
  });

  it.each(RECIPES)("%s", async (recipe) => {
    const { args, flags, filter } = parse(recipe);
    const claims = await run(process.execPath, [BIN, "extract", ...args.flatMap(batch)]);
    expect(claims.code).toBe(3); // two inputs failed; the others are written
    expect(claims.stderr).toMatch(/claims: missing\.txt: not-found/);
    const written = args.includes("jsonl") ? claims.stdout.trimEnd().split("\n").map((l) => JSON.parse(l)) : parseJsonStream(claims.stdout);
    const expected = TWINS[filter](written);
    expect(expected.length).toBeGreaterThan(0);
    if (!hasJq) return;
    const jq = await run("jq", [...flags, filter], claims.stdout);
    expect(jq.stderr).toBe("");
    expect(jq.code).toBe(0);
    expect(valuesOf(jq.stdout, flags)).toEqual(expected);
  });
});

describe("the README stands alone", () => {
  const links = [...README.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);

  it("links only inside the repository, to files that exist or to its own headings", () => {
    expect(links.length).toBeGreaterThan(0);
    const headings = new Set(
      README.split("\n")
        .filter((l) => /^#{1,6} /.test(l))
        .map((l) =>
          l
            .replace(/^#+ /, "")
            .toLowerCase()
            .replace(/[^\p{L}\p{N} -]/gu, "")
            .replace(/ /g, "-"),
        ),
    );
    for (const link of links) {
      expect(link, link).not.toMatch(/^[a-z][a-z0-9+.-]*:/i); // no http:, file:, mailto:
      if (link.startsWith("#")) {
        expect(headings, link).toContain(link.slice(1));
        continue;
      }
      const target = path.resolve(ROOT, link.split("#")[0]);
      expect(path.relative(ROOT, target), link).not.toMatch(/^\.\./);
      expect(existsSync(target), `${link} exists`).toBe(true);
    }
  });

  it("npm pack ships the README and the LICENSE", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(["README.md", "LICENSE", "package.json", "bin/claims.js", "dist/index.js", "schema/claims.schema.json"]));
  });

  it("says plainly that the package is ESM only, and its build-time packages are devDependencies", () => {
    expect(README).toMatch(/\*\*ESM only\.\*\*/);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain("compromise");
    expect(Object.keys(pkg.devDependencies)).toContain("compromise");
  });
});
