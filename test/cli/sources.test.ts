import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { expandInputs, walk } from "../../src/input/sources.js";

let dir: string;
let linked: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "claims-sources-"));
  for (const f of ["b.txt", "a.md", "c.html", "d.jsonl", "e.csv", "f.TXT", ".hidden.txt", "sub/z.txt", "sub/a.htm", "node_modules/x.txt", ".git/y.txt"]) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), "x");
  }
  symlinkSync(path.join(dir, "sub"), path.join(dir, "loop"));
  // a link to a file, in a directory of its own (the walk above lists every file)
  linked = mkdtempSync(path.join(tmpdir(), "claims-linked-"));
  for (const f of ["b.txt", "sub/a.htm", "sub/z.txt"]) {
    mkdirSync(path.dirname(path.join(linked, f)), { recursive: true });
    writeFileSync(path.join(linked, f), "x");
  }
  symlinkSync(path.join(linked, "b.txt"), path.join(linked, "link.txt"));
});

describe("expandInputs", () => {
  it("walks a directory depth first, sorted, articles only, and reports what it skips", () => {
    const skipped: string[] = [];
    const srcs = expandInputs(["."], dir, (p) => skipped.push(p));
    expect(srcs.map((s) => s.path)).toEqual(["a.md", "b.txt", "c.html", "d.jsonl", "f.TXT", "sub/a.htm", "sub/z.txt"]);
    expect(skipped).toEqual(["e.csv", "loop"]);
  });

  it.each([
    ["a named file, whatever its ending", ["e.csv"], [["e.csv", "file"]]],
    ["a glob, sorted", ["**/*.txt"], [["b.txt", "file"], ["sub/z.txt", "file"]]],
    ["a glob that matches nothing", ["*.pdf"], [["*.pdf", "failed"]]],
    ["a missing path", ["nope.txt"], [["nope.txt", "failed"]]],
    ["stdin", ["-"], [["-", "stdin"]]],
    ["inputs in the order given", ["sub", "b.txt"], [["sub/a.htm", "file"], ["sub/z.txt", "file"], ["b.txt", "file"]]],
  ])("%s", (_, inputs, want) => {
    expect(expandInputs(inputs, dir).map((s) => [s.path, s.kind])).toEqual(want);
  });

  it.each([
    ["a file named twice", ["b.txt", "./b.txt", "b.txt"], ["b.txt"]],
    ["a file inside a directory named before", ["sub", "sub/z.txt"], ["sub/a.htm", "sub/z.txt"]],
    ["a file named before its directory", ["sub/z.txt", "sub/"], ["sub/z.txt", "sub/a.htm"]],
    ["a file and a link to it", ["b.txt", "link.txt"], ["b.txt"]],
    ["a missing path named twice", ["nope.txt", "nope.txt"], ["nope.txt"]],
    ["stdin named twice", ["-", "-"], ["-"]],
  ])("reads %s once, in its first place", (_, inputs, want) => {
    expect(expandInputs(inputs, linked).map((s) => s.path)).toEqual(want);
  });

  it.each([
    ["a directory with ./", () => ["./sub"], () => ["./sub/a.htm", "./sub/z.txt"]],
    ["a directory with a trailing slash", () => ["sub/"], () => ["sub/a.htm", "sub/z.txt"]],
    ["an absolute directory", () => [path.join(dir, "sub")], () => [path.join(dir, "sub/a.htm"), path.join(dir, "sub/z.txt")]],
    ["an absolute glob", () => [`${dir}/**/*.txt`], () => [path.join(dir, "b.txt"), path.join(dir, "sub/z.txt")]],
    ["a glob with ./", () => ["./sub/*"], () => ["./sub/a.htm", "./sub/z.txt"]],
    ["a glob from a parent directory", () => [`../${path.basename(dir)}/sub/*.txt`], () => [`../${path.basename(dir)}/sub/z.txt`]],
  ])("reports %s as the user wrote it", (_, inputs, want) => {
    expect(expandInputs(inputs(), dir).map((s) => s.path)).toEqual(want());
  });

  it("tells which directories hold no article", () => {
    const bare = mkdtempSync(path.join(tmpdir(), "claims-bare-"));
    const csv = mkdtempSync(path.join(tmpdir(), "claims-csv-"));
    writeFileSync(path.join(csv, "e.csv"), "x");
    const empty: string[] = [];
    const skipped: string[] = [];
    const srcs = expandInputs([bare, "sub", csv], dir, (p) => skipped.push(p), (d) => empty.push(d));
    expect(srcs.map((s) => s.path)).toEqual(["sub/a.htm", "sub/z.txt"]);
    expect(empty).toEqual([bare, csv]);
    expect(skipped).toEqual([path.join(csv, "e.csv")]);
  });

  it("a directory that cannot be listed is an entry of its own", () => {
    expect(walk(path.join(dir, "gone"))).toEqual([{ kind: "unreadable", path: path.join(dir, "gone"), code: "ENOENT" }]);
  });
});
