/**
 * Web pages built around the fixture articles (fixtures/pages/, written by us in the
 * layouts news sites use: menus, breadcrumbs, bylines, share bars, ad slots, sponsored
 * boxes, sign-ups, cookie banners, related lists, footers) give the same mentions as the
 * article alone: page furniture never becomes an actor, a figure, a date, a quote or a claim.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { ClaimsDocument } from "../../src/schema.js";

const read = (p: string) => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url), "utf8");

/** Mentions without their offsets (the page's text is not the fixture's). */
function mentions(doc: ClaimsDocument) {
  return {
    actors: doc.actors.map((a) => ({ name: a.name, kind: a.kind, code: a.code, mentions: a.mentions.map((m) => m.text) })),
    figures: doc.figures.map((f) => ({ text: f.text, kind: f.kind, value: f.value, unit: f.unit, qualifier: f.qualifier })),
    dates: doc.dates.map((d) => ({ text: d.text, value: d.value, mod: d.mod })),
    quotes: doc.quotes.map((q) => ({ text: q.text, speaker: q.speakerName, direct: q.direct })),
    claims: doc.claims.map((c) => ({ text: c.text, type: c.type, actors: c.actors.map((a) => a.name) })),
  };
}

describe.each([
  { page: "web-gold-reserves.html", text: "web-gold-reserves.txt", date: "2024-04-08", author: "Priya Natarajan" },
  { page: "wire-opec-output.html", text: "wire-opec-output.txt", date: "2024-06-03", author: "Newswire Staff" },
  { page: "bbc-style-trade.html", text: "bbc-style-trade.txt", date: "2024-06-19", author: null },
])("the page $page", ({ page, text, date, author }) => {
  const doc = extract(read(`pages/${page}`), { format: "html" });

  it("reads its date and author from the page", () => {
    expect({ date: doc.source.date, author: doc.source.author }).toEqual({ date, author });
  });

  it("has the same mentions as its article", () => {
    expect(mentions(doc)).toEqual(mentions(extract(read(text), { date })));
  });
});
