/**
 * What the INPUT arguments name: files, directories (read recursively, sorted), globs,
 * and `-` for stdin. A path that names nothing becomes a `not-found` source, so that it
 * is reported in its place and the other inputs still run. Paths are reported as the user
 * wrote them (`./news/a.txt`, `/abs/feeds/b.html`, `../x/c.md`), and a file named twice —
 * `news/ news/a.txt`, `a.txt ./a.txt`, or through a link — is read once, in its first place.
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
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
 * articles are passed to `onSkip`, so that they can be reported rather than dropped, and a
 * directory that holds no article at all to `onEmpty`.
 */
export function expandInputs(
  inputs: readonly string[],
  cwd = process.cwd(),
  onSkip?: (path: string) => void,
  onEmpty?: (input: string) => void,
): Source[] {
  const out: Source[] = [];
  const seen = new Set<string>();
  const add = (s: Source) => {
    const key = s.kind === "file" ? `file:${realPath(s.file)}` : s.kind === "stdin" ? "stdin" : `failed:${s.path}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  const file = (p: string): Source => ({ kind: "file", path: p, file: path.resolve(cwd, p) });
  for (const input of inputs) {
    if (input === "-") {
      add({ kind: "stdin", path: "-" });
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
      let articles = 0;
      for (const e of walk(root)) {
        const shown = under(input, path.relative(root, e.path));
        if (e.kind === "unreadable") add({ kind: "failed", path: shown, error: { code: "unreadable", message: `cannot list directory: ${e.code}` } });
        else if (e.kind === "file") {
          articles++;
          add(file(shown));
        } else onSkip?.(shown);
      }
      if (!articles) onEmpty?.(input);
    } else if (st) {
      add(file(input));
    } else if (GLOB_CHARS.test(input)) {
      const files = globFiles(input, cwd);
      if (!files.length) add({ kind: "failed", path: input, error: { code: "not-found", message: `no file matches ${input}` } });
      for (const f of files) add(file(f));
    } else {
      add({ kind: "failed", path: input, error: { code: "not-found", message: `no such file or directory: ${input}` } });
    }
  }
  return out;
}

/** `rel` below the directory `dir` as the user wrote it: `./news` + `a.txt` → `./news/a.txt`; `.` → `a.txt`. */
function under(dir: string, rel: string): string {
  if (dir === "." || dir === "./") return rel;
  return dir.endsWith("/") || dir.endsWith(path.sep) ? dir + rel : dir + path.sep + rel;
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * The files a glob matches, sorted, each as the user wrote the glob's fixed head
 * (`/abs/feeds/` + `b.html`, `../x/` + `c.md`). As a directory walk does: no hidden files,
 * no node_modules, no links into loops.
 */
function globFiles(pattern: string, cwd: string): string[] {
  const parts = pattern.split("/");
  const fixed = countFixed(parts);
  const head = parts.slice(0, fixed).join("/");
  const base = fixed ? head + "/" : "";
  const rest = parts.slice(fixed).join("/");
  const found = globSync(rest, {
    cwd: path.resolve(cwd, base || "."),
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    followSymbolicLinks: false,
    ignore: ["**/node_modules/**"],
  });
  return found.map((f) => base + f).sort();
}

/** How many leading segments of a glob hold no glob character (`/abs/feeds/` of `/abs/feeds/**` + `/*.html`). */
function countFixed(parts: readonly string[]): number {
  let n = 0;
  while (n < parts.length - 1 && !GLOB_CHARS.test(parts[n])) n++;
  return n;
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
