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
