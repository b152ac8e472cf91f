#!/usr/bin/env node
/**
 * Benchmark: speed figures, printed, never asserted (the machine is shared; ratios measured
 * in one process hold better than absolute times).
 *
 *   npm run bench -- [--corpus DIR] [--only throughput,stages,scaling,coldstart,jobs,families]
 *                    [--rounds 5] [--block 25] [--sizes 0.1,0.5,1,2,5] [--cold-runs 9]
 *
 * --corpus DIR   a folder of .txt articles, read recursively (e.g. the BBC corpus of the shared
 *                perf harness); without it, the bundled fixtures, varied, make ~2 MB.
 *
 * throughput  extract() and wink-nlp's readDoc with ['sbd','pos'] on the same articles,
 *             interleaved in blocks of 25 (who goes first alternates), median of the rounds;
 *             the ratio is claims time ÷ wink time, per round.
 * stages      ms per article of each stage and recogniser (the conductor's observer).
 * scaling     one document made of the corpus's articles at several sizes: ms per MB, and
 *             each size's cost per MB over the smallest's (1.00 = linear).
 * coldstart   whole-process time of `node -e 0` and of a one-article CLI run, alternated.
 * jobs        the CLI over the corpus with --jobs 1, --jobs 2, and two --jobs 1 processes on
 *             the two halves at once: what the pool gets of what two processes get.
 * families    adversarial inputs at 200 KB and 400 KB: the time ratio (≤ 2.3 is linear enough).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values: o } = parseArgs({
  options: {
    corpus: { type: "string" },
    only: { type: "string", default: "throughput,stages,scaling,coldstart,jobs,families" },
    rounds: { type: "string", default: "5" },
    block: { type: "string", default: "25" },
    sizes: { type: "string", default: "0.1,0.5,1,2,5" },
    "cold-runs": { type: "string", default: "9" },
  },
});
const only = new Set(o.only.split(","));
const rounds = Number(o.rounds);
const root = new URL("../", import.meta.url);
const { extract } = await import(new URL("dist/index.js", root).href);
const require = createRequire(new URL("package.json", root));
const DATE = "2005-01-01";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${median(xs).toFixed(2)} [${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}]`;
const mb = (s) => Buffer.byteLength(s) / 1e6;

function readCorpus(dir) {
  const out = [];
  const walk = (d) => {
    for (const f of readdirSync(d).sort()) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith(".txt")) out.push({ path: p, text: readFileSync(p, "utf8") });
    }
  };
  walk(dir);
  return out;
}

function fixtureCorpus() {
  const dir = fileURLToPath(new URL("fixtures/", root));
  const base = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(path.join(dir, f), "utf8"));
  const out = [];
  let bytes = 0;
  for (let i = 0; bytes < 2e6; i++) {
    // vary each copy a little so that no two articles are identical
    const text = base[i % base.length].replace(/\d+(?:\.\d+)?/, (n) => String(Number(n) + (i % 97)));
    out.push({ path: `fixture-${i}.txt`, text });
    bytes += mb(text) * 1e6;
  }
  return out;
}

const corpus = o.corpus ? readCorpus(o.corpus) : fixtureCorpus();
const totalMB = corpus.reduce((a, c) => a + mb(c.text), 0);
console.log(`claims bench: node ${process.version}, load ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
console.log(`corpus: ${corpus.length} articles, ${totalMB.toFixed(2)} MB (${o.corpus ?? "bundled fixtures, varied"})\n`);

if (only.has("throughput")) {
  const winkNLP = require("wink-nlp");
  const nlp = winkNLP(require("wink-eng-lite-web-model"), ["sbd", "pos"]);
  const its = nlp.its;
  let sink = 0;
  const runClaims = (arts) => {
    for (const a of arts) sink += extract(a.text, { date: DATE }).claims.length;
  };
  const runWink = (arts) => {
    for (const a of arts) sink += nlp.readDoc(a.text).tokens().out(its.pos).length;
  };
  const block = Number(o.block);
  const blocks = [];
  for (let i = 0; i < corpus.length; i += block) blocks.push(corpus.slice(i, i + block));
  runClaims(corpus.slice(0, 200));
  runWink(corpus.slice(0, 200));
  const claimsT = [];
  const winkT = [];
  for (let r = 0; r < rounds; r++) {
    let c = 0;
    let w = 0;
    blocks.forEach((b, i) => {
      const first = (i + r) % 2 === 0;
      for (const which of first ? ["c", "w"] : ["w", "c"]) {
        const t0 = performance.now();
        if (which === "c") runClaims(b);
        else runWink(b);
        const dt = performance.now() - t0;
        if (which === "c") c += dt;
        else w += dt;
      }
    });
    claimsT.push(c);
    winkT.push(w);
  }
  const ratios = claimsT.map((c, i) => c / winkT[i]);
  console.log(`Throughput (median [min–max] of ${rounds} interleaved rounds)`);
  console.log(`  claims extract()          ${range(claimsT.map((t) => totalMB / (t / 1000)))} MB/s   ${range(claimsT.map((t) => t / corpus.length))} ms/article`);
  console.log(`  wink-nlp ['sbd','pos']    ${range(winkT.map((t) => totalMB / (t / 1000)))} MB/s   ${range(winkT.map((t) => t / corpus.length))} ms/article`);
  console.log(`  claims ÷ wink             ${range(ratios)}   (sink ${sink % 10})\n`);
}

if (only.has("stages")) {
  // W: wink-nlp's ['sbd','pos'] time on the same article, measured right beside it
  const winkNLP = require("wink-nlp");
  const nlp = winkNLP(require("wink-eng-lite-web-model"), ["sbd", "pos"]);
  const totals = new Map();
  const observe = (stage, ms) => totals.set(stage, (totals.get(stage) ?? 0) + ms);
  for (const a of corpus.slice(0, 100)) extract(a.text, { date: DATE });
  let wink = 0;
  let all = 0;
  for (const a of corpus) {
    let t0 = performance.now();
    nlp.readDoc(a.text).tokens().out(nlp.its.pos);
    wink += performance.now() - t0;
    t0 = performance.now();
    extract(a.text, { date: DATE, observe });
    all += performance.now() - t0;
  }
  console.log(`Stages (ms per article, one pass, and in W = wink ['sbd','pos'] time of the same articles: ${(wink / corpus.length).toFixed(3)} ms)`);
  console.log(`  ${"whole extract()".padEnd(34)} ${(all / corpus.length).toFixed(3)}  ${(all / wink).toFixed(2)} W`);
  for (const [stage, ms] of totals) console.log(`  ${stage.padEnd(34)} ${(ms / corpus.length).toFixed(3)}  ${(ms / wink).toFixed(2)} W  ${((100 * ms) / all).toFixed(1).padStart(5)}%`);
  console.log();
}

if (only.has("scaling")) {
  const sizes = o.sizes.split(",").map(Number);
  const whole = corpus.map((c) => c.text).join("\n\n");
  const docOf = (m) => {
    let s = whole;
    while (mb(s) < m) s += "\n\n" + whole;
    return s.slice(0, Math.round(m * 1e6));
  };
  console.log("Scaling (one document; ms per MB, median of 3; ratio to the smallest size's ms per MB)");
  let base = null;
  for (const m of sizes) {
    const d = docOf(m);
    extract(d.slice(0, 100_000), { date: DATE });
    const ts = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      extract(d, { date: DATE });
      ts.push(performance.now() - t0);
    }
    const perMB = median(ts) / mb(d);
    base ??= perMB;
    console.log(`  ${String(m).padStart(4)} MB  ${perMB.toFixed(0).padStart(6)} ms/MB  ×${(perMB / base).toFixed(2)}`);
  }
  console.log();
}

if (only.has("coldstart")) {
  const bin = fileURLToPath(new URL("bin/claims.js", root));
  const one = corpus[0].path.startsWith("fixture-") ? fileURLToPath(new URL("fixtures/web-gold-reserves.txt", root)) : corpus[0].path;
  const node = [];
  const cli = [];
  const n = Number(o["cold-runs"]);
  for (let r = 0; r < n; r++) {
    let t0 = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    node.push(performance.now() - t0);
    t0 = performance.now();
    const p = spawnSync(process.execPath, [bin, "extract", "-f", "json", "--date", DATE, one], { encoding: "utf8" });
    cli.push(performance.now() - t0);
    if (p.status !== 0) throw new Error(`CLI failed: ${p.stderr}`);
  }
  const ratios = cli.map((c, i) => c / node[i]);
  console.log(`Cold start (median of ${n}, alternated)`);
  console.log(`  node -e 0                 ${median(node).toFixed(0)} ms`);
  console.log(`  claims extract one file   ${median(cli).toFixed(0)} ms   ×${range(ratios)} of node -e 0\n`);
}

if (only.has("jobs")) {
  const bin = fileURLToPath(new URL("bin/claims.js", root));
  const dir = mkdtempSync(path.join(tmpdir(), "claims-jobs-"));
  const halves = [path.join(dir, "a"), path.join(dir, "b")];
  for (const h of halves) mkdirSync(h);
  corpus.forEach((c, i) => writeFileSync(path.join(halves[i % 2], `${String(i).padStart(5, "0")}.txt`), c.text));
  const run = (args) =>
    new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [bin, "extract", "-f", "jsonl", "-q", "--no-config", "-o", "/dev/null", "--date", DATE, ...args], { stdio: ["ignore", "ignore", "inherit"] });
      p.on("error", reject).on("exit", resolve);
    });
  const time = async (f) => {
    const t0 = performance.now();
    await f();
    return (performance.now() - t0) / 1000;
  };
  const j1 = [];
  const j2 = [];
  const two = [];
  for (let r = 0; r < Math.max(3, Math.min(rounds, 5)); r++) {
    j1.push(await time(() => run(["--jobs", "1", dir])));
    j2.push(await time(() => run(["--jobs", "2", dir])));
    two.push(await time(() => Promise.all(halves.map((h) => run(["--jobs", "1", h])))));
  }
  rmSync(dir, { recursive: true, force: true });
  const pool = median(j1) / median(j2);
  const independent = median(j1) / median(two);
  console.log(`Batch (CLI over the corpus, median of ${j1.length} rounds)`);
  console.log(`  --jobs 1 ${median(j1).toFixed(2)} s · --jobs 2 ${median(j2).toFixed(2)} s · two processes on halves ${median(two).toFixed(2)} s`);
  console.log(`  speed-up: pool ×${pool.toFixed(2)}, two processes ×${independent.toFixed(2)} → the pool gets ${((100 * pool) / independent).toFixed(0)}% of it\n`);
}

if (only.has("families")) {
  const families = [
    ["number words", (n) => "five ".repeat(n / 5)],
    ["twenty five", (n) => "twenty five ".repeat(n / 12)],
    ["dozen million half", (n) => "dozen million half ".repeat(n / 19)],
    ["speech with dashes", (n) => "Smith said — ".repeat(n / 13)],
    ["capitalised run", (n) => "Alpha Beta gamma Delta epsilon ".repeat(n / 31)],
    ["dollar ones", (n) => "$1 ".repeat(n / 3)],
    ["China said", (n) => '"China said," '.repeat(n / 14)],
    ["U.S.", (n) => "U.S. ".repeat(n / 5)],
    ["Q1", (n) => "Q1 ".repeat(n / 3)],
    ["percent", (n) => "1% ".repeat(n / 3)],
  ];
  console.log("Adversarial families (time at 400 KB ÷ time at 200 KB; linear is 2.0)");
  for (const [name, make] of families) {
    const small = make(200_000);
    const large = make(400_000);
    extract(make(20_000));
    const ts = [];
    const tl = [];
    for (let r = 0; r < 3; r++) {
      let t0 = performance.now();
      extract(small);
      ts.push(performance.now() - t0);
      t0 = performance.now();
      extract(large);
      tl.push(performance.now() - t0);
    }
    console.log(`  ${name.padEnd(20)} ${median(ts).toFixed(0).padStart(6)} ms → ${median(tl).toFixed(0).padStart(6)} ms   ×${(median(tl) / median(ts)).toFixed(2)}`);
  }
  console.log();
}
