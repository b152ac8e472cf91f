/**
 * Page furniture read as furniture: tables of lines that must be skipped (with the kind of
 * furniture they are) and article lines that must be kept, each set inside an article so
 * that the classifier sees the page around it; front matter of both kinds; Markdown with
 * links, images and HTML; a page flattened onto one line; the page's own date and author.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { segment } from "../../src/pipeline/segment.js";
import { EMPTY_CONFIG } from "../../src/pipeline/types.js";
import type { ClaimsDocument } from "../../src/schema.js";

const TITLE = "Gold Buying by Central Banks Hits a Record";
const P1 =
  "Central banks bought 1,037 tonnes of gold last year, the second-highest total on record, as reserve managers in Asia and the Middle East reduced their reliance on the dollar.";
const P2 =
  "The People's Bank of China added gold to its reserves for the eighteenth month in a row in April, according to data published by the central bank on Tuesday.";
const P3 = "Analysts at Northgate Capital expect purchases to stay above 800 tonnes this year, even with prices near record highs.";

/** The article with one more block between its paragraphs (or at its head or tail). */
function page(block: string, at: "head" | "middle" | "tail"): string {
  const parts = at === "head" ? [TITLE, block, P1, P2, P3] : at === "middle" ? [TITLE, P1, P2, block, P3] : [TITLE, P1, P2, P3, block];
  return parts.join("\n\n");
}

/** Every mention of a document, with its text. */
const mentionsOf = (doc: ClaimsDocument) => [
  ...doc.actors.flatMap((a) => a.mentions),
  ...doc.figures,
  ...doc.dates,
  ...doc.quotes,
  ...doc.claims,
];
const inside = (m: { start: number; end: number }, r: { start: number; end: number }) => m.start < r.end && r.start < m.end;

describe("page furniture is skipped with its kind, and yields nothing", () => {
  it.each([
    ["head", "Category: Markets", "metadata"],
    ["head", "**Source:** Example Wire", "metadata"],
    ["head", "Publisher: The Example Daily", "metadata"],
    ["head", "**Published:** 2025-12-17", "metadata"],
    ["head", "Updated 17 December 2025, 10:04 GMT", "metadata"],
    ["head", "Scraped (UTC): 2025-12-31T03:56:05+00:00", "metadata"],
    ["head", "5 min read", "metadata"],
    ["head", "By Staff Writer | Published March 3, 2025", "byline"],
    ["head", "By Jane Doe and John Roe", "byline"],
    ["head", "**Authors:** Jane Doe", "byline"],
    ["head", "Jane Doe, Energy correspondent", "byline"],
    ["head", "Print", "navigation"],
    ["head", "Facebook Twitter LinkedIn Email", "navigation"],
    ["head", "Home › World › Asia", "navigation"],
    ["head", "Markets | Commodities", "navigation"],
    ["head", "![Article Image](https://images.example.com/thumb_2025_50.jpeg)", "markup"],
    ["head", "## Summary", "boilerplate"],
    ["middle", '<iframe width="100%" height="400" src="https://video.example.com/embed/2025"></iframe>', "markup"],
    ["middle", "Advertisement", "boilerplate"],
    ["middle", "Get 50% off your first year of Premium!", "boilerplate"],
    ["middle", "Sponsored: Open a trading account with zero fees and 0.1% commission.", "boilerplate"],
    ["middle", "Also Read: Why Gold Matters More Than Ever in 2025", "navigation"],
    ["middle", "[Read more](https://example.com/markets/gold-2025)", "navigation"],
    ["middle", "Image: Reuters", "metadata"],
    ["middle", "AFP via Getty Images", "metadata"],
    ["middle", "Story continues below advertisement", "boilerplate"],
    ["tail", "Reporting by Jane Doe; Editing by John Roe", "byline"],
    ["tail", "Share on WhatsApp", "navigation"],
    ["tail", "Rate this article", "boilerplate"],
    ["tail", "Follow Example News:", "boilerplate"],
    ["tail", "Sign up to our weekly newsletter for the best of our coverage of China.", "boilerplate"],
    ["tail", "Readers in the UK can sign up here.", "boilerplate"],
    ["tail", "This article is for informational purposes only and does not constitute financial advice.", "boilerplate"],
    ["tail", "© 2025 Example Media. All rights reserved.", "boilerplate"],
    ["tail", "Impact Rating: 8/10", "metadata"],
    ["tail", "Tags: gold, central banks, China", "metadata"],
    ["tail", "This article was downloaded from https://www.example.com/markets/2025/12/17/gold-buying-record", "navigation"],
  ] as const)("%s: %s → %s", (at, block, reason) => {
    const text = page(block, at);
    const doc = extract(text, { format: "text" });
    const start = [...text.slice(0, text.indexOf(block))].length;
    const span = { start, end: start + [...block].length };
    expect(doc.skipped.filter((s) => inside(s, span)).map((s) => s.reason)).toEqual([reason]);
    expect(mentionsOf(doc).filter((m) => inside(m, span))).toEqual([]);
    // and the article around it is all there
    expect(doc.claims.map((c) => c.text)).toEqual(expect.arrayContaining([P1.slice(0, 40)].map((t) => expect.stringContaining(t))));
    expect(doc.figures.map((f) => f.text)).toEqual(["1,037 tonnes", "800 tonnes"]);
  });
});

describe("article lines stay article, wherever they stand", () => {
  it.each([
    ["middle", "By 18 February, creditors holding $41bn had accepted the offer."],
    ["middle", "By contrast, exports to China rose 4% in May."],
    ["middle", "Investors can sign up for the bond offer until Friday, the bank said."],
    ["middle", "Get ready for higher rates, analysts warned on Tuesday."],
    ["middle", "Follow-up talks are planned for March."],
    ["middle", "Subscribers to the service rose 12% to 464,000."],
    ["middle", "Share prices fell 3% in Tokyo."],
    ["middle", "Advertising revenue rose 5% to $2bn."],
    ["middle", "Note: the figures are in 2024 dollars and include state firms."],
    ["middle", "Kazem Jalali"],
    ["middle", "The Core Issue"],
    ["tail", "Trading resumes on Monday."],
    ["tail", "Exports: $5bn, up 3% from a year earlier."],
    ["head", "The rest of the world is willing to be ripped off"],
  ] as const)("%s: %s", (at, block) => {
    const text = page(block, at);
    const seg = segment(text, EMPTY_CONFIG);
    const start = text.indexOf(block);
    expect(seg.skipped.filter((s) => inside(s, { start, end: start + block.length }))).toEqual([]);
    expect(seg.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(page(block, at).split("\n\n"));
  });
});

describe("wire copy: tables, listings and short closing lines are the article's", () => {
  // results, standings and team lists follow the report in agency copy: lines of names and
  // figures, an introducing label, and the text's end is where the article ends
  const REPORT = "Northgate beat Eastfield 3-1 on Saturday to go top of the league, their fifth win in a row under the new coach.";
  it.each([
    ["results and standings", [REPORT, "Results:", "Northgate 3 Eastfield 1", "Westbury 0 Harlow 2", "Standings after games played on Saturday", "W D L F A P", "Northgate 5 1 0 14 4 16", "Harlow 4 1 1 9 5 13"]],
    ["a team list after a label", [REPORT, "Teams :", "Northgate - Ann Ortiz ( captain ) , Ben Kraus , Carla Mendes", "Eastfield - Dan Ivers , Emma Lund ."]],
    ["closing quoted lines", [REPORT, '" We were the better side , " said Northgate coach Ann Ortiz .', "We will keep going ."]],
  ] as const)("%s", (_name, lines) => {
    const text = [`NORTHGATE TOP THE TABLE .`, ...lines].join("\n");
    const seg = segment(text, EMPTY_CONFIG);
    expect(seg.skipped.map((s) => text.slice(s.start, s.end))).toEqual([]);
  });

  it("a list of links after the article is still its page's tail", () => {
    const text = [TITLE, P1, P2, "Related stories", "Gold slips as the dollar firms", "Why central banks buy gold", "Share: Facebook Twitter Email"].join("\n\n");
    const seg = segment(text, EMPTY_CONFIG);
    expect(seg.skipped.map((s) => text.slice(s.start, s.end))).toEqual(["Related stories", "Gold slips as the dollar firms", "Why central banks buy gold", "Share: Facebook Twitter Email"]);
  });
});

describe("front matter: read, kept in the text, skipped as metadata", () => {
  const body = `\n\n${TITLE}\n\n${P1}\n\n${P2}\n`;
  it.each([
    [
      "YAML",
      '---\nlayout: post\ntitle: "Gold Buying Hits a Record"\ndate: 2025-08-12T11:50:47\nauthor: "Jane Doe"\ntags: [gold, 2025]\nexcerpt: "Central banks bought 1,037 tonnes of gold, up 5%."\nimage: assets/images/gold-2025-50pct.jpg\n---',
      { title: "Gold Buying Hits a Record", date: "2025-08-12", author: "Jane Doe" },
    ],
    [
      "YAML with a list of authors",
      "---\ntitle: Gold Buying Hits a Record\npublished: 2025-08-12\nauthors:\n  - Jane Doe\n  - John Roe\n---",
      { title: "Gold Buying Hits a Record", date: "2025-08-12", author: "Jane Doe, John Roe" },
    ],
    [
      "TOML",
      '+++\ntitle = "Gold Buying Hits a Record"\ndate = 2025-08-12T09:00:00Z\nauthors = ["Jane Doe"]\ntags = ["gold", "2025"]\n[params]\nprice = "50%"\n+++',
      { title: "Gold Buying Hits a Record", date: "2025-08-12", author: "Jane Doe" },
    ],
  ])("%s", (_, fm, want) => {
    const text = fm + body;
    const doc = extract(text, { format: "markdown" });
    expect({ title: doc.source.title, date: doc.source.date, author: doc.source.author }).toEqual(want);
    expect(doc.source.chars).toBe([...text].length);
    expect(doc.skipped[0]).toEqual({ text: fm, start: 0, end: [...fm].length, reason: "metadata" });
    expect(mentionsOf(doc).filter((m) => m.start < [...fm].length)).toEqual([]);
    expect(doc.figures.map((f) => f.text)).toEqual(["1,037 tonnes"]);
  });

  it("a rule further down the page is not front matter", () => {
    const text = `${TITLE}\n\n${P1}\n\n---\n\n${P2}\n`;
    const doc = extract(text, { format: "markdown" });
    expect(doc.skipped.map((s) => [s.text, s.reason])).toEqual([["---", "markup"]]);
    expect(doc.source.date).toBeNull();
  });
});

describe("Markdown and HTML inside text: link words kept, targets, images and tags skipped", () => {
  it.each([
    [
      "a link",
      "[Reuters](https://www.reuters.example/world/china-sells-5bn-2025-12-17) reported that China sold $5bn of bonds in March.",
      { actors: ["Reuters", "China"], figures: ["$5bn"], dates: ["March"] },
    ],
    [
      "an image in a paragraph",
      "China sold $5bn of bonds in March. ![Chart: bond sales 2025, up 50%](https://img.example.com/chart-2025-50pct.png)",
      { actors: ["China"], figures: ["$5bn"], dates: ["March"] },
    ],
    [
      "an iframe",
      'China sold $5bn of bonds in March. <iframe width="100%" src="https://video.example.com/2025"></iframe>',
      { actors: ["China"], figures: ["$5bn"], dates: ["March"] },
    ],
    [
      "a styled span",
      '<span style="color:#E3120B; font-size:14.9pt;">China sold $5bn of bonds in March.</span>',
      { actors: ["China"], figures: ["$5bn"], dates: ["March"] },
    ],
    [
      "a bare URL",
      "China sold $5bn of bonds in March, the ministry said at https://www.mof.example.cn/2025/12/17/bonds-50pct.",
      { actors: ["China"], figures: ["$5bn"], dates: ["March"] },
    ],
    ["emphasis", "**China** sold *$5bn* of bonds in *December*.", { actors: ["China"], figures: ["$5bn"], dates: ["December"] }],
  ])("%s", (_, line, want) => {
    const doc = extract(`${TITLE}\n\n${P1}\n\n${line}\n\n${P2}\n`, { format: "markdown" });
    const lineStart = [...`${TITLE}\n\n${P1}\n\n`].length;
    const lineEnd = lineStart + [...line].length;
    const onLine = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.start >= lineStart && x.end <= lineEnd);
    expect({
      actors: doc.actors.filter((a) => onLine(a.mentions).length).map((a) => onLine(a.mentions)[0].text),
      figures: onLine(doc.figures).map((f) => f.text),
      dates: onLine(doc.dates).map((d) => d.text),
    }).toEqual(want);
  });

  it("a heading keeps its words, and its hashes and tags stay outside the paragraph", () => {
    const text = `## Gold Buying Hits a Record\n\n<span style="font-size:21pt;">Central Banks Keep Buying</span>\n\n${P1}\n`;
    const seg = segment(text, EMPTY_CONFIG);
    expect(seg.paragraphs.slice(0, 2).map((p) => [text.slice(p.start, p.end), p.heading])).toEqual([
      ["Gold Buying Hits a Record", true],
      ["Central Banks Keep Buying", true],
    ]);
  });
});

describe("a page flattened onto one line (a CSV cell)", () => {
  it.each([
    ["wide gaps where the breaks were", `${P1}    ${P2}          Follow Example News:`, "Follow Example News:"],
    ["single spaces", `${P1} ${P2} Sign up to our newsletter for more stories like this.`, "Sign up to our newsletter for more stories like this."],
  ])("%s: the closing call to action is skipped, the article kept", (_, line, tail) => {
    const text = `${TITLE}\n\n${line}\n`;
    const doc = extract(text, { format: "text" });
    expect(doc.skipped.map((s) => [s.text, s.reason])).toEqual([[tail, "boilerplate"]]);
    expect(doc.figures.map((f) => f.text)).toEqual(["1,037 tonnes"]);
    expect(doc.claims.some((c) => c.text.startsWith("The People's Bank of China"))).toBe(true);
  });
});

describe("the page's own date and author", () => {
  it.each([
    ["a metadata header", "**Published:** 2025-12-17", "2025-12-17", null],
    ["a byline with a date", "By Jane Doe | Published March 3, 2025", "2025-03-03", "Jane Doe"],
    ["a date stamp", "September 11th 2025", "2025-09-11", null],
  ])("%s", (_, header, date, author) => {
    const doc = extract(page(header, "head").replace(P3, "Purchases fell last year."), { format: "text" });
    expect({ date: doc.source.date, author: doc.source.author }).toEqual({ date, author });
    expect(doc.dates.find((d) => d.text === "last year")?.value).toBe(String(Number(date.slice(0, 4)) - 1));
  });

  it("--date wins over the page", () => {
    expect(extract(page("**Published:** 2025-12-17", "head"), { date: "2024-01-02" }).source.date).toBe("2024-01-02");
  });
});

describe("a reader-mode Markdown export of a page", () => {
  const text = [
    "Title: Oil prices rise as OPEC+ cuts deepen",
    "URL Source: https://www.example.com/business/oil-prices-2025",
    "Published Time: 2025-03-04T10:00:00Z",
    "Markdown Content:\n[Skip to main content](https://www.example.com/#main)\n[![Example News](https://example.com/logo.png)](https://example.com/)\n* [World](https://example.com/world)\n* [Business](https://example.com/business)",
    "# Oil prices rise as OPEC+ cuts deepen",
    "Jane Doe, Energy correspondent",
    "Share",
    "Oil prices rose 2% on Tuesday after Saudi Arabia said it would deepen its output cuts by 500,000 barrels a day from April, the energy ministry said.",
    "Story continues below advertisement",
    "Brent crude futures settled at $86.20 a barrel, the highest since October.",
    "AFP via Getty Images",
    '"The market is tighter than many expected," said Helima Croft, head of commodity strategy at RBC Capital Markets.',
    "## More from Example News\n\n* [Gold steadies as dollar slips](https://example.com/gold)\n* [Fed holds rates](https://example.com/fed)",
    "© 2025 Example News",
  ].join("\n\n");
  const doc = extract(text, { format: "markdown" });

  it("takes the page's title, date and author from its header", () => {
    expect({ title: doc.source.title, date: doc.source.date, author: doc.source.author }).toEqual({
      title: "Oil prices rise as OPEC+ cuts deepen",
      date: "2025-03-04",
      author: "Jane Doe",
    });
  });

  it("finds the article's actors and figures, and none from the page around it", () => {
    expect(doc.actors.map((a) => a.name)).toEqual(["oil", "OPEC+", "Saudi Arabia", "Helima Croft", "RBC Capital Markets"]);
    expect(doc.figures.map((f) => f.text)).toEqual(["2%", "500,000 barrels a day", "$86.20"]);
    expect(doc.dates.map((d) => [d.text, d.value])).toEqual([
      ["Tuesday", "2025-03-04"],
      ["April", "2025-04"],
      ["October", "2024-10"],
    ]);
  });
});
