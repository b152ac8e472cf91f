import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import { segment } from "../../../src/pipeline/segment.js";
import { EMPTY_CONFIG, type QuoteTag, type TagContext } from "../../../src/pipeline/types.js";
import { contextOf } from "../../support/doc.js";
import { findQuoted } from "../../../src/recognizers/quotes/marks.js";
import { quotes } from "../../../src/recognizers/quotes/index.js";
import { attributeQuotes } from "../../../src/recognizers/quotes/attribute.js";
import { resolveActors } from "../../../src/recognizers/actors/resolve.js";

const ctxOf = (text: string): TagContext => contextOf(text);
const quoteTags = (text: string) => quotes.find(ctxOf(text)).filter((t): t is QuoteTag => t.type === "quote");
const spans = (text: string) => findQuoted(text, segment(text, EMPTY_CONFIG).paragraphs).map((q) => text.slice(q.start, q.end));

describe("quotation marks", () => {
  it.each([
    ['He said "we will win" and left.', ["we will win"]],
    ["He said “we will win” and left.", ["we will win"]],
    ["The headline read: Oil 'hits world economy' today", ["hits world economy"]],
    ["“It is done,” she said. “Now we wait.”", ["It is done,", "Now we wait."]],
    ['"The deal," Lars Olsen said, "is not dead yet."', ["The deal,", "is not dead yet."]],
    ['"The first part goes on\n\n"and the second part ends here," he said.', ["The first part goes on", "and the second part ends here,"]],
    ['She said: "We will pay. "There is no other way." Then she left.', ["We will pay.", "There is no other way."]],
    ["”Misplaced marks still open a quote,” he wrote.", ["Misplaced marks still open a quote,"]],
  ])("%s", (text, want) => {
    expect(spans(text)).toEqual(want);
  });

  it.each([
    ["Brown's plan and the banks' reserves rose in the '90s."],
    ["No marks at all here."],
  ])("none in %s", (text) => {
    expect(spans(text)).toEqual([]);
  });

  it("an unclosed mark ends with its paragraph", () => {
    const text = 'He said "this never closes.\n\nThe next paragraph is the reporter\'s own.';
    expect(spans(text)).toEqual(["this never closes."]);
  });
});

describe("direct quotes and their speakers", () => {
  it.each([
    ['"The deal is good for both sides," said Anna Berger, an analyst at Norfolk Capital.', "The deal is good for both sides,", "Anna Berger", true],
    ['"Prices will keep rising this year," Anna Berger said.', "Prices will keep rising this year,", "Anna Berger", true],
    ['Anna Berger, Norfolk Capital\'s chief rates strategist, remarked:\n\n"The market has not priced this in yet."', "The market has not priced this in yet.", "Anna Berger", true],
    ['The talks were "very productive", according to the Treasury.', "very productive", "Treasury", true],
    ['"We are ready to act if needed," a spokesman for the Treasury said.', "We are ready to act if needed,", "Treasury", true],
    ["“Growth will return next year.” ― Tomas Halvorsen", "Growth will return next year.", "Tomas Halvorsen", true],
    ["Farm aid 'must go' - Halvorsen\n\nTomas Halvorsen spoke in Oslo on Monday about the budget.", "must go", "Halvorsen", true],
    ['"It is a waste of money," Rep. Ellen Dahl (D-Ore.) said on Friday.', "It is a waste of money,", "Ellen Dahl", true],
    ['"Rates will rise," Ellen Dahl, a trader at Norfolk Capital, one of the largest funds in Oslo, said.', "Rates will rise,", "Ellen Dahl", true],
    ["Said Dahl: “Nobody expected this.”", "Nobody expected this.", "Dahl", true],
    ['"This will not pass," said Sen. Ellen Dahl of the Western Isles.', "This will not pass,", "Ellen Dahl", true],
    ["Tomas Halvorsen has called the budget “reckless”.", "reckless", "Tomas Halvorsen", false],
    ['During a speech on Monday, Lars Olsen attacked the plan, saying, "It is a trap for savers."', "It is a trap for savers.", "Lars Olsen", true],
    ['"We were poor but proud," my grandmother often said.', "We were poor but proud,", "my grandmother", true],
    ["When Lars Olsen noted that the fund had lost money ― as it had for years ― Anna Berger replied, “That is the price of safety.”", "That is the price of safety.", "Anna Berger", true],
  ])("%s", (text, quote, speaker, direct) => {
    const q = quoteTags(text).find((t) => t.text === quote);
    expect(q?.speakerSpan?.text).toBe(speaker);
    expect(q?.direct).toBe(direct);
  });

  it.each([
    ["The so-called \"loan-for-oil deal\" was signed in May."],
    ["Members of the 'Veritas' party met on Monday."],
    ["The film \"Northern Lights\" opened this week."],
    ["Ellen Dahl said on \"Face the Nation,\" that rates would rise."],
    ["Ellen Dahl wrote a column, \"All Bets Are Off.\""],
    ["Ellen Dahl said: \"(CROSSTALK.)\""],
  ])("no quote in %s", (text) => {
    expect(quoteTags(text).filter((q) => q.direct)).toEqual([]);
  });
});

describe("reported speech", () => {
  it.each([
    ["The Riksbank said on Tuesday that rates would stay on hold.", "rates would stay on hold", "Riksbank"],
    ["Inflation will ease by the summer, Anna Berger said.", "Inflation will ease by the summer", "Anna Berger"],
    ["According to the Finance Ministry, exports rose sharply in March.", "exports rose sharply in March", "Finance Ministry"],
    ["He said the plan would fail.", "the plan would fail", "He"],
    ["Anna Berger stated, noting that the fund had sold its bonds.", "the fund had sold its bonds", "Anna Berger"],
    ["Lars Olsen told reporters the merger would close soon.", "the merger would close soon", "Lars Olsen"],
    ["The fund was a success, Mr. Olsen said, until it closed in 2001.", "The fund was a success", "Olsen"],
    ["Lars Olsen now says the deal is dead.", "the deal is dead", "Lars Olsen"],
    ["Lars Olsen — a trader at Norfolk Capital — said rates would rise.", "rates would rise", "Lars Olsen"],
    ["Olsen has said about 20 banks have shown interest.", "about 20 banks have shown interest", "Olsen"],
    ["Oil demand, Mr. Olsen often says, is close to its peak.", "Oil demand, Mr. Olsen often says, is close to its peak", "Olsen"],
    ["After the vote, Lars Olsen told NRK's \"Dagsrevyen\" that the deal was dead.", "the deal was dead", "Lars Olsen"],
    ["Although exports are growing, according to Norwegian statistics, imports fell.", "exports are growing", "Norwegian statistics"],
  ])("%s", (text, clause, speaker) => {
    const q = quoteTags(text).find((t) => !t.direct && t.text === clause);
    expect(q?.speakerSpan?.text).toContain(speaker);
  });

  it.each([
    ["The company declined to comment."],
    ["Lars Olsen said: \"We are done.\""],
    ["Lars Olsen said \"it is that simple\" and left."],
    ["The state bank lent the money."],
    ["Analysts said the plan would fail."],
    ["Officials at the ministry said they had received no proposal."],
    ["The bank lent the firm $6bn to buy the unit, it has been revealed."],
    ["The writing was on the wall for the bank after asking the board for money."],
    ["The Norges Bank added 32 tonnes of gold to its reserves in March."],
    ["Lars Olsen told reporters after the meeting."],
    ["Lars Olsen told a news conference after the two-day meeting."],
  ])("no reported speech in %s", (text) => {
    expect(quoteTags(text).filter((q) => !q.direct)).toEqual([]);
  });
});

describe("attribution", () => {
  const text = [
    "Banks cut rates",
    "",
    '"We expect more cuts," said Lars Olsen, chief economist at Norfolk Capital. "The data are weak."',
    "",
    'Mr Olsen continued: "Lending has stalled."',
    "",
    'Separately, Anna Berger said rates were "far too high". She added that "the pain is real".',
  ].join("\n");
  const doc = extract(text);
  it.each([
    ["We expect more cuts,", "Lars Olsen"],
    ["The data are weak.", "Lars Olsen"],
    ["Lending has stalled.", "Lars Olsen"],
    ["far too high", "Anna Berger"],
  ])("%s → %s", (quote, speaker) => {
    expect(doc.quotes.find((q) => q.text === quote)?.speakerName).toBe(speaker);
  });

  it("title and person actor come from the appositive", () => {
    const q = doc.quotes.find((x) => x.text === "We expect more cuts,");
    expect(q?.speakerTitle).toBe("chief economist");
    expect(doc.actors.find((a) => a.id === q?.speaker)?.kind).toBe("person");
  });

  it("a descriptive body speaker is the body last heard from", () => {
    const d = extract('The Riksbank said rates would stay low. "Inflation is under control," it added. However, the report warned: "Risks remain high."');
    expect(d.quotes.find((q) => q.text === "Risks remain high.")?.speakerName).toBe("Riksbank");
    expect(d.quotes.find((q) => q.text === "Inflation is under control,")?.speakerName).toBe("Riksbank");
  });

  it("a caption line with the speaker's name below the quote", () => {
    const d = extract("Tomas Halvorsen visited the plant.\n\n“The new line will double our output.”\n\nTomas Halvorsen\n\nHalvorsen stated, noting that orders had risen.");
    expect(d.quotes.find((q) => q.text === "The new line will double our output.")?.speakerName).toBe("Tomas Halvorsen");
  });

  it("a place inside a description is not the speaker", () => {
    const d = extract("Anna Berger spoke in Oslo on Monday. The Ohio senator said the plan would fail within a year.");
    const q = d.quotes.find((x) => x.text.startsWith("the plan would fail"));
    expect(q?.speakerName).not.toBe("Ohio");
    expect(d.actors.find((a) => a.id === q?.speaker)?.kind).not.toBe("place");
  });

  it("a mixed quotation inside reported speech is part of it", () => {
    expect(doc.quotes.find((q) => q.text === "far too high")?.direct).toBe(false);
  });
});

describe("adversarial input finishes fast", () => {
  it.each([
    ['"'.repeat(100_000), 0],
    ["“a” ".repeat(25_000), 0],
    ["'x' ".repeat(25_000), 0],
    ["Said Said Said ".repeat(7_000), null],
    ["Anna Berger, ".repeat(8_000) + "said.", 0],
    ['"' + "word ".repeat(20_000) + '," said Anna Berger', 1],
    ["according to ".repeat(8_000), 0],
    ["X, ".repeat(30_000) + "said that y.", 0],
    ["(D-Wis.) ".repeat(10_000) + "said.", 0],
  ])("%#", (text, count) => {
    const t0 = Date.now();
    const tags = quotes.find(ctxOf(text));
    expect(Date.now() - t0).toBeLessThan(2000);
    for (const t of tags) expect(t.text).toBe(text.slice(t.start, t.end));
    if (count !== null) expect(tags.filter((t) => t.type === "quote")).toHaveLength(count);
  });
});

describe("attributeQuotes", () => {
  const text = "Anna Berger of Norfolk Capital spoke. She said so. The fund said it was over. It said so too.";
  const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
  const actor = (s: string, kind: "person" | "organization", name: string) => ({
    type: "actor" as const, rule: "test", ...at(s), kind, name, key: name.toLowerCase(), code: null,
  });
  const quote = (s: string, speaker: string, kind: QuoteTag["speakerKind"], from = 0, org?: string): QuoteTag => ({
    type: "quote", rule: "test", ...at(s, from), direct: false, verb: "said",
    speakerSpan: { ...at(speaker, from), rule: "test" }, speakerKind: kind, speakerTitle: null,
    speakerOrg: org ? { ...at(org), rule: "test" } : null,
  });
  const tags = [actor("Anna Berger", "person", "Anna Berger"), actor("Norfolk Capital", "organization", "Norfolk Capital")];
  const resolved = resolveActors(tags);
  const quotes = [
    quote("so", "Anna Berger", "person", 0, "Norfolk Capital"),
    quote("so", "She", "pronoun", text.indexOf("She")),
    quote("it was over", "fund", "organization"),
    quote("so too", "It", "pronoun"),
  ];
  const out = attributeQuotes(quotes, tags, resolved);
  it.each([
    [0, "Anna Berger"],
    [1, "Anna Berger"],
    [2, "fund"],
    [3, "fund"],
  ])("quote %i → %s", (i, name) => {
    expect(out[i].speakerName).toBe(name);
  });
  it("'the firm' is the organisation last named when no body has spoken", () => {
    const t2 = "Norfolk Airways cut fares. The firm said demand was weak.";
    const tags2 = [{ type: "actor" as const, rule: "test", start: 0, end: 15, text: "Norfolk Airways", kind: "organization" as const, name: "Norfolk Airways", key: "norfolk airways", code: null }];
    const s = t2.indexOf("The firm");
    const q: QuoteTag = { type: "quote", rule: "test", start: t2.indexOf("demand"), end: t2.length - 1, text: "demand was weak", direct: false, verb: "said",
      speakerSpan: { start: s, end: s + 8, text: "The firm", rule: "test" }, speakerKind: "descriptive" };
    expect(attributeQuotes([q], tags2, resolveActors(tags2))[0].speakerName).toBe("Norfolk Airways");
  });

  it("the organisation of the speaker is an actor id", () => {
    expect(out[0].speakerOrg).toBe(resolved.actors.find((a) => a.name === "Norfolk Capital")?.id);
  });
});
