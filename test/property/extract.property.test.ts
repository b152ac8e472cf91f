/**
 * Properties of extraction over random and mutated article text (fast-check): it never
 * throws, every offset slices back to its text, every document validates against the
 * schema, the output is deterministic, and time grows linearly with the input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { jsonReporter } from "../../src/report/json.js";
import { jsonlReporter } from "../../src/report/jsonl.js";
import { ClaimsDocument, Claim, type ClaimsDocument as Doc } from "../../src/schema.js";

/** What the CLI writes for a document, read back and checked by the schema (json and jsonl). */
function writtenIsValid(doc: Doc, text: string): void {
  const written = JSON.parse(jsonReporter().document(doc, text));
  const r = ClaimsDocument.safeParse(written);
  expect(r.success ? [] : r.error.issues).toEqual([]);
  expect(written).toEqual(doc);
  for (const line of jsonlReporter().document(doc, text).split("\n").filter(Boolean)) {
    const { source, ...claim } = JSON.parse(line);
    expect(source).toBe(doc.source.path ?? "-");
    expect(Claim.safeParse(claim).success).toBe(true);
  }
}

const BASE = [
  "Central Banks Keep Buying Gold",
  "",
  "China sold $53.3 billion of U.S. treasuries in the first quarter of 2024, the ministry said on Tuesday.",
  "",
  '"We expect demand to stay strong," said Maria Keller, chief economist at Northgate Capital. Russia and India agreed last week to raise trade by about 20%.',
  "",
  "Oil rose to $85 a barrel as Saudi Arabia cut output by 1 million barrels a day; the EU and NATO met in Brussels in March.",
  "",
  "Also Read: Ten Things to Know About Gold",
].join("\n");

/** Pieces of news text, and pieces that break it. */
const PIECES = [
  "China", "the U.S.", "Beijing", "the Fed", "OPEC+", "Mr. Putin", "Xi Jinping", "said", "told reporters", "according to",
  "$5 billion", "€3.2bn", "£40m", "¥1 trillion", "5%", "3.5 per cent", "40 basis points", "2 million tonnes", "$50 a barrel",
  "in 2023", "last year", "on Friday", "in March", "the first quarter of 2024", "since 2022", "by 2030",
  '"', "“", "”", "'", "‘", "’", "(", ")", "[", "]", ".", ",", ";", ":", "!", "?", "…", "-", "—", "\n", "\n\n", "\r\n", " ", "\t",
  "🚀", "👨‍👩‍👧", "قالت", "שלום", "\u0000", "\ufeff", "\u200b", "\ud83d", "1,000,000", "0.5", "1.2.3", "Mr.", "U.S.", "e.g.",
  "Also Read:", "Related News", "Subscribe", "---", "# ", "**", "<p>", "&amp;",
  "---\ntitle: X\ndate: 2024-05-20\n---\n", "+++\ntitle = \"X\"\n+++\n", "![", "](", "[", "]", "](https://example.com/2024/05/20/a-5pct)",
  "<span style=\"font-size:14.9pt\">", "</span>", "<!--", "-->", "https://www.example.com/2024/50%", "By Jane Doe |", "Published: 2024-05-20",
  "Category:", "Follow us:", "Facebook Twitter LinkedIn", "    ", "```",
];

const piece = fc.constantFrom(...PIECES);
const word = fc.oneof(piece, fc.string({ minLength: 1, maxLength: 8 }), fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }));
const randomText = fc.array(word, { maxLength: 120 }).map((ws) => ws.join(" "));
const mutatedText = fc
  .array(fc.tuple(fc.nat(BASE.length), fc.nat(6), fc.oneof(piece, fc.string({ maxLength: 6 }))), { maxLength: 12 })
  .map((edits) => edits.reduce((t, [at, del, ins]) => t.slice(0, at) + ins + t.slice(Math.min(t.length, at + del)), BASE));
/** Articles that open with front matter, YAML or TOML, then the base article mutated. */
const withFrontMatter = fc
  .tuple(fc.constantFrom("---\ntitle: Gold\ndate: 2024-05-20\ntags: [a, b]\n---\n\n", "+++\ntitle = \"Gold\"\ndate = 2024-05-20\n+++\n"), mutatedText)
  .map(([fm, t]) => fm + t);
const articleText = fc.oneof(randomText, mutatedText, withFrontMatter);
const refDate = fc.option(fc.constantFrom("2024-05-20", "2000-02-29", "1999-12-31"), { nil: undefined });

/** Every span of a document with the text it claims to have. */
function spans(doc: Doc): { text: string; start: number; end: number }[] {
  return [
    ...doc.actors.flatMap((a) => a.mentions),
    ...doc.claims,
    ...doc.claims.flatMap((c) => [...c.figures, ...c.dates]),
    ...doc.figures,
    ...doc.dates,
    ...doc.quotes,
    ...doc.skipped,
  ];
}

/** The normalised text is the input less a leading BOM (front matter and markup stay as they are). */
function slicesBack(input: string, doc: Doc): void {
  const cps = [...(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input)];
  expect(doc.source.chars).toBe(cps.length);
  for (const s of spans(doc)) {
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(s.end).toBeLessThanOrEqual(cps.length);
    const got = cps.slice(s.start, s.end).join("");
    if (got !== s.text) expect({ span: s, got }).toEqual({ span: s, got: s.text });
  }
}

describe("extract over random and mutated article text", () => {
  it("never throws, and what is written for every document validates against the schema", () => {
    fc.assert(
      fc.property(articleText, refDate, (text, date) => {
        const doc = extract(text, { date, format: "text" });
        writtenIsValid(doc, text);
      }),
      { numRuns: 300 },
    );
  });

  it("every offset slices back to its text (code points of the normalised text)", () => {
    fc.assert(
      fc.property(articleText, (text) => slicesBack(text, extract(text, { format: "text" }))),
      { numRuns: 300 },
    );
  });

  it("skipped spans are sorted and apart, and nothing inside them is a mention", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const doc = extract(text, { format: "text" });
        doc.skipped.forEach((s, i) => i > 0 && expect(s.start).toBeGreaterThanOrEqual(doc.skipped[i - 1].end));
        const inSkipped = (m: { start: number; end: number }) => doc.skipped.some((s) => m.start < s.end && s.start < m.end);
        const mentions = [...doc.actors.flatMap((a) => a.mentions), ...doc.figures, ...doc.dates, ...doc.quotes];
        expect(mentions.filter(inSkipped)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic: the same input gives the same document", () => {
    fc.assert(
      fc.property(articleText, refDate, (text, date) => {
        expect(JSON.stringify(extract(text, { date }))).toBe(JSON.stringify(extract(text, { date })));
      }),
      { numRuns: 100 },
    );
  });

  it("never throws on HTML made of the same pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.constantFrom("<p>", "</p>", "<div>", "</div>", "<article>", "<b>", "<script>", "</script>", "<!--", "-->", "<meta property=\"article:published_time\" content=\"2024-02-30\">")), { maxLength: 80 }), (ws) => {
        const doc = extract(ws.join(" "), { format: "html" });
        writtenIsValid(doc, ws.join(" "));
      }),
      { numRuns: 100 },
    );
  });
});

describe("time grows linearly with input length", () => {
  // the fastest of five runs: a busy machine only ever adds time, so the minimum is the cost
  const timeOf = (text: string) =>
    Math.min(
      ...[0, 1, 2, 3, 4].map(() => {
        const t = performance.now();
        extract(text, { format: "text" });
        return performance.now() - t;
      }),
    );

  it.each([
    ["article text", BASE + "\n\n"],
    ["one long paragraph", BASE.replace(/\n+/g, " ") + " "],
    ["quotes and speakers", '"Prices will rise," said Maria Keller. "They will not," said Tom Adeyemi. '],
  ])("%s: 4× the text takes under 8× the time", (_, unit) => {
    const small = unit.repeat(Math.ceil(25_000 / unit.length));
    const big = unit.repeat(Math.ceil(100_000 / unit.length));
    // warm up on both sizes first: the first runs pay for compiling, not for the text
    extract(small, { format: "text" });
    extract(big, { format: "text" });
    const ratio = timeOf(big) / Math.max(1, timeOf(small));
    expect(ratio).toBeLessThan(8);
  });
});
