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
  | { kind: "failed"; path: string; error: ProblemRecord };

/** File endings read from directories and globs. Named files are read whatever they end with. */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"];

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The sources the INPUT arguments name, in order. A directory that cannot be listed is a
 * source that fails (`unreadable`) in its place; files a directory holds that are not
 * articles are passed to `onSkip`, so that they can be reported rather than dropped.
 */
export function expandInputs(inputs: readonly string[], cwd = process.cwd(), onSkip?: (path: string) => void): Source[] {
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
    } catch (e) {
      st = undefined;
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ELOOP") {
        out.push({ kind: "failed", path: input, error: { code: "unreadable", message: "symlink loop (ELOOP)" } });
        continue;
      }
      if (code !== "ENOENT" && code !== "ENOTDIR" && !GLOB_CHARS.test(input)) {
        out.push({ kind: "failed", path: input, error: { code: "unreadable", message: `cannot read: ${code ?? (e as Error).message}` } });
        continue;
      }
    }
    if (st?.isDirectory()) {
      const root = path.resolve(cwd, input);
      for (const e of walk(root)) {
        const shown = path.join(input, path.relative(root, e.path));
        if (e.kind === "unreadable") out.push({ kind: "failed", path: shown, error: { code: "unreadable", message: `cannot list directory: ${e.code}` } });
        else if (e.kind === "file") out.push(file(shown));
        else onSkip?.(shown);
      }
    } else if (st) {
      out.push(file(input));
    } else if (GLOB_CHARS.test(input)) {
      // as a directory walk does: no hidden files, no node_modules, no links into loops
      const files = globSync(input, { cwd, onlyFiles: true, dot: false, expandDirectories: false, followSymbolicLinks: false, ignore: ["**/node_modules/**"] }).sort();
      if (!files.length) out.push({ kind: "failed", path: input, error: { code: "not-found", message: `no file matches ${input}` } });
      for (const f of files) out.push(file(f));
    } else {
      out.push({ kind: "failed", path: input, error: { code: "not-found", message: `no such file or directory: ${input}` } });
    }
  }
  return out;
}

export type Entry = { kind: "file" | "skipped"; path: string } | { kind: "unreadable"; path: string; code: string };

/**
 * The entries below a directory, depth first and sorted by name: article files, other
 * files (skipped), and sub-directories that cannot be listed. Hidden entries and
 * node_modules are left out; symbolic links to directories are not followed (no loops).
 */
export function walk(dir: string): Entry[] {
  const out: Entry[] = [];
  const visit = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (e) {
      out.push({ kind: "unreadable", path: d, code: (e as NodeJS.ErrnoException).code ?? String(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) visit(p);
      else out.push({ kind: ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()) ? "file" : "skipped", path: p });
    }
  };
  visit(dir);
  return out;
}
