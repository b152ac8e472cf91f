import { describe, expect, it } from "vitest";
import type { RefDate } from "../../../src/pipeline/types.js";
import { isoWeek, weekday } from "../../../src/recognizers/dates/calendar.js";
import { durationValue } from "../../../src/recognizers/dates/durations.js";
import { resolve, tenseOf, type Tense } from "../../../src/recognizers/dates/resolve.js";
import type { When } from "../../../src/recognizers/dates/types.js";

const d = (s: string): RefDate => ({ year: +s.slice(0, 4), month: +s.slice(5, 7), day: +s.slice(8, 10) });

describe("calendar", () => {
  it.each([
    ["2024-05-20", 2024, 21, 1],
    ["2005-01-01", 2004, 53, 6], // ISO week year differs from the calendar year
    ["2008-12-29", 2009, 1, 1],
    ["1998-08-07", 1998, 32, 5],
  ])("%s is week %i-W%i, weekday %i", (s, year, week, wd) => {
    expect(isoWeek(d(s))).toEqual({ year, week });
    expect(weekday(d(s))).toBe(wd);
  });
});

describe("tense of the words before a time", () => {
  it.each([
    ["The ministers will meet on", "future"],
    ["He said the bank could cut rates as soon as", "future"],
    ["Talks are scheduled to resume on", "future"],
    ["Analysts expect prices to stay high in", "future"],
    ["The cartel agrees to extend its cuts into", "future"],
    ["The cap, which takes effect on", "future"],
    ["The bank cut rates on", "past"],
    ["The meeting was to have taken place on", "past"],
  ])("%s", (clause, want) => {
    expect(tenseOf(clause)).toBe(want);
  });
});

describe("resolve", () => {
  const cases: [string, When, string | null, Tense, string | null][] = [
    ["March, past", { type: "calendar", month: 3 }, "2024-05-20", "past", "2024-03"],
    ["December, past", { type: "calendar", month: 12 }, "2024-05-20", "past", "2023-12"],
    ["March, future", { type: "calendar", month: 3 }, "2024-05-20", "future", "2025-03"],
    ["April (just gone), future", { type: "calendar", month: 4 }, "2024-05-20", "future", "2024-04"],
    ["Jan. 14 a week ahead, past", { type: "calendar", month: 1, day: 14 }, "2000-01-07", "past", "2000-01-14"],
    ["March, no reference", { type: "calendar", month: 3 }, null, "past", "XXXX-03"],
    ["last March, no reference", { type: "calendar", month: 3, dir: -1 }, null, "past", null],
    ["Friday, past", { type: "calendar", weekday: 5 }, "2024-05-20", "past", "2024-05-17"],
    ["Monday on a Monday", { type: "calendar", weekday: 1 }, "2024-05-20", "past", "2024-05-20"],
    ["last Monday on a Monday", { type: "calendar", weekday: 1, dir: -1 }, "2024-05-20", "past", "2024-05-13"],
    ["next Monday on a Monday", { type: "calendar", weekday: 1, dir: 1 }, "2024-05-20", "past", "2024-05-27"],
    ["Thursday, future", { type: "calendar", weekday: 4 }, "2024-05-20", "future", "2024-05-23"],
    ["Tuesday, no reference", { type: "calendar", weekday: 2 }, null, "past", "XXXX-WXX-2"],
    ["Friday night", { type: "calendar", weekday: 5, pod: "NI" }, null, "past", "XXXX-WXX-5TNI"],
    ["the fourth quarter in February", { type: "calendar", quarter: 4 }, "2024-02-10", "past", "2023-Q4"],
    ["June last year", { type: "calendar", month: 6, yearShift: -1 }, "2024-05-20", "past", "2023-06"],
    ["June last year, no reference", { type: "calendar", month: 6, yearShift: -1 }, null, "past", null],
    ["1300 GMT", { type: "calendar", time: "13:00" }, null, "past", "XXXX-XX-XXT13:00"],
    ["1300 GMT with a reference", { type: "calendar", time: "13:00" }, "2024-05-20", "past", "2024-05-20T13:00"],
    ["last year", { type: "shift", unit: "Y", by: -1 }, "2024-05-20", "past", "2023"],
    ["last week", { type: "shift", unit: "W", by: -1 }, "2024-05-20", "past", "2024-W20"],
    ["next month in December", { type: "shift", unit: "M", by: 1 }, "2024-12-03", "past", "2025-01"],
    ["the previous quarter in Q1", { type: "shift", unit: "Q", by: -1 }, "2024-02-03", "past", "2023-Q4"],
    ["this decade", { type: "shift", unit: "DE", by: 0 }, "2024-02-03", "past", "202X"],
    ["yesterday morning", { type: "shift", unit: "D", by: -1, pod: "MO" }, "2024-03-01", "past", "2024-02-29TMO"],
    ["last year, no reference", { type: "shift", unit: "Y", by: -1 }, null, "past", null],
  ];
  it.each(cases)("%s", (_name, when, ref, tense, want) => {
    expect(resolve(when, ref ? d(ref) : null, tense, [])).toBe(want);
  });

  it.each([
    [["XXXX-11"], "XXXX-10"],
    [["2004-11", "P3Y"], "2004-10"],
    [["2005-01-15"], "2004-12"],
    [[], null],
  ] as [string[], string | null][])("the month before, after %j", (previous, want) => {
    expect(resolve({ type: "anchored", unit: "M", by: -1 }, null, "past", previous)).toBe(want);
  });
});

describe("duration values", () => {
  it.each([
    [3, "years", "P3Y"],
    [null, "months", "PXM"],
    [1, "decade", "P10Y"],
    [5, "hours", "PT5H"],
    [5.5, "hours", "PT5H30M"],
    [2.5, "years", "P2Y6M"],
    [1.5, "minutes", "PT1M30S"],
    [2, "centuries", "P200Y"],
    [1, "fortnight", "P2W"],
  ] as [number | null, string, string][])("%s %s", (n, unit, want) => {
    expect(durationValue(n, unit)).toBe(want);
  });
});
