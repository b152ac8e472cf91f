/**
 * What the INPUT arguments name: files, directories (read recursively, sorted), globs,
 * and `-` for stdin. A path that names nothing becomes a `not-found` source, so that it
 * is reported in its place and the other inputs still run.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { globSync } from "tinyglobby";
import type { ProblemRecord } from "../schema.js";

/** `path` is the input as the user named it (reported as `source.path`); `file` is where it is read. */
export type Source =
  | { kind: "stdin"; path: "-" }
  | { kind: "file"; path: string; file: string }
  | { kind: "missing"; path: string; error: ProblemRecord };

/** File endings read from directories and globs. Named files are read whatever they end with. */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"];

const GLOB_CHARS = /[*?[\]{}]/;

export function expandInputs(inputs: readonly string[], cwd = process.cwd()): Source[] {
  const out: Source[] = [];
  const file = (p: string): Source => ({ kind: "file", path: p, file: path.resolve(cwd, p) });
  for (const input of inputs) {
    if (input === "-") {
      out.push({ kind: "stdin", path: "-" });
      continue;
    }
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(path.resolve(cwd, input));
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const root = path.resolve(cwd, input);
      for (const f of walk(root)) out.push(file(path.join(input, path.relative(root, f))));
    } else if (st) {
      out.push(file(input));
    } else if (GLOB_CHARS.test(input)) {
      const files = globSync(input, { cwd, onlyFiles: true, dot: false, expandDirectories: false }).sort();
      if (!files.length) out.push({ kind: "missing", path: input, error: { code: "not-found", message: `no file matches ${input}` } });
      for (const f of files) out.push(file(f));
    } else {
      out.push({ kind: "missing", path: input, error: { code: "not-found", message: `no such file or directory: ${input}` } });
    }
  }
  return out;
}

/** Article files below a directory, sorted by path, hidden entries and node_modules left out. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(p);
    }
  };
  visit(dir);
  return out;
}
