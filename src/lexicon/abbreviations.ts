/**
 * Words written with a final period that do not end a sentence ("Mr. Putin", "Jan. 5",
 * "No. 10", "Corp. said"). Lower-case, without the period.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // honorifics and titles
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "cmdr",
  "adm", "sgt", "rev", "hon", "pres", "supt", "insp", "amb", "messrs", "mme", "mlle",
  // months and days
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  // companies and places
  "corp", "inc", "ltd", "co", "cos", "bros", "plc", "llc", "dept", "univ", "assn", "ave", "blvd", "rd", "mt", "ft",
  // running text
  "no", "nos", "vs", "v", "etc", "approx", "est", "fig", "vol", "pp", "ed", "eds", "cf", "al", "op",
  // numbers and units
  "bn", "mn", "tn", "mln", "bln", "pct",
]);

/** Abbreviations that end a sentence when the next word could start one. */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(["etc", "inc", "ltd", "corp", "co", "plc", "llc"]);

/**
 * Words that start a new sentence after a dotted acronym ("... the U.S. The dollar ..."),
 * where a capitalised word could also be a name ("U.S. President").
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there",
  "but", "and", "or", "so", "yet", "however", "meanwhile", "in", "on", "at", "for", "by", "with", "as", "if",
  "when", "while", "after", "before", "since", "although", "though", "his", "her", "their", "our", "my", "what",
  "who", "which", "some", "many", "most", "all", "both", "one", "other", "such", "now", "then", "also", "still",
]);
