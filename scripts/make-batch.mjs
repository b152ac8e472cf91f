#!/usr/bin/env node
/**
 * Generate a batch corpus for the batch measurements (issue 8): N article files of our own
 * making (text, Markdown with front matter, HTML, one-record JSONL), 1% of them bad in
 * different ways, and a manifest of what each file should give.
 *
 *   node scripts/make-batch.mjs [--files 10000] [--bad 0.01] [--out /tmp/claims-batch]
 *   node scripts/make-batch.mjs --big 100 --out /tmp/claims-big     # one 100 MB text file
 *   node scripts/make-batch.mjs --big 100 --jsonl --out /tmp/claims-big  # 100 MB of JSONL records
 *
 * The bad files: NUL bytes (binary), invalid UTF-8 (encoding), a dangling symlink
 * (not-found), a FIFO (unreadable: not a regular file), a file over the size limit of the
 * batch config (too-large), a JSONL record that is not JSON (jsonl). The corpus is written
 * outside the repository; nothing here reads it back except scripts/check-batch.mjs.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    files: { type: "string", default: "10000" },
    bad: { type: "string", default: "0.01" },
    out: { type: "string", default: "/tmp/claims-batch" },
    big: { type: "string" },
    seed: { type: "string", default: "8" },
    jsonl: { type: "boolean", default: false },
  },
});

/** A small deterministic generator (mulberry32), so that a corpus can be made again. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(Number(values.seed));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const COUNTRIES = ["China", "Russia", "India", "Brazil", "Japan", "Germany", "France", "the United States", "Saudi Arabia", "Turkey", "Poland", "Indonesia"];
const CAPITALS = ["Beijing", "Moscow", "New Delhi", "Brasilia", "Tokyo", "Berlin", "Paris", "Washington", "Riyadh", "Ankara", "Warsaw", "Jakarta"];
const PEOPLE = [
  ["Maria Keller", "chief economist at Northgate Capital"],
  ["Tom Adeyemi", "a senior analyst at Harbour Research"],
  ["Li Wen", "a spokesperson for the ministry of commerce"],
  ["Sofia Marin", "head of commodities at Eastbridge Bank"],
  ["Rahul Mehta", "a trade official"],
];
const ASSETS = ["gold", "U.S. treasuries", "crude oil", "copper", "government bonds", "the dollar"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function sentence() {
  const a = pick(COUNTRIES);
  const b = pick(COUNTRIES.filter((c) => c !== a));
  const [who, title] = pick(PEOPLE);
  const year = int(2015, 2024);
  return pick([
    () => `${a} sold $${int(2, 90)}.${int(1, 9)} billion of ${pick(ASSETS)} in ${pick(MONTHS)} ${year}, according to official data.`,
    () => `${a} and ${b} signed an agreement on ${pick(["energy", "trade", "grain", "rail"])} cooperation in ${pick(CAPITALS)} last week.`,
    () => `"We expect prices to rise by about ${int(2, 15)}% next year," said ${who}, ${title}.`,
    () => `Exports from ${a} to ${b} fell ${int(1, 30)} per cent in the first quarter of ${year}.`,
    () => `The central bank of ${a} bought ${int(5, 300)} tonnes of ${pick(["gold", "silver"])} over the past ${int(2, 9)} years.`,
    () => `${a} imposed sanctions on ${int(3, 40)} companies from ${b} on ${pick(MONTHS)} ${int(1, 28)}, ${year}.`,
    () => `Oil rose to $${int(60, 110)} a barrel as output from ${a} dropped by ${int(1, 3)} million barrels a day.`,
    () => `${who} said the talks between ${a} and ${b} were "constructive" but no deal was reached.`,
  ])();
}

function article() {
  const paras = [];
  for (let p = int(4, 12); p > 0; p--) {
    const n = int(1, 4);
    paras.push(Array.from({ length: n }, sentence).join(" "));
  }
  const title = `${pick(COUNTRIES).replace(/^the /, "The ")} ${pick(["Cuts", "Raises", "Sells", "Buys"])} ${pick(["Gold", "Bonds", "Oil", "Exports"])}`;
  return { title, paras, date: `${int(2019, 2024)}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}` };
}

function render(kind, a) {
  switch (kind) {
    case "txt":
      return `${a.title}\n\n${a.paras.join("\n\n")}\n`;
    case "md":
      return `---\ntitle: ${a.title}\ndate: ${a.date}\n---\n\n# ${a.title}\n\n${a.paras.join("\n\n")}\n`;
    case "html":
      return `<!DOCTYPE html><html><head><title>${a.title}</title><meta property="article:published_time" content="${a.date}T09:00:00Z"></head><body><nav><a href="/">Home</a></nav><article><h1>${a.title}</h1>${a.paras.map((p) => `<p>${p.replace(/&/g, "&amp;")}</p>`).join("\n")}</article><footer>© Example</footer></body></html>\n`;
    case "jsonl":
      return JSON.stringify({ id: "a1", title: a.title, date: a.date, text: a.paras.join("\n\n") }) + "\n";
  }
}

const BAD = ["binary", "encoding", "not-found", "unreadable", "too-large", "jsonl"];
/** The batch config: a small size limit so that a too-large file needs no giant file. */
const LIMIT = 200_000;

function makeBatch(out, n, badShare) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "claims.yaml"), `limits:\n  maxBytes: ${LIMIT}\n`);
  const root = path.join(out, "articles");
  const nBad = Math.round(n * badShare);
  const badAt = new Set();
  while (badAt.size < nBad) badAt.add(Math.floor(rand() * n));
  const manifest = { files: n, good: [], bad: [] };
  let b = 0;
  for (let i = 0; i < n; i++) {
    const dir = path.join(root, `d${String(Math.floor(i / 500)).padStart(2, "0")}`);
    if (i % 500 === 0) mkdirSync(dir, { recursive: true });
    const stem = path.join(dir, `a${String(i).padStart(5, "0")}`);
    if (badAt.has(i)) {
      const code = BAD[b++ % BAD.length];
      const a = article();
      let file = `${stem}.txt`;
      if (code === "binary") writeFileSync(file, Buffer.concat([Buffer.from(render("txt", a)), Buffer.from([0, 0, 1, 2]), Buffer.from(a.paras[0])]));
      else if (code === "encoding") writeFileSync(file, Buffer.concat([Buffer.from(render("txt", a)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(" end.")]));
      else if (code === "not-found") symlinkSync(path.join(out, "nowhere", `x${i}.txt`), file);
      else if (code === "unreadable") execFileSync("mkfifo", [file]);
      else if (code === "too-large") writeFileSync(file, render("txt", a).repeat(Math.ceil((LIMIT * 1.2) / render("txt", a).length)));
      else if (code === "jsonl") {
        file = `${stem}.jsonl`;
        writeFileSync(file, `{"id": "broken", "text": "Japan bought gold.\n`);
      }
      manifest.bad.push({ file, code });
    } else {
      const kind = pick(["txt", "txt", "txt", "md", "html", "jsonl"]);
      const file = `${stem}.${kind}`;
      writeFileSync(file, render(kind, article()));
      manifest.good.push({ file, source: kind === "jsonl" ? `${file}#a1` : file });
    }
  }
  writeFileSync(path.join(out, "manifest.json"), JSON.stringify(manifest));
  console.log(`${n} files (${manifest.bad.length} bad) in ${root}; config ${path.join(out, "claims.yaml")}`);
}

function makeBig(out, mb, jsonl) {
  mkdirSync(out, { recursive: true });
  const file = path.join(out, `big-${mb}mb.${jsonl ? "jsonl" : "txt"}`);
  const chunks = [];
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const a = article();
    const s = jsonl
      ? JSON.stringify({ id: `r${i}`, title: a.title, date: a.date, text: a.paras.join("\n\n") }) + "\n"
      : `${a.title}\n\n${a.paras.join("\n\n")}\n\n`;
    chunks.push(s);
    size += Buffer.byteLength(s);
  }
  writeFileSync(file, chunks.join(""));
  console.log(`${file}: ${size} bytes`);
}

if (values.big) makeBig(values.out === "/tmp/claims-batch" ? "/tmp/claims-big" : values.out, Number(values.big), values.jsonl);
else makeBatch(values.out, Number(values.files), Number(values.bad));
