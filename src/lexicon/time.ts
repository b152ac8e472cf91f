/**
 * Words of time, as data: calendar names, units, parts of the day, the vague references
 * and the words that bound a time (TIMEX3 `mod`). Lower-case keys; the date recognisers
 * (src/recognizers/dates/) build their combined patterns from these lists.
 */
import type { DateMod } from "../schema.js";

/** Month names and their abbreviations (with or without the dot) → 1-12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month names that are also ordinary words: read as months only when a day, a year or a time word is beside them. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(["may", "march", "mar", "jan", "sep", "dec", "jun", "jul"]);

/** Weekdays → ISO number (Monday 1 … Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5,
};

/** Seasons → TIMEX3 code. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI",
};

/** Parts of the day → TIMEX3 code ("Friday night" → XXXX-WXX-5TNI). */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: "MO", afternoon: "AF", evening: "EV", night: "NI",
};

/** Ordinals that number quarters, halves and days. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
};

/**
 * Units of a duration → [TIMEX3 unit, how many of it]. "decade" is ten years, "fortnight"
 * two weeks; hours, minutes and seconds go after the `T` of the value (PT5H).
 */
export const TIME_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  year: ["Y", 1], month: ["M", 1], week: ["W", 1], day: ["D", 1], quarter: ["Q", 1],
  decade: ["Y", 10], century: ["Y", 100], fortnight: ["W", 2],
  hour: ["H", 1], minute: ["MIN", 1], second: ["S", 1],
  weekend: ["WE", 1], summer: ["SU", 1], winter: ["WI", 1], spring: ["SP", 1], autumn: ["FA", 1],
};

/** Plural spellings that do not just add an s. */
export const UNIT_PLURALS: Readonly<Record<string, string>> = { centuries: "century" };

/** Single words and fixed phrases that point at the present, past or future as a whole. */
export const VAGUE_REFS: Readonly<Record<string, string>> = {
  now: "PRESENT_REF", currently: "PRESENT_REF", presently: "PRESENT_REF", "at present": "PRESENT_REF",
  nowadays: "PRESENT_REF", "these days": "PRESENT_REF", "right now": "PRESENT_REF",
  "the present": "PRESENT_REF", current: "PRESENT_REF",
  recently: "PAST_REF", recent: "PAST_REF", formerly: "PAST_REF", "the past": "PAST_REF", lately: "PAST_REF",
  "the future": "FUTURE_REF", future: "FUTURE_REF", "the near future": "FUTURE_REF",
  "the not-too-distant future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
  "the distant future": "FUTURE_REF", "the coming months": "FUTURE_REF",
};

/** Nouns after "current" that make it an economic term, not a time ("current account"). */
export const CURRENT_NOT_TIME: ReadonlySet<string> = new Set([
  "account", "accounts", "affairs", "events", "prices", "price", "dollars", "terms", "form", "law", "rules", "system",
  "leader", "leaders", "president", "chairman", "members", "level", "levels", "rate", "rates", "situation",
]);

/** Nouns after "current" that make it the present ("the current slowdown"). */
export const CURRENT_TIME_NOUNS: ReadonlySet<string> = new Set([
  "climate", "conditions", "environment", "crisis", "slowdown", "downturn", "recession", "boom", "cycle", "round", "session",
  "term", "period", "season", "pace", "trend", "weakness", "strength", "turmoil", "upturn", "recovery", "tensions", "talks",
]);

/** Nouns after "future" that make it a time ("future quarters"), the others ("future plans") do not. */
export const FUTURE_TIME_NOUNS: ReadonlySet<string> = new Set([
  "quarters", "years", "months", "weeks", "days", "periods", "generations", "decades",
]);

/** Days relative to the reference date. */
export const DAY_WORDS: Readonly<Record<string, number>> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };

/** "last", "next", "this" before a calendar unit → how many of it from the reference date. */
export const DEICTIC_SHIFTS: Readonly<Record<string, number>> = {
  last: -1, past: -1, previous: -1, next: 1, coming: 1, following: 1, this: 0, current: 0, present: 0, same: 0,
};

/** Words before a time that bound it, outside its text ("since 2022" → ON_OR_AFTER). */
export const PREFIX_MODS: Readonly<Record<string, DateMod>> = {
  since: "ON_OR_AFTER", from: "ON_OR_AFTER", "starting": "ON_OR_AFTER", "as of": "ON_OR_AFTER",
  until: "ON_OR_BEFORE", till: "ON_OR_BEFORE", by: "ON_OR_BEFORE", "up to": "ON_OR_BEFORE", "no later than": "ON_OR_BEFORE",
  through: "ON_OR_BEFORE",
  before: "BEFORE", "prior to": "BEFORE", "earlier than": "BEFORE", after: "AFTER", "later than": "AFTER",
};

/** Quantity words before a duration ("more than four years" → P4Y MORE_THAN). */
export const DURATION_MODS: Readonly<Record<string, DateMod>> = {
  "more than": "MORE_THAN", over: "MORE_THAN", "longer than": "MORE_THAN", "in excess of": "MORE_THAN",
  "less than": "LESS_THAN", under: "LESS_THAN", "fewer than": "LESS_THAN", "shorter than": "LESS_THAN", almost: "LESS_THAN",
  "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
  "up to": "EQUAL_OR_LESS", within: "EQUAL_OR_LESS",
  about: "APPROX", around: "APPROX", some: "APPROX", approximately: "APPROX", roughly: "APPROX", nearly: "LESS_THAN",
  "close to": "APPROX", "an estimated": "APPROX", "or so": "APPROX",
};

/** Words inside the time's text that point at part of it ("late October" → END). */
export const PART_MODS: Readonly<Record<string, DateMod>> = {
  early: "START", "the start of": "START", "start of": "START", "beginning of": "START", "end of": "END", "middle of": "MID", "the beginning of": "START", "the first part of": "START", "the dawn of": "START",
  "the turn of": "START", earlier: "START",
  mid: "MID", "the middle of": "MID", "the midst of": "MID", "the height of": "MID",
  late: "END", "the end of": "END", "the close of": "END", "the last part of": "END", later: "END", "the latter part of": "END",
};

/** Time zones written after a clock time ("1300 GMT"). */
export const TIME_ZONES: readonly string[] = [
  "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "JST", "HKT", "IST", "AEST", "AEDT", "SGT", "MSK",
];

/** Holidays on a fixed day → [month, day]. (Thanksgiving, the fourth Thursday of November, is computed.) */
export const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  Christmas: [12, 25], "Christmas Day": [12, 25], "Christmas Eve": [12, 24], "New Year's Day": [1, 1],
  "New Year's Eve": [12, 31], "Boxing Day": [12, 26], "Independence Day": [7, 4], "Bastille Day": [7, 14],
  "Valentine's Day": [2, 14], "Halloween": [10, 31],
};

/** Decade words ("the seventies") → the decade's first two digits within its century. */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Frequency adverbs → TIMEX3 SET value. */
export const FREQUENCY_WORDS: Readonly<Record<string, string>> = {
  daily: "P1D", weekly: "P1W", monthly: "P1M", annually: "P1Y", yearly: "P1Y", hourly: "PT1H",
  nightly: "P1D", "bi-annually": "P6M", biannually: "P6M",
};

/** Words after a plain number that make it a count or an amount, not a year ("2000 jobs" is not a date). */
export const NOT_YEAR_AFTER = /^\s*(?:million|billion|trillion|thousand|mln|bln|bn|m\b|tonnes|tons|barrels|shares|people|jobs|workers|units|cars|homes|troops|percent|per\s+cent|pct|points|dlrs|dollars|euros|pounds|yen|yuan|miles|km|kilometres|feet|metres|meters|acres|mw|gw|kg|employees|votes|seats|members|cases|deaths)\b/i;
