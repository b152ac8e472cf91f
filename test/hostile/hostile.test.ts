/**
 * Hostile input (SPEC §4, issue 8): every input gives a document or an error record with
 * a clear code, never a crash or a hang. The inputs run through the worker pool as a
 * batch does, with a time budget of 15 s each — some fifty times what each costs on a quiet
 * machine, so that a loaded one passes, and a fraction of what a search that grows with the
 * square of the input would take: an input that needed longer would come out as a `timeout`
 * record and fail its row. How the cost grows is measured by `npm run bench -- --only families`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { expandInputs } from "../../src/input/sources.js";
import { EMPTY_CONFIG } from "../../src/pipeline/types.js";
import { runBatch, type Outcome } from "../../src/run.js";
import { WorkerPool } from "../../src/batch/pool.js";
import { ClaimsDocument } from "../../src/schema.js";
import { requireBuild } from "../cli/helpers.js";

const BUDGET_MS = 15_000;
const ARTICLE = "China sold $5 billion of U.S. treasuries in March 2024, the ministry said.\n\n\"Demand is strong,\" said Maria Keller, an economist.\n";
const WORDS = "the bank said prices rose and trade fell while officials met ";
const rep = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const utf16 = (s: string, be: boolean) => {
  const le = Buffer.from(s, "utf16le");
  if (be) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
};

type Want = "document" | "claims" | ClaimsDocument["errors"][number]["code"];
/** name, file name, content (or a function making the file), what it must give */
type Row = [string, string, string | Buffer | ((file: string) => void), Want];

const ROWS: Row[] = [
  ["an empty file", "empty.txt", "", "document"],
  ["white space only", "blank.txt", " \n\t\r\n  \n", "document"],
  ["NUL bytes in the middle", "nul.txt", Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0, 0, 7]), Buffer.from(ARTICLE)]), "binary"],
  ["invalid UTF-8", "latin1.txt", Buffer.from("Caf\xe9 prices rose 5% in Z\xfcrich.", "latin1"), "encoding"],
  ["a truncated UTF-8 sequence at the end", "cut.txt", Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xe2, 0x82])]), "encoding"],
  ["a FIFO (not a regular file)", "fifo.txt", (f) => execFileSync("mkfifo", [f]), "unreadable"],
  ["a dangling symlink", "gone.txt", (f) => execFileSync("ln", ["-s", "/nonexistent/claims/x.txt", f]), "not-found"],
  ["a symlink loop", "loop.txt", (f) => execFileSync("ln", ["-s", f, f]), "unreadable"],
  ["a symlink into a loop", "via-loop.txt", (f) => (execFileSync("ln", ["-s", `${f}.b`, `${f}.a`]), execFileSync("ln", ["-s", `${f}.a`, `${f}.b`]), execFileSync("ln", ["-s", `${f}.a`, f])), "unreadable"],
  ["a 100 MB file (over the default limit)", "huge.txt", (f) => (writeFileSync(f, ""), truncateSync(f, 100 * 1024 * 1024)), "too-large"],
  ["UTF-16 LE with BOM", "u16le.txt", utf16(ARTICLE, false), "claims"],
  ["UTF-16 BE with BOM", "u16be.txt", utf16(ARTICLE, true), "claims"],
  ["UTF-16 LE with a NUL character", "u16nul.txt", utf16(`${ARTICLE}\0${ARTICLE}`, false), "binary"],
  ["UTF-16 BE with an unpaired surrogate", "u16lone.txt", utf16(`${ARTICLE}\ud800${ARTICLE}`, true), "encoding"],
  ["UTF-16 LE with an odd number of bytes", "u16odd.txt", Buffer.concat([utf16(ARTICLE, false), Buffer.from([0x41])]), "encoding"],
  ["UTF-8 with BOM", "bom.txt", "\ufeff" + ARTICLE, "claims"],
  ["CRLF line endings", "crlf.txt", ARTICLE.replace(/\n/g, "\r\n"), "claims"],
  ["a 1 MB line with no punctuation", "line.txt", rep(WORDS, 1_000_000), "document"],
  ["thousands of unbalanced straight quotes", "quotes.txt", 'He said "the deal '.repeat(6000), "document"],
  ["thousands of unbalanced curly quotes", "curly.txt", "“It rose ‘sharply ".repeat(6000), "document"],
  ["50,000 nested brackets", "nested.txt", "(".repeat(50_000) + ARTICLE + ")".repeat(50_000), "document"],
  ["mixed unclosed brackets", "brackets.txt", "[{(".repeat(30_000), "document"],
  ["RTL and emoji text", "rtl.txt", "قالت الحكومة إن الصادرات ارتفعت. 🚀📈 China sold $5 billion 💰 of gold. שלום עולם. 👨‍👩‍👧\n\n".repeat(2000), "claims"],
  ["control characters", "ctl.txt", ARTICLE.replace(/ /g, "\u0001 \u001b"), "document"],
  ["100,000 newlines", "newlines.txt", "\n".repeat(100_000), "document"],
  ["20,000 short lines", "lines.txt", "China sold gold\n".repeat(20_000), "claims"],
  ["a 100,000-letter word", "word.txt", "a".repeat(100_000), "document"],
  ["repeated separators", "seps.txt", "1,".repeat(50_000), "document"],
  ["repeated capitalised words", "caps.txt", "Bank Of The People Said ".repeat(4000), "document"],
  ["repeated money amounts", "money.txt", "$1 billion, ".repeat(8000), "document"],
  ["repeated dates", "dates.txt", "in March 2024 and ".repeat(6000), "document"],
  ["repeated reporting clauses", "said.txt", "said Mr. Smith, ".repeat(6000), "document"],
  ["unclosed front matter", "fm.md", "---\ntitle: x\n" + "key: value\n".repeat(10_000), "document"],
  ["front matter with an impossible date", "baddate.md", "---\ndate: 2024-02-30\n---\n" + ARTICLE, "claims"],
  ["HTML nested 20,000 deep", "deep.html", "<div>".repeat(20_000) + `<p>${ARTICLE}</p>` + "</div>".repeat(20_000), "document"],
  ["HTML tag soup", "soup.html", "<html><body>" + "<<p>>&amp;&#xFFFFFF;&bogus;<b><i></b></i>".repeat(3000) + `<p>${ARTICLE}</p>`, "document"],
  ["HTML with a huge script", "script.html", `<html><body><script>${"var a = '<p>';".repeat(20_000)}</script><article><p>${ARTICLE}</p></article></body></html>`, "claims"],
  ["JSONL with NUL, lone surrogates and control escapes", "esc.jsonl", JSON.stringify({ id: "x", text: `${ARTICLE}\u0000\ud800\udfff\u0007 ${ARTICLE}` }) + "\n", "claims"],
  ["a JSONL line that is not JSON", "broken.jsonl", '{"id": "a", "text": "China sold gold.\n', "jsonl"],
  ["a JSONL record without text", "notext.jsonl", '{"id": "a", "body": "China sold gold."}\n', "jsonl"],
  ["a JSONL array", "array.jsonl", "[1, 2, 3]\n", "jsonl"],
  ["a run of 100,000 digits", "digits.txt", "1".repeat(100_000), "document"],
  ["a run of 100,000 full stops", "dots.txt", ".".repeat(100_000), "document"],
  ["20 quotes after 120-letter capitalised runs (2.5 kB)", "capquotes.txt", ("A".repeat(120) + ' "x" ').repeat(20), "document"],
];

let dir: string;
beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(path.join(tmpdir(), "claims-hostile-"));
});

async function outcomes(file: string, opts: { budgetMs?: number | ((chars: number) => number) } = {}): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for await (const o of runBatch(expandInputs([file]), { date: null, config: EMPTY_CONFIG, jobs: 1, inThread: false, budgetMs: opts.budgetMs ?? BUDGET_MS })) out.push(o);
  return out;
}

function make(name: string, content: Row[2]): string {
  const file = path.join(dir, name);
  if (typeof content === "function") content(file);
  else writeFileSync(file, content);
  return file;
}

function check(os: Outcome[], want: Want): void {
  expect(os.length).toBe(1);
  const o = os[0];
  if (want === "document" || want === "claims") {
    expect("error" in o ? o.error : "document").toBe("document");
    if (!("doc" in o)) return;
    expect(ClaimsDocument.safeParse(o.doc).success).toBe(true);
    if (want === "claims") expect(o.doc.claims.length).toBeGreaterThan(0);
  } else {
    expect("error" in o ? o.error.code : "document").toBe(want);
  }
}

describe("hostile input: a document or an error record, within the time budget", () => {
  it.each(ROWS.map(([what, name, content, want]) => ({ what, name, content, want })))("$what ($name) → $want", async ({ name, content, want }) => {
    check(await outcomes(make(name, content)), want);
  });
});

describe("the time budget", () => {
  it("stops a runaway input with a timeout record, and the batch goes on", async () => {
    const a = make("ok-a.txt", ARTICLE);
    const slow = make("slow.txt", rep(ARTICLE, 400_000));
    const b = make("ok-b.txt", ARTICLE);
    const os: Outcome[] = [];
    const budget = (chars: number) => (chars > 100_000 ? 1 : 10_000);
    for await (const o of runBatch(expandInputs([a, slow, b]), { date: null, config: EMPTY_CONFIG, jobs: 1, budgetMs: budget })) os.push(o);
    expect(os.map((o) => [path.basename(o.path), "error" in o ? o.error.code : "document"])).toEqual([
      ["ok-a.txt", "document"],
      ["slow.txt", "timeout"],
      ["ok-b.txt", "document"],
    ]);
    expect("error" in os[1] && os[1].error.message).toMatch(/time budget of 0 s/);
  });

  it("holds for a single article extracted in this thread too", async () => {
    // linear, but far more text than the budget allows
    const file = make("long-1.txt", rep(ARTICLE, 3_000_000));
    const t = performance.now();
    const os: Outcome[] = [];
    for await (const o of runBatch(expandInputs([file]), { date: null, config: EMPTY_CONFIG, inThread: true, budgetMs: 300 })) os.push(o);
    expect(os.map((o) => ("error" in o ? o.error.code : "document"))).toEqual(["timeout"]);
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it("keeps the input order when later inputs finish first", async () => {
    const files = [make("big-first.txt", rep(ARTICLE, 200_000)), ...Array.from({ length: 6 }, (_, i) => make(`small-${i}.txt`, ARTICLE))];
    const os: Outcome[] = [];
    for await (const o of runBatch(expandInputs(files), { date: null, config: EMPTY_CONFIG, jobs: 3 })) os.push(o);
    expect(os.map((o) => path.basename(o.path))).toEqual(files.map((f) => path.basename(f)));
    expect(os.every((o) => "doc" in o)).toBe(true);
  });
});

describe("the worker pool", () => {
  const article = (p: string) => ({ kind: "article" as const, path: p, article: { path: p, text: ARTICLE, format: "text" as const, date: null, title: null } });

  it("runs tasks without threads when no worker can start", async () => {
    const pool = new WorkerPool({
      size: 2,
      init: { date: null, config: EMPTY_CONFIG },
      budgetMs: () => 10_000,
      url: new URL("./no-such-worker.js", import.meta.url),
      fallback: async (t) => ({ path: `${t.path} (here)`, error: { code: "internal", message: "fallback" } }),
    });
    const os = await Promise.all(["a", "b", "c"].map((p) => pool.run(article(p))));
    await pool.close();
    expect(os.map((o) => o.path)).toEqual(["a (here)", "b (here)", "c (here)"]);
  });

  it("fails the tasks with a clear message when there is no fallback either", async () => {
    const pool = new WorkerPool({ size: 1, init: { date: null, config: EMPTY_CONFIG }, budgetMs: () => 10_000, url: new URL("./no-such-worker.js", import.meta.url) });
    const [o] = await Promise.all([pool.run(article("a"))]);
    await pool.close();
    expect(o).toEqual({ path: "a", error: { code: "internal", message: expect.stringMatching(/^cannot start a worker: /) } });
  });

  it("extracts in workers, several at once, each task once", async () => {
    const pool = new WorkerPool({ size: 2, init: { date: null, config: EMPTY_CONFIG }, budgetMs: () => 10_000 });
    const os = await Promise.all(Array.from({ length: 9 }, (_, i) => pool.run(article(`a${i}`))));
    await pool.close();
    expect(os.map((o) => [o.path, "doc" in o])).toEqual(Array.from({ length: 9 }, (_, i) => [`a${i}`, true]));
  });
});
