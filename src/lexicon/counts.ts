/**
 * Counted nouns: what may follow a number to make it a count ("39 nations", "464,000
 * subscribers", "the 12-member bloc"), what may not, and how plurals become the singular
 * unit.
 *   catches: "nations" → nation, "children" → child, "member countries" → country
 *   must not: "years", "months" (durations are dates), "times" (a multiple), "was", "has"
 */

/** Plurals that do not just add -s. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  children: "child", people: "person", men: "man", women: "woman", feet: "foot", teeth: "tooth", mice: "mouse",
  geese: "goose", police: "police", staff: "staff", personnel: "personnel", cattle: "cattle", sheep: "sheep", fish: "fish",
  aircraft: "aircraft", troops: "troop", series: "series", species: "species", crises: "crisis", analyses: "analysis",
  indices: "index", criteria: "criterion", phenomena: "phenomenon", data: "data", lives: "life", wives: "wife",
  knives: "knife", thieves: "thief", halves: "half", shelves: "shelf", wolves: "wolf", leaves: "leaf",
  aliases: "alias", buses: "bus", gases: "gas", viruses: "virus", bonuses: "bonus", campuses: "campus", surpluses: "surplus",
  statuses: "status", censuses: "census", biases: "bias", atlases: "atlas", lenses: "lens", theses: "thesis", oases: "oasis",
  bases: "base", diagnoses: "diagnosis", hypotheses: "hypothesis", syntheses: "synthesis", parentheses: "parenthesis",
  heroes: "hero", potatoes: "potato", tomatoes: "tomato", vetoes: "veto", echoes: "echo", torpedoes: "torpedo",
};

/** Plural-looking words that are not counted nouns after a number. */
export const NOT_COUNT_NOUNS: ReadonlySet<string> = new Set([
  // time: durations belong to the dates
  "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "quarters", "yrs", "mins", "secs",
  "weekends", "nights", "mornings", "evenings", "sessions", "seasons", "terms",
  // function words and verbs ending in s
  "is", "was", "has", "as", "us", "its", "this", "thus", "his", "hers", "ours", "yours", "theirs", "whereas", "always",
  "perhaps", "sometimes", "besides", "towards", "afterwards", "nevertheless", "unless", "plus", "minus", "versus", "less",
  "does", "goes", "says", "gets", "makes", "takes", "comes", "seems", "means", "remains", "stands", "falls", "rises", "yes",
  "was", "across", "nowadays", "earnings", "overseas", "upwards", "downwards", "else", "times", "percents", "apiece",
  "series", "news", "whilst", "outskirts", "odds", "ends", "sides", "ways", "terms", "lows", "highs", "levels", "basis",
  "points", "places",
  // singular nouns that end in s
  "gas", "bias", "atlas", "lens", "alias", "canvas", "chaos", "corps", "ethos", "kudos", "pathos", "species", "physics",
  "economics", "politics", "mathematics", "statistics", "thesis", "crisis", "basis", "analysis", "emphasis", "diagnosis",
]);

/** Time nouns in "N-noun" compounds: "14-year low" and "one-month" are durations. */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "quarter", "night", "weekend", "term",
  "session", "season", "time", "yr", "old", "years", "months", "weeks", "days",
]);

/** "N-noun" compounds that are not counts: "a 2-1 win", "a 10-point plan", "5-star". */
export const NOT_COUNT_COMPOUNDS: ReadonlySet<string> = new Set([
  "point", "fold", "star", "strong", "page", "storey", "story", "door", "speed", "way", "party", "run", "set", "odd", "plus",
  "digit", "bit", "inch", "foot", "mile", "year-old", "th", "st", "nd", "rd", "s", "x", "something", "odd", "plus", "wide",
  "long", "high", "deep", "tall", "fold",
]);

/** Words that make a number a multiple, kind number: "14 times as much". */
export const MULTIPLE_WORDS: ReadonlySet<string> = new Set(["times", "fold"]);

/** Determiners that make a unit vague: "several tonnes", "a few billion dollars". */
export const VAGUE_DETERMINERS: ReadonlySet<string> = new Set(["several", "a few", "few", "many", "some", "numerous", "multiple"]);

/** Words that end a noun phrase: function words, auxiliaries, prepositions. */
export const NOUN_PHRASE_STOP: ReadonlySet<string> = new Set([
  "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "than", "that", "which", "who", "whom", "whose", "the", "a",
  "an", "and", "or", "but", "nor", "per", "are", "were", "be", "been", "being", "have", "had", "will", "would", "could",
  "should", "may", "might", "can", "do", "did", "not", "no", "more", "less", "over", "under", "about", "into", "out", "up",
  "down", "off", "it", "they", "them", "their", "there", "these", "those", "this", "its", "each", "every", "all", "some",
  "any", "both", "other", "such", "so", "if", "when", "while", "where", "after", "before", "since", "until", "between",
  "against", "among", "during", "without", "within", "through", "across", "around", "last", "next", "ago", "earlier", "later",
  "year", "years", "month", "months", "week", "weeks", "day", "days", "times", "percent", "per", "cent",
]);

/** Capitalised plurals that are names, not counted people: "The Times", "Jones". */
export const NAME_PLURALS: ReadonlySet<string> = new Set([
  "times", "news", "jones", "james", "williams", "adams", "davis", "roberts", "evans", "edwards", "harris", "lewis",
  "phillips", "reynolds", "brooks", "collins", "myers", "ross", "mass", "paris", "athens", "brussels", "wales",
  "philippines", "netherlands", "bahamas", "maldives", "seychelles", "comoros", "emirates", "states", "nations",
  "reuters", "sachs", "lehman", "markets", "affairs", "services", "industries", "holdings", "systems",
  "communications", "airlines", "airways", "motors", "technologies", "resources", "partners", "securities",
  "investments", "foods", "stores", "games", "olympics", "wells", "sports", "brothers", "sons", "associates", "labs",
  "works",
]);

/** Modifiers that are function words elsewhere but sit well before a counted noun: "25 million more people". */
export const COUNT_MODIFIERS: ReadonlySet<string> = new Set(["more", "fewer", "other", "additional", "extra", "new", "former", "young", "old"]);
