import { describe, expect, it } from "vitest";
import { findPredicates } from "../../src/claims/predicate.js";
import { claimType } from "../../src/claims/type.js";
import { modality } from "../../src/claims/modality.js";

const typeOf = (s: string) => claimType(s, findPredicates(s, 0, s.length));

describe("claimType", () => {
  it.each([
    ["Norway offloaded $4bn of bonds last month.", "asset-sale"],
    ["Poland added 20 tonnes of gold to its reserves.", "asset-purchase"],
    ["The bank lent the utility $2bn.", "lending"],
    ["The rouble fell 3% against the dollar.", "market-move"],
    ["The EU imposed sanctions on three banks.", "sanction"],
    ["Chile and Peru signed a free trade agreement.", "agreement"],
    ["The two leaders met in Astana on Monday.", "meeting"],
    ["Growth would slow to 2% next year, the fund said.", "forecast"],
    ["Exports rose 4% while imports grew 2%.", "trade"],
    ["The government wants the budget capped at 1%.", "policy"],
    ["The minister has called the plan unfair.", "statement"],
    ["Both countries vowed to deepen their partnership.", "cooperation"],
    ["The sovereign fund will invest $5bn in ports.", "investment"],
    ["Troops attacked the border post.", "conflict"],
    ["It is a sunny day in the capital.", "other"],
  ])("%s → %s", (sentence, want) => {
    expect(typeOf(sentence)).toBe(want);
  });
});

describe("modality", () => {
  it.each([
    ["The bank sold $2bn of bonds.", false, "asserted"],
    ["The bank sold $2bn of bonds.", true, "reported"],
    ["The bank may sell $2bn of bonds.", false, "hedged"],
    ["The bank reportedly sold $2bn of bonds.", false, "hedged"],
    ["The bank could sell $2bn of bonds if rates rise.", false, "speculative"],
    ["The bank plans to sell $2bn of bonds.", false, "planned"],
    ["The bank is to sell $2bn of bonds.", false, "planned"],
  ] as const)("%s (reported: %s) → %s", (sentence, reported, want) => {
    expect(modality(sentence, reported)).toBe(want);
  });
});
