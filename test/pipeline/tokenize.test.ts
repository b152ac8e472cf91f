import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { cut } from "../../src/pipeline/tokenize.js";
import { tagWords } from "../../src/pipeline/pos.js";
import { SHAPE } from "../../src/pipeline/tokens.js";
import { docOf } from "../support/doc.js";

const words = (text: string) => cut(text).map((r) => text.slice(r.start, r.end));

describe("tokens", () => {
  it.each([
    ["China offloaded $53.3bn in U.S. treasuries.", ["China", "offloaded", "$", "53.3", "bn", "in", "U.S.", "treasuries", "."]],
    ["Russia's plan, the countries' reserves", ["Russia", "'s", "plan", ",", "the", "countries", "'", "reserves"]],
    ["Mr. Putin met Jan. 5 in Japan.", ["Mr.", "Putin", "met", "Jan.", "5", "in", "Japan", "."]],
    ["George W. Bush", ["George", "W.", "Bush"]],
    ["mid-2024 and 3.45pm, 1,000,000 or 12:30 in 2004/05", ["mid", "-", "2024", "and", "3.45", "pm", ",", "1,000,000", "or", "12:30", "in", "2004/05"]],
    ["AT&T and O'Neill don't", ["AT&T", "and", "O'Neill", "don't"]],
    ["the G7, FY2024 and Q1", ["the", "G7", ",", "FY2024", "and", "Q1"]],
    ["“Quoted”—he said…", ["“", "Quoted", "”", "—", "he", "said", "…"]],
    ["Ankara’s lira", ["Ankara", "’s", "lira"]],
  ])("%s", (text, want) => {
    expect(words(text)).toEqual(want);
  });

  it.each([["   "], [""], ["\n\n"]])("white space %j has no token", (text) => {
    expect(cut(text)).toEqual([]);
  });

  it("gives every token its offsets in code units and code points, its shape, gap and sentence", () => {
    const text = "😀 The U.S. said.\nBRICS grew 5%.";
    const doc = docOf(text);
    const cps = [...text];
    for (const t of doc.tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(cps.slice(t.cpStart, t.cpEnd).join("")).toBe(t.text);
    }
    const by = (w: string) => doc.tokens.find((t) => t.text === w)!;
    expect(by("U.S.").shape & SHAPE.UPPER).toBeTruthy();
    expect(by("The").shape & SHAPE.CAP).toBeTruthy();
    expect(by("said").shape & SHAPE.LOWER).toBeTruthy();
    expect(by("5").shape & SHAPE.NUM).toBeTruthy();
    expect(by("%").shape & SHAPE.PUNCT).toBeTruthy();
    expect(by("BRICS").gap).toBe(2);
    expect(by("said").gap).toBe(1);
    expect(by("%").gap).toBe(0);
    expect(by("said").sentence).toBe(0);
    expect(by("BRICS").sentence).toBe(1);
    expect(Array.from(doc.sentenceFirst)).toEqual([0, doc.tokens.indexOf(by("BRICS"))]);
    expect(Array.from(doc.sentenceEnd)).toEqual([doc.tokens.indexOf(by("BRICS")), doc.tokens.length]);
  });

  it("puts tokens of skipped boilerplate in no sentence", () => {
    const doc = docOf("Oil rose 3% on Monday after the talks ended in Vienna.\n\nAlso Read: Gold hits a record\n");
    expect(doc.tokens.filter((t) => t.sentence === -1).map((t) => t.text)).toEqual(["Also", "Read", ":", "Gold", "hits", "a", "record"]);
  });

  it("keeps the words the text writes in lower case", () => {
    const doc = docOf("The Government said the government would act.");
    expect(doc.lowerWords.has("government")).toBe(true);
    expect(doc.lowerWords.has("The")).toBe(false);
  });

  it("cuts long runs without spaces in linear time", () => {
    for (const run of ["twenty-".repeat(20_000), "1/".repeat(50_000), "a".repeat(200_000), ".".repeat(100_000)]) {
      const doc = docOf(run);
      expect(doc.tokens.every((t) => run.slice(t.start, t.end) === t.text)).toBe(true);
    }
  });
});

describe("part-of-speech tags", () => {
  const tagsOf = (text: string) => {
    const doc = docOf(text);
    return Object.fromEntries(doc.tokens.map((t) => [t.text, t.pos]));
  };
  it.each([
    ["China offloaded its holdings of U.S. treasuries.", { offloaded: "VERB", holdings: "NOUN", China: "PROPN", its: "PRON" }],
    ["G7 finance ministers backed plans to cut debt.", { finance: "NOUN", backed: "VERB", plans: "NOUN" }],
    ["He's fine, it's done.", { He: "PRON", "'s": "AUX" }],
    ["The bank will raise rates.", { will: "AUX", raise: "VERB", rates: "NOUN" }],
  ])("%s", (text, want) => {
    expect(tagsOf(text)).toMatchObject(want);
  });

  it("equal wink-nlp's own readDoc tags on the fixtures (it reads the words as we cut them)", () => {
    const require = createRequire(import.meta.url);
    const winkNLP = require("wink-nlp");
    const nlp = winkNLP(require("wink-eng-lite-web-model"), ["pos"]);
    let same = 0;
    let all = 0;
    for (const f of ["web-gold-reserves.txt", "bbc-style-trade.txt", "wire-opec-output.txt"]) {
      const text = readFileSync(new URL(`../../fixtures/${f}`, import.meta.url), "utf8");
      const ws = words(text);
      const ours = tagWords(ws);
      const doc = nlp.readDoc(ws.join(" "));
      const values: string[] = doc.tokens().out(nlp.its.value);
      const tags: string[] = doc.tokens().out(nlp.its.pos);
      // each of our words takes the tag of the first wink token inside it
      let k = 0;
      let off = 0;
      const theirs: string[] = [];
      values.forEach((v, j) => {
        if (!v.trim()) return;
        if (off >= ws[k].length) {
          k++;
          off = 0;
        }
        if (off === 0) theirs[k] = tags[j];
        off += v.length;
      });
      ours.forEach((p, i) => {
        all++;
        if (p === theirs[i]) same++;
      });
    }
    expect(all).toBeGreaterThan(600);
    expect(same / all).toBeGreaterThan(0.995);
  });
});
