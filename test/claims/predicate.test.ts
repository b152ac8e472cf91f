import { describe, expect, it } from "vitest";
import { findPredicates, inflect } from "../../src/claims/predicate.js";

const lemmas = (text: string) => findPredicates(text, 0, text.length).map((p) => p.lemma);

describe("inflect", () => {
  it.each([
    ["offload", ["offload", "offloads", "offloaded", "offloading"]],
    ["divest", ["divest", "divests", "divested", "divesting"]],
    ["drop", ["drop", "drops", "dropped", "dropping"]],
    ["ratify", ["ratify", "ratifies", "ratified", "ratifying"]],
    ["accumulate", ["accumulate", "accumulates", "accumulated", "accumulating"]],
    ["push", ["push", "pushes", "pushed", "pushing"]],
  ])("%s", (lemma, forms) => {
    expect(inflect(lemma).sort()).toEqual([...forms].sort());
  });
});

describe("findPredicates", () => {
  it.each([
    ["China offloaded $53bn in treasuries.", ["offload"]],
    ["The central bank sold gold and bought bonds.", ["sell", "buy"]],
    ["Ministers held talks in Vienna.", ["hold talks"]],
    ["Moscow lent Minsk $1bn.", ["lend"]],
    ["The yen fell as the dollar rose.", ["fall", "rise"]],
    ["Kyiv and Warsaw signed a deal.", ["sign"]],
    ["The fund wrote off the debt.", ["write off"]],
  ])("%s", (text, want) => {
    expect(lemmas(text)).toEqual(want);
  });

  it.each([
    ["the sale of the unit"],
    ["a sharp drop in prices"],
    ["the state-owned lender"],
    ["the largest sell-off on record"],
    ["its trade with Europe"],
  ])("finds no verb in the noun phrase %s", (text) => {
    expect(lemmas(text)).toEqual([]);
  });
});

describe("findPredicates: adjectives and nouns after possessives", () => {
  it.each([["member states' combined incomes"], ["China's booming economy"], ["the firm's planned sale"]])("%s has no verb", (text) => {
    expect(lemmas(text)).toEqual([]);
  });
});
