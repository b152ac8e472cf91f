/** Claim assembly on hand-built tags: the stage's input is made here, not by the recognisers. */
import { describe, expect, it } from "vitest";
import { assembleClaims } from "../../src/claims/assemble.js";
import { toDate, toFigure } from "../../src/pipeline/mentions.js";
import { docOf } from "../support/doc.js";
import { type ActorTag, type DateTag, type FigureTag, type Tags } from "../../src/pipeline/types.js";
import { resolveActors } from "../../src/recognizers/actors/resolve.js";
import type { Quote } from "../../src/schema.js";

function at(text: string, needle: string, nth = 1): { start: number; end: number; text: string } {
  let i = -1;
  for (let k = 0; k < nth; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`not in text: ${needle}`);
  return { start: i, end: i + needle.length, text: needle };
}
const country = (text: string, needle: string, name: string, code: string, nth = 1): ActorTag => ({
  ...at(text, needle, nth), type: "actor", rule: "test", kind: "country", name, key: code, code,
});
const person = (text: string, needle: string, name: string): ActorTag => ({
  ...at(text, needle), type: "actor", rule: "test", kind: "person", name, key: name.toLowerCase(), code: null,
});
const figure = (text: string, needle: string, value: number, unit: string): FigureTag => ({
  ...at(text, needle), type: "figure", rule: "test", kind: "quantity", value, unit, qualifier: "exact", measures: null,
});
const date = (text: string, needle: string, value: string): DateTag => ({ ...at(text, needle), type: "date", rule: "test", kind: "date", value, mod: null });

function run(text: string, tags: Partial<Tags>, quotes: Quote[] = []) {
  const doc = docOf(text);
  const full: Tags = { figures: [], dates: [], actors: [], quotes: [], ...tags };
  const resolved = resolveActors(full.actors);
  return assembleClaims({ doc, tags: full, resolved, quotes, figures: full.figures.map(toFigure), dates: full.dates.map(toDate) });
}

describe("assembleClaims", () => {
  it("makes a claim of a sentence with an actor and a predicate, with its figures and dates", () => {
    const text = "Poland bought 20 tonnes of gold in March. It was a quiet month for markets.";
    const [c, ...rest] = run(text, {
      actors: [country(text, "Poland", "Poland", "POL")],
      figures: [figure(text, "20 tonnes", 20, "tonne")],
      dates: [date(text, "March", "XXXX-03")],
    });
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      text: "Poland bought 20 tonnes of gold in March.",
      type: "asset-purchase",
      predicate: "buy",
      actors: [{ ref: "poland", name: "Poland", role: "subject" }],
      attribution: { to: "article" },
      modality: "asserted",
    });
    expect(c.figures.map((f) => f.text)).toEqual(["20 tonnes"]);
    expect(c.dates.map((d) => d.text)).toEqual(["March"]);
  });

  it("gives subject and object by position around the predicate", () => {
    const text = "Russia lent Belarus $1bn last year.";
    const [c] = run(text, { actors: [country(text, "Russia", "Russia", "RUS"), country(text, "Belarus", "Belarus", "BLR")] });
    expect(c.actors).toEqual([
      { ref: "russia", name: "Russia", role: "subject" },
      { ref: "belarus", name: "Belarus", role: "object" },
    ]);
    expect(c.type).toBe("lending");
  });

  it("attributes reported speech to its speaker, whose words make the claim", () => {
    const text = "Anna Berg said Poland would buy more gold next year.";
    const tags = { actors: [person(text, "Anna Berg", "Anna Berg"), country(text, "Poland", "Poland", "POL")] };
    const q = at(text, "Poland would buy more gold next year.");
    const quote: Quote = { id: "q1", ...q, direct: false, speaker: "anna-berg", speakerName: "Anna Berg", speakerTitle: null, speakerOrg: null, verb: "said" };
    const [c] = run(text, tags, [quote]);
    expect(c.attribution).toEqual({ to: "anna-berg", verb: "said", quote: "q1" });
    expect(c.modality).toBe("reported");
    expect(c.predicate).toBe("buy");
    expect(c.actors).toContainEqual({ ref: "poland", name: "Poland", role: "subject" });
    expect(c.actors).toContainEqual({ ref: "anna-berg", name: "Anna Berg", role: "other" });
  });

  it("resolves 'the two nations' to the two countries named before", () => {
    const text = "Chile and Peru met on Monday. The two nations signed a deal.";
    const claims = run(text, { actors: [country(text, "Chile", "Chile", "CHL"), country(text, "Peru", "Peru", "PER")] });
    expect(claims).toHaveLength(2);
    expect(claims[1].actors.map((a) => a.name).sort()).toEqual(["Chile", "Peru"]);
    expect(claims[1].type).toBe("agreement");
  });

  it("splits a sentence with two assertions, each with its own actor", () => {
    const text = "Norway sold $2bn of bonds, while Sweden bought $1bn of gold.";
    const claims = run(text, { actors: [country(text, "Norway", "Norway", "NOR"), country(text, "Sweden", "Sweden", "SWE")] });
    expect(claims.map((c) => [c.text, c.type, c.actors.map((a) => `${a.name}/${a.role}`)])).toEqual([
      ["Norway sold $2bn of bonds", "asset-sale", ["Norway/subject"]],
      ["Sweden bought $1bn of gold.", "asset-purchase", ["Sweden/subject"]],
    ]);
  });

  it("keeps one claim when the second clause names no actor of its own", () => {
    const text = "Norway sold $2bn of bonds, while imports grew 3%.";
    expect(run(text, { actors: [country(text, "Norway", "Norway", "NOR")] })).toHaveLength(1);
  });

  it("resolves 'the country' to the country named last", () => {
    const text = "Chile sold copper. The country has been in default since May.";
    const claims = run(text, { actors: [country(text, "Chile", "Chile", "CHL")] });
    expect(claims[1].actors).toEqual([{ ref: "chile", name: "Chile", role: "subject" }]);
  });

  it("makes the speaker the subject of reported words that open with a pronoun", () => {
    const text = "Korea said it plans to buy more euros.";
    const q = at(text, "it plans to buy more euros.");
    const quote: Quote = { id: "q1", ...q, direct: false, speaker: "south-korea", speakerName: "South Korea", speakerTitle: null, speakerOrg: null, verb: "said" };
    const [c] = run(text, { actors: [country(text, "Korea", "South Korea", "KOR")] }, [quote]);
    expect(c.actors).toEqual([{ ref: "south-korea", name: "South Korea", role: "subject" }]);
    expect(c.type).toBe("asset-purchase"); // a planned purchase: the chain "plans to buy"
    expect(c.attribution.to).toBe("south-korea");
  });

  it("makes a claim of reported words whose speaker is named only elsewhere", () => {
    const text = "She said the measure would be reviewed in May.";
    const q = at(text, "the measure would be reviewed in May.");
    const quote: Quote = { id: "q1", ...q, direct: false, speaker: "anna-berg", speakerName: "Anna Berg", speakerTitle: null, speakerOrg: null, verb: "said" };
    const actors = [person("Anna Berg said it. " + text, "Anna Berg", "Anna Berg")];
    const resolved = resolveActors(actors);
    const [c] = assembleClaims({ doc: docOf(text), tags: { figures: [], dates: [], actors: [], quotes: [] }, resolved: { actors: resolved.actors, ids: [] }, quotes: [quote], figures: [], dates: [] });
    expect(c).toMatchObject({ predicate: "review", attribution: { to: "anna-berg" }, modality: "reported", actors: [{ ref: "anna-berg", name: "Anna Berg", role: "other" }] });
  });

  it("never takes a word of an actor's name as the predicate, and sets a dateline aside", () => {
    const text = "WASHINGTON — Fed holds rates steady after the vote.";
    const tag: ActorTag = { ...at(text, "Fed"), type: "actor", rule: "test", kind: "organization", name: "Federal Reserve", key: "federal reserve", code: null };
    const washington: ActorTag = { ...at(text, "WASHINGTON"), type: "actor", rule: "test", kind: "country", name: "United States", key: "USA", code: "USA" };
    const [c] = run(text, { actors: [washington, tag] });
    expect(c.predicate).toBe("hold");
    expect(c.actors).toEqual([
      { ref: "united-states", name: "United States", role: "other" },
      { ref: "federal-reserve", name: "Federal Reserve", role: "subject" },
    ]);
  });

  it.each([
    ["a sentence with no actor and no figure", "It was a quiet month for markets."],
    ["a sentence with an actor but no verb", "Poland, the Baltic states and Finland"],
  ])("makes no claim of %s", (_, text) => {
    const actors = text.startsWith("Poland") ? [country(text, "Poland", "Poland", "POL")] : [];
    expect(run(text, { actors })).toEqual([]);
  });
});
