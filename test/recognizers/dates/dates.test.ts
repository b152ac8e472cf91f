import { describe, expect, it } from "vitest";
import { brief, findDates } from "./helpers.js";

describe("dates without a reference date", () => {
  it.each([
    ["Output grew in 2004.", ["2004|date|2004"]],
    ["Profits rose in the first quarter of 2024.", ["the first quarter of 2024|date|2024-Q1"]],
    ["Sales have doubled since 2022.", ["2022|date|2022|ON_OR_AFTER"]],
    ["Rates fell at the start of 2004.", ["the start of 2004|date|2004|START"]],
    ["The plant opened in late October.", ["late October|date|XXXX-10|END"]],
    ["Growth was faster in the seventies.", ["the seventies|date|197X"]],
    ["Demand should slow over the next few quarters.", ["the next few quarters|duration|PXQ"]],
    ["The dollar lost 7% in the final three months of 2004.", ["the final three months of 2004|date|2004-Q4"]],
    ["The euro traded at $1.30 at 1300 GMT.", ["1300 GMT|time|XXXX-XX-XXT13:00"]],
    ["Exports have risen over the past three years.", ["the past three years|duration|P3Y"]],
    ["The firm has been in talks for more than four years.", ["four years|duration|P4Y|MORE_THAN"]],
    ["Talks resumed on Friday night.", ["Friday night|time|XXXX-WXX-5TNI"]],
    ["The budget covers 2007-2013.", ["2007-2013|duration|P7Y"]],
    ["The debt will be repaid within a decade.", ["a decade|duration|P10Y|EQUAL_OR_LESS"]],
    ["It could take 20 or 30 years.", ["20 or 30 years|duration|P20Y"]],
    ["The yen hit a one-month low.", ["one-month|duration|P1M"]],
    ["Bonds are due in five to six years.", ["five to six years|duration|P5Y"]],
    ["The ministers met on Tuesday.", ["Tuesday|date|XXXX-WXX-2"]],
    ["Prices rose last year.", ["last year|date|null"]],
    ["Yesterday the bank cut rates.", ["Yesterday|date|null"]],
    ["Imports rose in November, up from the month before.", ["November|date|XXXX-11", "the month before|date|XXXX-10"]],
    ["The offer stands until 18 February.", ["18 February|date|XXXX-02-18|ON_OR_BEFORE"]],
    ["Shares are now trading higher.", ["now|date|PRESENT_REF"]],
    ["The economy grew 5% a year.", ["a year|set|P1Y"]],
    ["Guards watch it 24 hours a day.", ["24 hours|duration|PT24H", "a day|set|P1D"]],
    ["The summit is in April. If it fails, talks resume in July.", ["April|date|XXXX-04", "July|date|XXXX-07"]],
    ["Officials meet every month.", ["every month|set|P1M"]],
    ["Inflation peaked in mid-2024.", ["mid-2024|date|2024|MID"]],
    ["It was lower in the 1990s.", ["the 1990s|date|199X"]],
    ["The treaty was signed in the 19th century.", ["the 19th century|date|18"]],
    ["Output fell in the third quarter.", ["the third quarter|date|XXXX-Q4".replace("Q4", "Q3")]],
    ["Third-quarter profits rose.", ["Third-quarter|date|XXXX-Q3"]],
    ["Sales rose in the first half.", ["the first half|date|XXXX-H1"]],
    ["The accord was signed on Oct. 15, 1999.", ["Oct. 15, 1999|date|1999-10-15"]],
    ["The vote is on 3 March.", ["3 March|date|XXXX-03-03"]],
    ["Trading resumes at 9:30 a.m.", ["9:30 a.m.|time|XXXX-XX-XXT09:30"]],
    ["It reported fiscal 1989 results.", ["fiscal 1989|date|1989"]],
    ["Sales rose in summer 2004.", ["summer 2004|date|2004-SU"]],
    ["Rates rose three years ago.", ["three years ago|date|null"]],
    ["The contract runs about two years.", ["two years|duration|P2Y|APPROX"]],
    ["Oil fell before 2020.", ["2020|date|2020|BEFORE"]],
    ["Prices were recently cut.", ["recently|date|PAST_REF"]],
    ["The plan runs to the end of the decade.", ["the end of the decade|date|null|END"]],
    ["The summit is on 23-24 March.", ["23-24 March|date|XXXX-03-23"]],
    ["The 2004/05 tax year ends soon.", ["2004/05|date|2004"]],
    ["It happened on the 1st of May.", ["1st of May|date|XXXX-05-01"]],
    ["Spending rose in the run-up to Christmas.", ["Christmas|date|XXXX-12-25"]],
    ["Sales fell in the last half of 1989.", ["the last half of 1989|date|1989-H2"]],
    ["Sales will rise in the first two quarters of 1990.", ["the first two quarters of 1990|date|1990-H1"]],
    ["Prices have doubled in recent years.", ["recent years|date|PAST_REF"]],
    ["Profits fell in the year-earlier third quarter.", ["the year-earlier third quarter|date|null"]],
    ["The shares hit a 52-week high.", ["52-week|duration|P52W"]],
    ["He said he would stay for the foreseeable future.", ["the foreseeable future|date|FUTURE_REF"]],
    ["Trading halted in nineteen ninety-six.", ["nineteen ninety-six|date|1996"]],
    ["The flight took 5 1/2 hours.", ["5 1/2 hours|duration|PT5H30M"]],
    ["The loan runs 2 1/2 years.", ["2 1/2 years|duration|P2Y6M"]],
    ["It ended a decades-long feud after a day-long meeting.", ["decades-long|duration|PXY", "day-long|duration|P1D"]],
    ["It returned to profit after several quarters of losses.", ["several quarters|duration|PXQ"]],
    ["Growth slowed in the second half of the year.", ["the second half of the year|date|null"]],
    ["Profit fell in the fourth quarter of the year.", ["the fourth quarter of the year|date|null"]],
  ])("%s", (text, want) => {
    expect(brief(findDates(text))).toEqual(want);
  });
});

describe("dates resolved against a reference date", () => {
  it.each([
    ["Gold fell last Friday.", "2024-05-20", ["last Friday|date|2024-05-17"]],
    ["Last year exports rose.", "2024-05-20", ["Last year|date|2023"]],
    ["Exports rose in March.", "2024-05-20", ["March|date|2024-03"]],
    ["Exports rose in December.", "2024-05-20", ["December|date|2023-12"]],
    ["The council will meet in March.", "2024-05-20", ["March|date|2025-03"]],
    ["Ministers will meet next month.", "2024-05-20", ["next month|date|2024-06"]],
    ["Output fell the previous year.", "2024-05-20", ["the previous year|date|2023"]],
    ["Shares fell earlier this week.", "2024-05-22", ["earlier this week|date|2024-W21|START"]],
    ["The bank said on Friday that rates would stay.", "2024-05-20", ["Friday|date|2024-05-17"]],
    ["The summit will open on Thursday.", "2024-05-20", ["Thursday|date|2024-05-23"]],
    ["Stocks fell yesterday.", "2024-05-20", ["yesterday|date|2024-05-19"]],
    ["The deal closed a year ago.", "2024-05-20", ["a year ago|date|2023"]],
    ["Sales rose last week.", "2024-05-20", ["last week|date|2024-W20"]],
    ["Profits fell in the fourth quarter.", "2024-02-10", ["the fourth quarter|date|2023-Q4"]],
    ["Profits fell in the third quarter.", "1989-10-25", ["the third quarter|date|1989-Q3"]],
    ["The deadline is Jan. 14.", "2000-01-07", ["Jan. 14|date|2000-01-14"]],
    ["Talks resumed on Friday night.", "2024-05-20", ["Friday night|time|2024-05-17TNI"]],
    ["The euro rose at 1300 GMT.", "2024-05-20", ["1300 GMT|time|2024-05-20T13:00"]],
    ["Prices rose this year.", "2024-05-20", ["this year|date|2024"]],
    ["Rates rose in the 2020s.", "2024-05-20", ["the 2020s|date|202X"]],
    ["The offer expires at 5 p.m. EST, Nov. 9.", "1989-11-02", ["5 p.m. EST, Nov. 9|time|1989-11-09T17:00"]],
    ["The vote is on Saturday, April 25.", "1998-04-20", ["Saturday|date|1998-04-25", "April 25|date|1998-04-25"]],
    ["Net income fell in the quarter ended Sept. 30.", "1989-10-26", ["the quarter|date|1989-Q3", "Sept. 30|date|1989-09-30"]],
    ["Profit rose from $1m a year earlier in the third quarter.", "1989-10-26", ["a year earlier|date|1988-Q3", "the third quarter|date|1989-Q3"]],
    ["He could leave as soon as Tuesday.", "2000-04-03", ["Tuesday|date|2000-04-04"]],
    ["Protesters planned a march on Saturday.", "2000-04-05", ["Saturday|date|2000-04-08"]],
    ["They would appeal against Wednesday's ruling.", "2000-04-07", ["Wednesday|date|2000-04-05"]],
    ["Shares fell over the weekend.", "1989-10-30", ["the weekend|date|1989-W43-WE"]],
    ["The sale closes by year-end.", "1989-11-02", ["year-end|date|1989|END"]],
    ["Elian was found on Thanksgiving Day.", "1999-12-01", ["Thanksgiving Day|date|1999-11-25"]],
    ["Profits will rise, as they have since January.", "2024-05-20", ["January|date|2024-01|ON_OR_AFTER"]],
    ["Prices fell by March.", "2024-05-20", ["March|date|2025-03|ON_OR_BEFORE"]],
    ["The firm will report third-quarter results.", "1989-10-20", ["third-quarter|date|1989-Q3"]],
    ["Growth slowed in the second half of the year.", "2004-11-20", ["the second half of the year|date|2004-H2"]],
    ["He moved in June 1998 and left later that year.", "2000-01-28", ["June 1998|date|1998-06", "later that year|date|1998|END"]],
    ["He was shot on Oct. 23, 1998, and the next day police came.", "1999-05-07", ["Oct. 23, 1998|date|1998-10-23", "the next day|date|1998-10-24"]],
  ])("%s (%s)", (text, ref, want) => {
    expect(brief(findDates(text, ref))).toEqual(want);
  });
});

describe("not dates", () => {
  it.each([
    ["The fund paid $2004 in fees."],
    ["Turnover was 2004 million euros."],
    ["Sales rose 2.6 pct to 404 million dlrs."],
    ["The index rose 2,004 points."],
    ["Prices may rise and the market could march higher."],
    ["The fall in prices hurt exporters."],
    ["The current account deficit widened."],
    ["A 6-year-old boy was hurt."],
    ["Three-quarters of the shares were sold."],
    ["It was 2004%."],
    ["He spoke on BBC Radio 4's Today programme."],
    ["The ratio was 3.1 to 1."],
    ["Ministers Janos Martonyi and Jan Kavan met."],
    ["He read USA Today and watched High Noon."],
    ["It will be a second betrayal."],
    ["He was last seen the day before police issued a warrant."],
  ])("%s", (text) => {
    expect(findDates(text)).toEqual([]);
  });
});

describe("offsets", () => {
  it("every tag's text is its slice of the input", () => {
    const text = "Since 2022, and in late October, the firm grew 5% a year; by the end of 2005 it plans more than four years of work at 1300 GMT on Friday night.";
    for (const t of findDates(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("linear time on adversarial text", () => {
  const cases: [string, string][] = [
    ["digits", "1".repeat(100_000)],
    ["years", "2004 ".repeat(20_000)],
    ["separators", "2004-".repeat(20_000)],
    ["number words", "one ".repeat(25_000) + "years"],
    ["hyphenated number words", "twenty-".repeat(14_000) + "year"],
    ["capitalised words", "March May June Friday ".repeat(5_000)],
    ["quotes", '"'.repeat(100_000)],
    ["clock", "12:".repeat(33_000)],
    ["slashes", "1/".repeat(50_000)],
    ["weekday clocks", "Monday 1 ".repeat(10_000)],
    ["dots", "Oct. ".repeat(20_000)],
    ["the past", "the past ".repeat(11_000) + "three years"],
  ];
  it.each(cases)("%s", (_name, text) => {
    const t0 = Date.now();
    const found = findDates(text);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(found.every((d) => text.slice(d.start, d.end) === d.text)).toBe(true);
  });
});
