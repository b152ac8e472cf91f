/**
 * The pretty view: wrapped to the terminal in a real pseudo-terminal (`script` from
 * util-linux) of 60 and 120 columns — no line wider than the terminal, no word of a claim or
 * quote cut — and the small helpers it stands on.
 */
import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stripVTControlCharacters as stripAnsi } from "node:util";
import stringWidth from "string-width";
import { beforeAll, describe, expect, it } from "vitest";
import { escapeControls } from "../../src/report/escape.js";
import { locator } from "../../src/report/locate.js";
import { plural } from "../../src/report/plural.js";
import { prettyReporter } from "../../src/report/pretty.js";
import { extractWithText } from "../../src/index.js";
import type { ClaimsDocument } from "../../src/schema.js";
import { BIN, ROOT, parseJsonStream, requireBuild } from "../cli/helpers.js";

const FIXTURES = ["bbc-style-trade.txt", "web-gold-reserves.txt", "wire-opec-output.txt"];

const hasScript = (() => {
  try {
    execFileSync("script", ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
})();
if (!hasScript) console.log("pretty.test: skipped the pseudo-terminal runs: no `script` (apt-get install bsdutils / util-linux)");

let dir: string;
let docs: ClaimsDocument[];
beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(path.join(tmpdir(), "claims-pty-"));
  for (const f of FIXTURES) copyFileSync(path.join(ROOT, "fixtures", f), path.join(dir, f));
  docs = parseJsonStream(execFileSync(process.execPath, [BIN, "extract", "-f", "json", ...FIXTURES], { cwd: dir, encoding: "utf8" })) as ClaimsDocument[];
});

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/** A shell line run in a pseudo-terminal of `cols` columns; its output as the terminal got it, line by line. */
function inTerminal(cols: number, line: string, env: NodeJS.ProcessEnv = {}): Promise<string[]> {
  const cmd = `stty cols ${cols} rows 50; ${line}`;
  const base = { PATH: process.env.PATH, HOME: process.env.HOME, TERM: "xterm-256color" };
  return new Promise((resolve, reject) =>
    execFile("script", ["-qec", cmd, "/dev/null"], { cwd: dir, env: { ...base, ...env }, maxBuffer: 1 << 24 }, (err, stdout) => {
      // exit 3 is a failed input, which some runs have on purpose
      if (err && (err as { code?: number }).code !== 3) return reject(err);
      resolve(stdout.replace(/\r\n/g, "\n").split("\n"));
    }),
  );
}

/** Words as the terminal shows them: split at white space, quotation marks of a quote block set aside. */
const wordsOf = (lines: string[]) => new Set(lines.flatMap((l) => stripAnsi(l).split(/\s+/)).map((w) => w.replace(/^“|”$/g, "")));

describe.skipIf(!hasScript)("pretty in a pseudo-terminal", () => {
  const claims = `node ${quote(BIN)} extract`;

  it.each([60, 120])("%i columns: no line wider, no word of a claim or a quote cut, colour on", async (cols) => {
    const lines = await inTerminal(cols, `${claims} ${FIXTURES.join(" ")} missing.txt`);
    const widths = lines.map((l) => stringWidth(stripAnsi(l)));
    expect(Math.max(...widths)).toBeLessThanOrEqual(cols);
    expect(Math.max(...widths)).toBeGreaterThan(cols - 12); // the width is used, not a narrow default
    expect(lines.join("\n")).toContain("\u001b[");
    const words = wordsOf(lines);
    for (const doc of docs) {
      for (const c of doc.claims) for (const w of c.text.split(/\s+/).filter(Boolean)) expect(words, `${w} of ${c.id}`).toContain(w);
      for (const q of doc.quotes) for (const w of q.text.split(/\s+/).filter(Boolean)) expect(words, `${w} of ${q.id}`).toContain(w);
    }
    // a hanging indent: the lines that carry on a claim's text start indented
    const text = stripAnsi(lines.join("\n"));
    expect(text).toMatch(/\n {4}\S/);
    // the failed input once, in its place: not again on stderr (the same terminal)
    expect(text.match(/✖ missing\.txt {2}not-found/g)).toHaveLength(1);
    expect(text).not.toContain("claims: missing.txt");
    expect(text).toMatch(/3 documents · \d+ claims · 1 failed/);
  });

  it.each([
    ["--color never", `${FIXTURES[1]} --color never`, {}, false],
    ["NO_COLOR", FIXTURES[1], { NO_COLOR: "1" }, false],
    ["TERM=dumb", FIXTURES[1], { TERM: "dumb" }, false],
    ["--color always beats NO_COLOR", `${FIXTURES[1]} --color always`, { NO_COLOR: "1" }, true],
  ])("%s", async (_, args, env, coloured) => {
    const lines = await inTerminal(80, `${claims} ${args}`, env);
    expect(lines.join("\n").includes("\u001b[")).toBe(coloured);
    expect(stripAnsi(lines.join("\n"))).toContain("Central Banks in Asia Step Up Gold Buying");
  });

  it("one setting for a pager: --color always on a pipe gives the coloured view, wrapped to the terminal", async () => {
    const lines = await inTerminal(60, `${claims} ${FIXTURES[1]} --color always | cat`);
    expect(lines.join("\n")).toContain("\u001b[");
    expect(stripAnsi(lines.join("\n"))).toMatch(/^colours: actor figure date speaker claim type$/m);
    expect(Math.max(...lines.map((l) => stringWidth(stripAnsi(l))))).toBeLessThanOrEqual(60);
  });

  it("a single document: the summary says 1 document", async () => {
    const lines = await inTerminal(80, `${claims} ${FIXTURES[0]}`);
    expect(stripAnsi(lines.join("\n"))).toMatch(/1 document · 10 claims · 0 failed/);
  });
});

describe("the pretty reporter", () => {
  it("escapes control characters from the text, shows the claim's place and its quote in full", () => {
    const text = "Japan sold gold.\u001b]0;pwned\u0007 \u001b[2J\n\nChina bought 30 tonnes of gold, said a trader, adding: \"" + "word ".repeat(40).trim() + '."';
    const { doc, text: norm } = extractWithText(text, { path: "x\u001b.txt" });
    const out = prettyReporter({ color: 0, width: 70 }).document(doc, norm);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(out).toContain("\\x1b]0;pwned\\x07");
    expect(out).toContain("x\\x1b.txt");
    expect(out).toMatch(/^c2 3:1 /m);
    expect(out.match(/\bword\b/g)).toHaveLength(40 + 40); // in the claim and in the quote, none cut off
  });

  it.each([
    [0, "claim", "0 claims"],
    [1, "claim", "1 claim"],
    [2, "document", "2 documents"],
    [1, "quote", "1 quote"],
  ])("plural(%i, %s) → %s", (n, word, want) => {
    expect(plural(n, word)).toBe(want);
  });
});

describe("escapeControls", () => {
  it.each([
    ["a\u001b[2Jb", "a\\x1b[2Jb"],
    ["\u001b]0;title\u0007", "\\x1b]0;title\\x07"],
    ["line\nbreak\r\ttab", "line\\nbreak\\r\\ttab"],
    ["del\u007f c1\u009b", "del\\x7f c1\\x9b"],
    ["abc\u202edcba", "abc\\u202edcba"],
  ])("%j → %j", (input, want) => {
    expect(escapeControls(input)).toBe(want);
  });

  it.each(["Zürich · 東京 · 😀", "“quoted” — dash", "plain text, 53.3%"])("leaves %j as it is", (input) => {
    expect(escapeControls(input)).toBe(input);
  });
});

describe("locator", () => {
  it.each([
    ["one line", 4, [1, 5]],
    ["a\nb", 2, [2, 1]],
    ["a\r\nb", 3, [2, 1]],
    ["a\rb", 2, [2, 1]],
    ["😀x\ny", 1, [1, 2]],
    ["😀x\ny", 3, [2, 1]],
  ] as const)("%j at %i → line:column %j", (text, offset, [line, column]) => {
    expect(locator(text)(offset)).toEqual({ line, column });
  });
});
