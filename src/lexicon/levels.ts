/**
 * Words around a bare number that decide what it is: a reference or a name part ("No 10",
 * "Article 5", "FTSE 100"), a level ("a low of 104.20", "closed at 10,345"), or a number
 * that must not take the counted noun of the sentence ("under 30", "aged 65").
 *   catches: "section 5" (no figure), "fell to 10,345" (a level)
 *   must not: "out of 65" after "39 nations" (that one inherits the count)
 */
/** Words before a number that make it a name or a reference, not a quantity. */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  "version", "v", "section", "article", "chapter", "rule", "page", "pages", "no", "number", "paragraph", "clause", "table",
  "figure", "fig", "route", "flight", "room", "platform", "gate", "line", "item", "resolution", "act", "grade", "level",
  "phase", "stage", "round", "game", "episode", "season", "series", "vol", "volume", "part", "step", "category", "tier", "class",
  "number", "nos", "aged", "age", "ages", "top", "channel", "radio", "bbc", "ftse", "nikkei", "cac", "dax", "sensex", "s&p",
]);

/** Nouns whose "of" introduces a level: "a low of 104.20". */
export const LEVEL_NOUNS: ReadonlySet<string> = new Set(["low", "high", "level", "peak", "trough", "record", "mark", "close", "rate", "reading", "value"]);

/** Words before "to"/"at" that introduce a level: "fell to 10,345", "closed at 4,820.9". */
export const LEVEL_MOVES: ReadonlySet<string> = new Set([
  "fell", "rose", "dropped", "climbed", "slipped", "gained", "jumped", "slumped", "eased", "edged", "closed", "ended", "finished",
  "opened", "stood", "trading", "traded", "trade", "hit", "reached", "touched", "fall", "rise", "drop", "climb", "falling",
  "rising", "sank", "soared", "plunged", "tumbled", "recovered", "settled", "was", "at",
]);

/** Words before a bare number that make it an age or a threshold, not one of the counted things. */
export const NO_INHERIT_AFTER: ReadonlySet<string> = new Set(["under", "over", "aged", "age", "ages", "at", "closer", "turn", "turns", "turned", "above", "below"]);
