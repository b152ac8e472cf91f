import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { colorLevel } from "../../src/cli.js";
import { OutputDocument } from "../../src/schema.js";
import { DATA, parseJsonStream, requireBuild, runCli, scratch } from "./helpers.js";

type Doc = { source: { path: string; date?: string | null; title?: string | null }; claims?: { text: string }[]; error?: { code: string } };

const SKIPPED_CSV = "claims: skipped 1 file that is not .txt, .md, .html or .jsonl: notes.csv\n";
const ALL = ["gold.txt", "more/summit.html", "more/wire.jsonl#w1", "more/wire.jsonl#w2", "trade.md"];

let dir: string;
beforeAll(() => {
  requireBuild();
  dir = scratch();
});

const docsOf = (stdout: string) => parseJsonStream(stdout) as Doc[];

describe("inputs", () => {
  it.each([
    ["a file", ["gold.txt"], ["gold.txt"]],
    ["a directory, recursive and sorted, article files only", ["."], ALL.map((p) => path.join(".", p))],
    ["a sub-directory", ["more"], ["more/summit.html", "more/wire.jsonl#w1", "more/wire.jsonl#w2"]],
    ["a glob", ["**/*.{md,html}"], ["more/summit.html", "trade.md"]],
    ["several inputs, in the order given", ["trade.md", "gold.txt"], ["trade.md", "gold.txt"]],
    ["a JSONL file: one document per record", ["more/wire.jsonl"], ["more/wire.jsonl#w1", "more/wire.jsonl#w2"]],
  ])("%s", async (_, argv, paths) => {
    const r = await runCli(["extract", "-f", "json", ...argv]);
    expect(r.code).toBe(0);
    expect(docsOf(r.stdout).map((d) => d.source.path)).toEqual(paths);
    expect(r.stderr).toBe(argv[0] === "." ? SKIPPED_CSV : "");
  });

  it("reports the files of a directory it skips, unless --quiet", async () => {
    expect((await runCli(["extract", "-f", "json", "."])).stderr).toBe(SKIPPED_CSV);
    expect((await runCli(["extract", "-q", "-f", "json", "."])).stderr).toBe("");
  });

  it.each([
    ["a .jsonl file read as text", ["--input-format", "text", "more/wire.jsonl"], [["more/wire.jsonl", null, null]]],
    ["a .txt file read as JSONL records", ["--input-format", "jsonl", "records.txt"], [["records.txt#a", "a", 1], ["records.txt#3", null, 3]]],
    ["an HTML page named .txt", ["--input-format", "html", "page.txt"], [["page.txt", null, null]]],
  ])("--input-format: %s", async (_, argv, want) => {
    const cwd = path.join(dir, "formats");
    mkdirSync(path.join(cwd, "more"), { recursive: true });
    writeFileSync(path.join(cwd, "more/wire.jsonl"), readFileSync(path.join(DATA, "more/wire.jsonl")));
    writeFileSync(path.join(cwd, "records.txt"), '{"id": "a", "text": "Japan sold gold."}\n\n{"text": "Oil rose 5%."}\n');
    writeFileSync(path.join(cwd, "page.txt"), "<html><head><title>Gold</title></head><body><article><p>Japan sold gold in March, the ministry said on Friday.</p></article></body></html>");
    const r = await runCli(["extract", "-f", "json", ...argv], { cwd });
    expect(r.code).toBe(0);
    const docs = docsOf(r.stdout) as (Doc & { source: { id: string | null; line: number | null } })[];
    expect(docs.map((d) => [d.source.path, d.source.id, d.source.line])).toEqual(want);
    if (argv.includes("html")) expect(docs[0].source.title).toBe("Gold");
  });

  it("reads stdin for -, as one article, or as JSONL records with --input-format jsonl", async () => {
    const text = readFileSync(path.join(DATA, "gold.txt"), "utf8");
    const a = await runCli(["extract", "-f", "json", "-"], { stdin: text });
    expect(docsOf(a.stdout).map((d) => [d.source.path, d.source.title])).toEqual([["-", "Central Banks Keep Buying Gold"]]);
    expect(a.stderr).toBe("");
    const jsonl = readFileSync(path.join(DATA, "more/wire.jsonl"));
    const b = await runCli(["extract", "-f", "json", "--input-format", "jsonl", "-"], { stdin: jsonl });
    expect(docsOf(b.stdout).map((d) => d.source.path)).toEqual(["-#w1", "-#w2"]);
  });

  it("never guesses JSONL on stdin: records without --input-format jsonl are one article, with a warning", async () => {
    const r = await runCli(["extract", "-f", "json", "-"], { stdin: readFileSync(path.join(DATA, "more/wire.jsonl")) });
    expect(docsOf(r.stdout).map((d) => d.source.path)).toEqual(["-"]);
    expect(r.stderr).toMatch(/^claims: warning -: this looks like JSONL records, read as one article: say --input-format jsonl/);
    expect((await runCli(["extract", "-q", "-f", "json", "-"], { stdin: readFileSync(path.join(DATA, "more/wire.jsonl")) })).stderr).toBe("");
  });

  it("takes each input's own reference date: front matter, HTML meta, JSONL record", async () => {
    const r = await runCli(["extract", "-f", "json", "."]);
    expect(Object.fromEntries(docsOf(r.stdout).map((d) => [d.source.path, d.source.date]))).toEqual({
      "gold.txt": null,
      "more/summit.html": "2024-03-15",
      "more/wire.jsonl#w1": "2024-02-01",
      "more/wire.jsonl#w2": null,
      "trade.md": "2024-05-20",
    });
  });

  it("reads the article of an HTML page, not its scripts or navigation", async () => {
    const r = await runCli(["extract", "-f", "json", "more/summit.html"]);
    const [doc] = docsOf(r.stdout) as (Doc & { claims: { text: string }[] })[];
    expect(doc.source.title).toBe("Leaders Meet in Geneva");
    const all = doc.claims.map((c) => c.text).join(" ");
    expect(all).toContain("Russia and Turkey agreed");
    expect(all).not.toMatch(/\$900 billion|Home|Subscribe/);
  });

  it("--date overrides the input's own date", async () => {
    const r = await runCli(["extract", "-f", "json", "--date", "2023-12-31", "trade.md"]);
    expect(docsOf(r.stdout)[0].source.date).toBe("2023-12-31");
  });
});

describe("formats", () => {
  it("json: a stream of pretty-printed documents that validate against the schema", async () => {
    const r = await runCli(["extract", "-f", "json", "."]);
    expect(r.stdout).toMatch(/^\{\n {2}"schemaVersion": 1,/);
    for (const d of docsOf(r.stdout)) expect(OutputDocument.safeParse(d).success).toBe(true);
  });

  it("json is the default when stdout is not a terminal, pretty when it is", async () => {
    expect((await runCli(["extract", "gold.txt"])).stdout).toMatch(/^\{/);
    const pretty = await runCli(["extract", "gold.txt"], { stdoutTTY: true, env: { NO_COLOR: "1" } });
    expect(pretty.stdout).toMatch(/^gold\.txt {2}Central Banks Keep Buying Gold/);
    expect(pretty.stdout).toMatch(/\d+ claims · \d+ actors/);
  });

  it("jsonl: one claim per line with its source; a failed input is one {source, error} line", async () => {
    const r = await runCli(["extract", "-f", "jsonl", "articles"], { cwd: dir });
    expect(r.code).toBe(3);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    const claims = lines.filter((l) => !("error" in l));
    expect(claims.length).toBeGreaterThan(3);
    for (const c of claims) expect(c).toEqual(expect.objectContaining({ source: expect.any(String), text: expect.any(String), type: expect.any(String) }));
    const failed = lines.filter((l) => "error" in l);
    expect(failed).toEqual([{ source: "articles/h-binary.txt", error: { code: "binary", message: expect.any(String) } }]);
    // in place: after gold.txt's claims, before the others
    const order = [...new Set(lines.map((l) => l.source as string))];
    expect(order[0]).toBe("articles/gold.txt");
    expect(order[1]).toBe("articles/h-binary.txt");
  });

  it("ndjson: exactly one line per input or record — an empty article a document, a failure an error document", async () => {
    const r = await runCli(["extract", "-f", "ndjson", "articles", "empty.txt", "missing.txt"], { cwd: dir });
    expect(r.code).toBe(3);
    const lines = r.stdout.split("\n");
    expect(lines.pop()).toBe("");
    const docs = lines.map((l) => JSON.parse(l) as Doc & { claims: unknown[] });
    expect(docs.map((d) => [d.source.path, d.error?.code ?? d.claims.length > 0])).toEqual([
      ["articles/gold.txt", true],
      ["articles/h-binary.txt", "binary"],
      ["articles/more/summit.html", true],
      ["articles/more/wire.jsonl#w1", true],
      ["articles/more/wire.jsonl#w2", true],
      ["articles/trade.md", true],
      ["empty.txt", false],
      ["missing.txt", "not-found"],
    ]);
    for (const d of docs) expect(OutputDocument.safeParse(d).success).toBe(true);
    expect(docsOf((await runCli(["extract", "-f", "json", "articles", "empty.txt", "missing.txt"], { cwd: dir })).stdout)).toEqual(docs);
  });

  it("ndjson and jsonl lines never break inside a document: U+2028 and U+2029 are escaped", async () => {
    const rec = JSON.stringify({ id: "ls", text: "Japan sold \u2028gold worth $5 billion in March, the ministry said.\u2029" });
    for (const f of ["ndjson", "jsonl"]) {
      const r = await runCli(["extract", "-f", f, "--input-format", "jsonl", "-"], { stdin: rec });
      expect(r.stdout).not.toMatch(/[\u2028\u2029]/);
      expect(r.stdout).toContain("\\u2028");
      for (const l of r.stdout.trimEnd().split("\n")) expect(JSON.parse(l)).toBeTruthy();
    }
  });

  it("yaml: parses back to the same documents as json, also as YAML 1.1", async () => {
    const json = docsOf((await runCli(["extract", "-f", "json", "."])).stdout);
    const yamlText = (await runCli(["extract", "-f", "yaml", "."])).stdout;
    expect(yamlText.startsWith("---\n")).toBe(true);
    expect(parseAllDocuments(yamlText).map((d) => d.toJS())).toEqual(json);
    expect(parseAllDocuments(yamlText, { version: "1.1" }).map((d) => d.toJS())).toEqual(json);
  });

  it.each(["no", "Yes", "off", "ON", "y", "n", "null", "~", "0o17", "0x1F", "1_000", "12:30", "2024-05-20", ".inf"])(
    "yaml quotes %j so that YAML 1.1 parsers read a string",
    async (word) => {
      const rec = JSON.stringify({ id: word, title: word, text: "Japan sold gold." });
      const r = await runCli(["extract", "-f", "yaml", "--input-format", "jsonl", "-"], { stdin: rec });
      const [doc] = parseAllDocuments(r.stdout, { version: "1.1" }).map((d) => d.toJS()) as Doc[];
      expect(doc.source.title).toBe(word);
      expect(doc.source.path).toBe(`-#${word}`);
    },
  );

  it("-o writes the output to a file and nothing to stdout", async () => {
    const out = path.join(dir, "out.json");
    const r = await runCli(["extract", "-o", out, "gold.txt"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(docsOf(readFileSync(out, "utf8")).map((d) => d.source.path)).toEqual(["gold.txt"]);
  });

  it("is byte-identical for the same input and options, whatever the number of workers", async () => {
    for (const format of ["json", "ndjson", "jsonl", "yaml", "pretty"]) {
      const a = await runCli(["extract", "-f", format, "--jobs", "1", "."]);
      const b = await runCli(["extract", "-f", format, "--jobs", "2", "."]);
      const c = await runCli(["extract", "-f", format, "--jobs", "3", "."]);
      expect(b.stdout).toBe(a.stdout);
      expect(c.stdout).toBe(a.stdout);
    }
  }, 90_000);
});

describe("failures and exit codes", () => {
  it("an input that fails: exit 3, its error record in place, the others written, a line on stderr", async () => {
    const r = await runCli(["extract", "-f", "json", "articles", "missing.txt"], { cwd: dir });
    expect(r.code).toBe(3);
    const docs = docsOf(r.stdout);
    expect(docs.map((d) => [d.source.path, d.error?.code ?? "ok"])).toEqual([
      ["articles/gold.txt", "ok"],
      ["articles/h-binary.txt", "binary"],
      ["articles/more/summit.html", "ok"],
      ["articles/more/wire.jsonl#w1", "ok"],
      ["articles/more/wire.jsonl#w2", "ok"],
      ["articles/trade.md", "ok"],
      ["missing.txt", "not-found"],
    ]);
    const none = { actors: [], claims: [], figures: [], dates: [], quotes: [], skipped: [], errors: [] };
    expect(docs[1]).toEqual({ schemaVersion: 1, source: { path: "articles/h-binary.txt", id: null, line: null }, error: { code: "binary", message: expect.any(String) }, ...none });
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      "claims: skipped 1 file that is not .txt, .md, .html or .jsonl: articles/notes.csv",
      expect.stringMatching(/^claims: articles\/h-binary\.txt: binary: /),
      expect.stringMatching(/^claims: missing\.txt: not-found: /),
    ]);
  });

  it.each(["json", "yaml"])("%s: a failed input is a document with every list empty, so .claims[] runs over the batch", async (format) => {
    const r = await runCli(["extract", "-f", format, "gold.txt", "missing.txt"]);
    expect(r.code).toBe(3);
    const docs = (format === "json" ? docsOf(r.stdout) : parseAllDocuments(r.stdout).map((d) => d.toJS())) as (Doc & Record<string, unknown>)[];
    expect(docs.map((d) => d.source.path)).toEqual(["gold.txt", "missing.txt"]);
    for (const d of docs) expect(OutputDocument.safeParse(d).success).toBe(true);
    expect(docs[1]).toMatchObject({ error: { code: "not-found" }, claims: [], actors: [], figures: [], dates: [], quotes: [], skipped: [], errors: [] });
    expect(docs.flatMap((d) => d.claims!).length).toBeGreaterThan(0);
  });

  it.each([
    { what: "--fail-on error with a failed input", argv: ["--fail-on", "error", "articles"], code: 1 },
    { what: "--fail-on empty with an input that gives no claim", argv: ["--fail-on", "empty", "empty.txt"], code: 1 },
    { what: "an empty input without a gate", argv: ["empty.txt"], code: 0 },
    { what: "--fail-on never with failed inputs", argv: ["--fail-on", "never", "articles", "missing.txt"], code: 0 },
    { what: "--fail-on never with an input that gives no claim", argv: ["--fail-on", "never", "empty.txt"], code: 0 },
    { what: "--fail-on never with a bad config (the run cannot start)", argv: ["--fail-on", "never", "--config", "missing.yaml", "empty.txt"], code: 2 },
    { what: "--fail-on empty when every input gives claims", argv: ["--fail-on", "empty", "articles/gold.txt"], code: 0 },
    { what: "--fail-on error when nothing fails", argv: ["--fail-on", "error", "articles/gold.txt"], code: 0 },
  ])("$what → exit $code", async ({ argv, code }) => {
    const r = await runCli(["extract", "-f", "json", ...argv], { cwd: dir });
    expect(r.code).toBe(code);
  });

  it("an empty input is a document with no claims", async () => {
    const r = await runCli(["extract", "-f", "json", "empty.txt"], { cwd: dir });
    expect(docsOf(r.stdout)).toEqual([expect.objectContaining({ source: expect.objectContaining({ path: "empty.txt", chars: 0 }), claims: [] })]);
  });

  it.each([
    ["no INPUT", ["extract"], /no INPUT given.*- for stdin/],
    ["a bad --date", ["extract", "--date", "2024-02-30", "gold.txt"], /--date: no such date/],
    ["a --date that is not a date", ["extract", "--date", "yesterday", "gold.txt"], /--date: not a date/],
    ["an unknown flag", ["extract", "--frmat", "json", "gold.txt"], /unknown option '--frmat'/],
    ["an unknown format", ["extract", "-f", "xml", "gold.txt"], /unknown format "xml"/],
    ["a bad --fail-on", ["extract", "--fail-on", "warn", "gold.txt"], /--fail-on wants error, empty or never/],
    ["an unknown input format", ["extract", "--input-format", "xml", "gold.txt"], /unknown input format "xml": use one of auto, text, markdown, html, jsonl/],
    ["a bad --jobs", ["extract", "--jobs", "0", "gold.txt"], /--jobs wants a whole number/],
    ["an unknown command", ["extrakt", "gold.txt"], /unknown command 'extrakt'/],
    ["an -o path that cannot be written", ["extract", "-o", "/nonexistent/dir/x.json", "gold.txt"], /cannot write \/nonexistent\/dir\/x\.json: ENOENT/],
  ])("%s → exit 2 with a message", async (_, argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("no arguments at all: the help on stderr, exit 2", async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^Usage: claims/);
  });

  it.each([
    ["a file", ["gold.txt"], "claims extract gold.txt"],
    ["a file and flags", ["gold.txt", "-f", "json"], "claims extract gold.txt -f json"],
    ["a path that does not exist", ["news/today.txt"], "claims extract news/today.txt"],
    ["a glob with a space", ["my news/*.txt"], "claims extract 'my news/*.txt'"],
    ["stdin", ["-"], "claims extract -"],
    ["a directory named like a word", ["more"], "claims extract more"],
  ])("a bare input (%s): exit 2, and the command line it meant", async (_, argv, meant) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`claims: unknown command '${argv[0]}': to read it as an input, run\n  ${meant}\n`);
  });

  it.each([
    ["an unknown command", ["extrakt", "gold.txt"]],
    ["an unknown option", ["extract", "--frmat", "json", "gold.txt"]],
    ["a missing option value", ["extract", "gold.txt", "--date"]],
    ["a bad --color", ["extract", "--color", "sometimes", "gold.txt"]],
    ["no INPUT", ["extract"]],
  ])("%s: every message starts with claims:", async (_, argv) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    for (const line of r.stderr.trimEnd().split("\n")) expect(line).toMatch(/^claims: /);
  });
});

describe("inputs that hold no article", () => {
  it.each([
    ["an empty directory", (d: string) => mkdirSync(path.join(d, "nothing")), ["nothing"], "claims: no article in nothing: found no file at all\n"],
    [
      "a directory with no supported file",
      (d: string) => {
        mkdirSync(path.join(d, "papers"));
        writeFileSync(path.join(d, "papers/a.pdf"), "x");
        writeFileSync(path.join(d, "papers/b.csv"), "x");
      },
      ["papers/"],
      "claims: no article in papers/: found only 2 files that are not .txt, .md, .html or .jsonl: papers/a.pdf, papers/b.csv\n",
    ],
  ])("%s is a usage error (exit 2), even under --fail-on empty, saying what it found", async (_, make, argv, message) => {
    const base = mkdtempSync(path.join(tmpdir(), "claims-noarticle-"));
    make(base);
    for (const gate of [[], ["--fail-on", "empty"]]) {
      const r = await runCli(["extract", "-f", "json", ...gate, ...argv], { cwd: base });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(message);
    }
  });

  it("a directory with no article beside other inputs: a note, and the others run", async () => {
    const base = mkdtempSync(path.join(tmpdir(), "claims-noarticle-"));
    mkdirSync(path.join(base, "nothing"));
    writeFileSync(path.join(base, "a.txt"), "Japan sold gold in March.");
    const r = await runCli(["extract", "-f", "json", "nothing", "a.txt"], { cwd: base });
    expect(r.code).toBe(0);
    expect(docsOf(r.stdout).map((d) => d.source.path)).toEqual(["a.txt"]);
    expect(r.stderr).toBe("claims: no article in nothing\n");
  });

  it("the same file named twice is read once; paths stay as given", async () => {
    const r = await runCli(["extract", "-f", "json", "gold.txt", "./gold.txt", "./more", "more/summit.html", path.join(DATA, "*.md")]);
    expect(r.code).toBe(0);
    expect(docsOf(r.stdout).map((d) => d.source.path)).toEqual(["gold.txt", "./more/summit.html", "./more/wire.jsonl#w1", "./more/wire.jsonl#w2", path.join(DATA, "trade.md")]);
  });
});

describe("formats chosen without -f", () => {
  it.each([
    ["report.html", /^<!doctype html>/],
    ["doc.yaml", /^---\n/],
    ["claims.jsonl", /^\{"source":"gold\.txt"/],
    ["doc.json", /^\{\n {2}"schemaVersion": 1/],
    ["doc.out", /^\{\n {2}"schemaVersion": 1/],
  ])("-o %s", async (name, start) => {
    const out = path.join(dir, name);
    const r = await runCli(["extract", "-o", out, "gold.txt"]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(start);
  });

  it("--color always on a pipe: the pretty view, coloured (one setting for less -R)", async () => {
    const r = await runCli(["extract", "--color", "always", "gold.txt"], { env: { NO_COLOR: "1" } });
    expect(r.stdout).toMatch(/^\u001b\[2mcolours:/);
    expect(r.stdout).toContain("Central Banks Keep Buying Gold");
  });

  it("html: one page for the run, one section per input, failures included", async () => {
    const r = await runCli(["extract", "-f", "html", "articles", "missing.txt"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stdout.match(/<!doctype html>/g)).toHaveLength(1);
    expect(r.stdout.trimEnd().endsWith("</html>")).toBe(true);
    expect(r.stdout.match(/<section class="doc/g)).toHaveLength(7);
    expect(r.stdout.match(/<section class="doc failed"/g)).toHaveLength(2);
    expect(r.stdout).toContain('<nav class="toc"><h2>7 documents</h2>');
    expect(r.stdout).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

describe("progress and summary on a terminal", () => {
  it("a TTY stderr gets the spinner with files done / total and a one-line summary", async () => {
    const r = await runCli(["extract", "-f", "jsonl", "articles"], { cwd: dir, stderrTTY: true, env: { NO_COLOR: "1" } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/\d\/5 files/);
    expect(r.stderr).toMatch(/claims: articles\/h-binary\.txt: binary: /);
    expect(r.stderr).toMatch(/(^|[\n\u001b\]a-z])5 documents · \d+ claims · 1 failed · [\d.]+ s\n$/);
  });

  it("--quiet leaves only the error lines", async () => {
    const r = await runCli(["extract", "-q", "-f", "jsonl", "articles"], { cwd: dir, stderrTTY: true, env: { NO_COLOR: "1" } });
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^claims: articles\/h-binary\.txt: binary: /)]);
  });

  it("a pipe gets no progress and no summary", async () => {
    const r = await runCli(["extract", "-f", "jsonl", "more", "gold.txt"]);
    expect(r.stderr).toBe("");
  });
});

describe("config", () => {
  it.each([
    ["an unknown key", "actors:\n  - name: Acme\n    kind: organization\n    aliasses: [ACME]\n", /actors\.0: unknown key "aliasses"/],
    ["a bad value", "actors:\n  - name: Acme\n    kind: company\n", /actors\.0\.kind: /],
    ["an unknown top-level key", "actor: []\n", /\(top level\): unknown key "actor"/],
    ["a bad limit", "limits:\n  timeoutSeconds: -1\n", /limits\.timeoutSeconds: /],
    ["a bad pattern", "boilerplate:\n  - '(unclosed'\n", /boilerplate\.0: not a valid regular expression for the linear-time engine \(RE2\): "\(unclosed": missing closing \)/],
    ["broken YAML", "actors: [\n", /not valid YAML/],
  ])("--config with %s → exit 2 naming it", async (_, yaml, message) => {
    const file = path.join(dir, `bad-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, yaml);
    const r = await runCli(["extract", "--config", file, "gold.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(file);
  });

  // base/.claims.yaml skips "Poland bought …"; the run is in base/a/b
  it.each([
    { where: "a repository whose root holds the config", git: ".", home: null, config: ".", flags: [], applies: true },
    { where: "the home directory, outside any repository", git: null, home: ".", config: ".", flags: [], applies: true },
    { where: "the working directory itself, outside any project", git: null, home: null, config: "a/b", flags: [], applies: true },
    { where: "above the repository root", git: "a", home: null, config: ".", flags: [], applies: false },
    { where: "above the home directory", git: null, home: "a", config: ".", flags: [], applies: false },
    { where: "above a folder outside any repository and the home directory", git: null, home: null, config: ".", flags: [], applies: false },
    { where: "the working directory, with --no-config", git: null, home: null, config: "a/b", flags: ["--no-config"], applies: false },
  ])("a .claims.yaml in $where: applies $applies", async ({ git, home, config, flags, applies }) => {
    const base = mkdtempSync(path.join(dir, "cfg-"));
    mkdirSync(path.join(base, "a/b"), { recursive: true });
    if (git) mkdirSync(path.join(base, git, ".git"));
    writeFileSync(path.join(base, config, ".claims.yaml"), "boilerplate:\n  - '^Poland bought'\n");
    writeFileSync(path.join(base, "a/b/x.txt"), "Japan sold gold in March.\n\nPoland bought 130 tonnes of gold.\n");
    const r = await runCli(["extract", "-f", "json", ...flags, "x.txt"], { cwd: path.join(base, "a/b"), env: home ? { HOME: path.join(base, home) } : { HOME: "/nonexistent-home" } });
    expect(r.code).toBe(0);
    const [doc] = docsOf(r.stdout) as (Doc & { skipped: { text: string; reason: string }[] })[];
    expect(doc.skipped).toEqual(applies ? [expect.objectContaining({ text: "Poland bought 130 tonnes of gold.", reason: "boilerplate" })] : []);
  });

  it("a missing --config file → exit 2", async () => {
    const r = await runCli(["extract", "--config", "nope.yaml", "gold.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read config .*nope\.yaml/);
  });

  it("limits.maxBytes makes larger inputs too-large error records", async () => {
    const file = path.join(dir, "small-limit.yaml");
    writeFileSync(file, "limits:\n  maxBytes: 100\n");
    const r = await runCli(["extract", "-f", "jsonl", "--config", file, "gold.txt"]);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toEqual({ source: "gold.txt", error: { code: "too-large", message: expect.any(String) } });
  });
});

describe("other commands", () => {
  it("schema prints the JSON Schema of the output", async () => {
    const r = await runCli(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema: string };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(r.stdout).toContain('"Claim"');
  });

  it("--help shows the examples and exit codes", async () => {
    const r = await runCli(["extract", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n\s+\$ claims extract article\.txt/);
    expect(r.stdout).toMatch(/Exit codes: 0 ok/);
  });

  it("--version prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(path.join(DATA, "../../../package.json"), "utf8")) as { version: string };
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });
});

describe("colour", () => {
  const tty = { isTTY: true, getColorDepth: () => 24 };
  const pipe = { isTTY: false, getColorDepth: () => 24 };
  it.each([
    ["a true-colour terminal", tty, {}, 3],
    ["a pipe", pipe, {}, 0],
    ["NO_COLOR", tty, { NO_COLOR: "1" }, 0],
    ["NO_COLOR empty (unset by convention)", tty, { NO_COLOR: "" }, 3],
    ["NO_COLOR beats FORCE_COLOR", tty, { NO_COLOR: "1", FORCE_COLOR: "3" }, 0],
    ["FORCE_COLOR on a pipe", pipe, { FORCE_COLOR: "1" }, 1],
    ["FORCE_COLOR=3", pipe, { FORCE_COLOR: "3" }, 3],
    ["FORCE_COLOR=0", tty, { FORCE_COLOR: "0" }, 0],
    ["TERM=dumb", tty, { TERM: "dumb" }, 0],
    ["a 256-colour terminal", { isTTY: true, getColorDepth: () => 8 }, {}, 2],
  ])("%s", (_, stream, env, level) => {
    expect(colorLevel(stream, env)).toBe(level);
  });

  it.each([
    ["a terminal", true, {}, true],
    ["a terminal with NO_COLOR", true, { NO_COLOR: "1" }, false],
    ["a terminal with TERM=dumb", true, { TERM: "dumb" }, false],
    ["a pipe", false, {}, false],
    ["a pipe with FORCE_COLOR", false, { FORCE_COLOR: "1" }, true],
  ])("pretty on %s: colour %s", async (_, isTTY, env, coloured) => {
    const r = await runCli(["extract", "-f", "pretty", "gold.txt"], { env, stdoutTTY: isTTY });
    expect(r.stdout.includes("\u001b[")).toBe(coloured);
    expect(r.stdout).toContain("Central Banks Keep Buying Gold");
  });
});
