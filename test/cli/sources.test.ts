import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { expandInputs, walk } from "../../src/input/sources.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "claims-sources-"));
  for (const f of ["b.txt", "a.md", "c.html", "d.jsonl", "e.csv", "f.TXT", ".hidden.txt", "sub/z.txt", "sub/a.htm", "node_modules/x.txt", ".git/y.txt"]) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), "x");
  }
  symlinkSync(path.join(dir, "sub"), path.join(dir, "loop"));
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

  it("a directory that cannot be listed is an entry of its own", () => {
    expect(walk(path.join(dir, "gone"))).toEqual([{ kind: "unreadable", path: path.join(dir, "gone"), code: "ENOENT" }]);
  });
});
