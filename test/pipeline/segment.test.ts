import { describe, expect, it } from "vitest";
import { segment, splitSentences } from "../../src/pipeline/segment.js";
import { EMPTY_CONFIG } from "../../src/pipeline/types.js";

const sentencesOf = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((r) => text.slice(r.start, r.end));

describe("splitSentences", () => {
  it.each([
    ["The dollar fell. The euro rose.", ["The dollar fell.", "The euro rose."]],
    ["Mr. Putin met Mr. Xi. They talked.", ["Mr. Putin met Mr. Xi.", "They talked."]],
    ["It rose 3.5% in Jan. 2004 to a high.", ["It rose 3.5% in Jan. 2004 to a high."]],
    ["He said: \"It is over.\" Then he left.", ["He said: \"It is over.\"", "Then he left."]],
    ["Sanctions on the U.S. The dollar fell.", ["Sanctions on the U.S.", "The dollar fell."]],
    ["The U.S. President spoke.", ["The U.S. President spoke."]],
    ["George W. Bush spoke. Then he left.", ["George W. Bush spoke.", "Then he left."]],
  ])("%s", (text, want) => {
    expect(sentencesOf(text)).toEqual(want);
  });
});

describe("segment: boilerplate", () => {
  const text = [
    "Gold Rises as Banks Buy",
    "",
    "Central banks bought more gold last year, the council said.",
    "",
    "Also Read: Why Gold Matters",
    "",
    "Prices rose 3% in March.",
    "",
    "Share link:",
    "",
    "Most read",
    "",
    "Loading Most Read articles...",
    "Ten Things to Know About Silver",
  ].join("\n");
  const seg = segment(text, EMPTY_CONFIG);
  const skipped = seg.skipped.map((s) => text.slice(s.start, s.end));

  it("skips link lines, share buttons and everything after a footer marker", () => {
    expect(skipped).toEqual(["Also Read: Why Gold Matters", "Share link:", "Most read", "Loading Most Read articles...", "Ten Things to Know About Silver"]);
  });
  it("keeps the article's own sentences, the headline as a heading", () => {
    const sents = seg.sentences.map((s) => [text.slice(s.start, s.end), s.heading]);
    expect(sents).toEqual([
      ["Gold Rises as Banks Buy", true],
      ["Central banks bought more gold last year, the council said.", false],
      ["Prices rose 3% in March.", false],
    ]);
  });
  it("skips nothing in plain prose", () => {
    expect(segment("Related parties said the deal was done. More news is expected.", EMPTY_CONFIG).skipped).toEqual([]);
  });
});

describe("segment: headings and hostile text", () => {
  it.each([
    ["Russia and China Vow to Stand Together Against U.S.", true],
    ["Leaders Are Not Messing Around", true],
    ["Soaring oil 'hits world economy'", true],
    ["The central bank raised rates by half a point on Tuesday.", false],
    ["Kazem Jalali", true],
    ["MANILA, Philippines (AP) _", false],
    ["# Fed holds rates steady", true],
  ])("%s is a heading: %s", (line, want) => {
    expect(segment(line, EMPTY_CONFIG).paragraphs[0].heading).toBe(want);
  });

  it.each([
    ["periods then spaces", ".".repeat(50_000) + " ".repeat(50_000) + "a"],
    ["spaces between periods", ". ".repeat(50_000)],
    ["closing quotes", '."'.repeat(50_000) + " x"],
    ["one long line", "word ".repeat(20_000)],
    ["many short lines", "Line\n".repeat(20_000)],
    ["abbreviations", "Mr. ".repeat(25_000) + "Smith."],
    ["unclosed tags", "<a ".repeat(30_000)],
    ["unclosed links", "[a](".repeat(25_000)],
    ["unclosed images", "![".repeat(40_000)],
    ["unclosed comments", "<!--".repeat(25_000)],
    ["rules", "---\n".repeat(25_000)],
    ["fences", "```\n".repeat(25_000)],
    ["labels", "Category: India\n".repeat(10_000)],
    ["wide gaps", "A.    ".repeat(20_000)],
    ["URLs", "https://a.b/".repeat(10_000) + " " + "www.x ".repeat(10_000)],
  ])("stays linear on %s", (_, text) => {
    const t0 = performance.now();
    const seg = segment(text, EMPTY_CONFIG);
    expect(seg.sentences.length + seg.skipped.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
