import { describe, expect, it } from "vitest";
import { chronoLoaded } from "../../../src/recognizers/dates/casual.js";
import { brief, findDates } from "./helpers.js";

// chrono-node is loaded only for texts with a casual day-and-clock form; this file's first
// test runs before any such text, in its own process (vitest forks per file).
describe("chrono-node stays unloaded for ordinary news", () => {
  it("does not load chrono for dates our own rules read", () => {
    findDates("Shares rose 3% on Friday, in March 2004 and at 1300 GMT; 5 1/2 hours later.");
    expect(chronoLoaded()).toBe(false);
  });
});

describe("casual day-and-clock forms (chrono-node)", () => {
  it.each([
    ["We meet tomorrow 8:00am.", "2016-11-07", ["tomorrow 8:00am|time|2016-11-08T08:00"]],
    ["We meet tomorrow 8:00am.", null, ["tomorrow 8:00am|time|null"]],
    ["The call is Thursday 1 pm.", null, ["Thursday 1 pm|time|XXXX-WXX-4T13:00"]],
    ["The office opens 22/04.", null, ["22/04|date|XXXX-04-22"]],
    ["Payment is due Oct/2.", null, ["Oct/2|date|XXXX-10-02"]],
    ["The vote is on Tuesday 9 am.", null, ["Tuesday 9 am|time|XXXX-WXX-2T09:00"]],
  ])("%s (%s)", (text, ref, want) => {
    expect(brief(findDates(text, ref))).toEqual(want);
  });

  it.each([["Half of it: 1/2."], ["Open 24/7."], ["It was agreed by 3/4 of members."]])("%s is not a date", (text) => {
    expect(findDates(text)).toEqual([]);
  });
});
