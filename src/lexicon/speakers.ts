/**
 * Words around a speaker's name: pronouns that stand for an earlier speaker, honorifics
 * that mark a person, capitalised words that open a sentence without being a name, and
 * words that make a capitalised phrase an organisation rather than a person.
 *   catches: "he" → person, "it" → organisation, "Mr Lukashov" → person, "the Commerce
 *            Department" → organisation
 *   must not: "But" in "But Mr Brown said" taken as part of the name
 */

/** pronoun → what it stands for; "they"/"we" are left unresolved (a group) */
export const SPEAKER_PRONOUNS: Readonly<Record<string, "person" | "organization" | "group">> = {
  he: "person", she: "person", i: "person", it: "organization", they: "group", we: "group",
};

/** honorifics and titles written before a person's name */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "prof", "professor",
  "president", "senator", "sen", "rep", "gov", "governor", "minister", "chancellor", "secretary",
  "chairman", "chairwoman", "judge", "general", "gen", "col", "capt", "rev", "father", "king", "queen",
  "prince", "princess", "mayor", "premier", "ambassador", "commissioner", "speaker", "attorney",
]);

/** capitalised words that open or join a sentence but are never part of a speaker's name */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "but", "and", "or", "so", "yet", "however", "meanwhile", "also", "still", "then",
  "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "his",
  "her", "their", "our", "in", "on", "at", "for", "by", "with", "from", "of", "as", "after", "before",
  "when", "while", "if", "although", "though", "because", "since", "yesterday", "today", "tomorrow",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next",
  "earlier", "later", "now", "speaking", "writing", "asked", "according", "instead", "indeed", "both",
  "some", "many", "most", "several", "all", "other", "others", "one", "two", "three", "mostly",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "separately", "elsewhere", "overall", "not", "no", "what", "who", "which",
  "where", "how", "why", "reuters", "ap", "during", "despite", "amid", "under", "over", "through",
  "without", "within", "across", "against", "among", "between", "until", "unlike", "like", "about",
]);

/**
 * Head words that make a capitalised phrase an organisation or a government body, not a
 * person: "Commerce Department", "Bloomberg Intelligence", "Bank of England".
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  "department", "ministry", "bank", "fund", "commission", "council", "office", "agency", "group",
  "intelligence", "institute", "association", "union", "party", "government", "administration",
  "treasury", "kremlin", "parliament", "congress", "senate", "house", "court", "committee", "board",
  "inc", "ltd", "plc", "corp", "corporation", "company", "co", "organisation", "organization",
  "federation", "authority", "service", "services", "reserve", "exchange", "capital", "securities",
  "partners", "research", "economics", "foundation", "centre", "center", "university", "times",
  "post", "journal", "news", "press", "agency", "network", "campaign", "team", "police", "army",
  "forces", "secretariat", "cabinet", "presidency", "embassy", "council", "summit", "ministers",
  "white", "pentagon", "elysee", "downing", "radio", "tv", "television", "statistics", "action",
  "ab", "ag", "sa", "nv", "gmbh", "spa", "llc", "lp", "holdings", "industries", "airlines", "airways",
  "motors", "energy", "oil", "petroleum", "mining", "resources", "telecom", "systems", "technologies",
  "pharmaceuticals", "chemicals", "steel", "foods", "stores", "brothers", "associates", "trust",
  "markets", "media", "communications", "insurance", "financial", "finance", "investments",
  "ventures", "fields", "railways", "shipping", "bancorp", "bankers", "watch", "international",
]);

/** words for a spokesperson: "a spokesman for the Treasury said" — the body speaks */
export const SPOKESPERSON_WORDS: ReadonlySet<string> = new Set([
  "spokesman", "spokeswoman", "spokesperson", "representative", "official", "officials", "source",
  "sources", "aide", "aides", "statement", "spokesmen", "ministers", "leaders", "diplomats",
  "negotiators", "delegates", "lawmakers", "executives",
]);

/** lower-case words that may stand between an organisation and a name as a title */
export const TITLE_BREAKERS: ReadonlySet<string> = new Set([
  "said", "says", "that", "and", "but", "or", "as", "while", "when", "which", "who", "whom", "to",
  "was", "were", "is", "are", "has", "had", "have", "be", "been", "with", "by", "from", "than",
  "because", "after", "before", "if", "also", "told", "in", "on",
]);

/**
 * Words that end a title written before a name: "Chief Asia Rates Strategist Stephen Chiu",
 * "oil official Sergei Oganesyan". The name starts after the last of them.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  "strategist", "economist", "analyst", "minister", "secretary", "director", "president", "chairman",
  "chairwoman", "chair", "officer", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
  "official", "executive", "head", "manager", "governor", "chancellor", "senator", "leader", "mp",
  "mep", "commissioner", "ambassador", "trader", "dealer", "partner", "founder", "editor", "reporter",
  "correspondent", "researcher", "professor", "prof", "lawyer", "attorney", "general", "mayor",
  "premier", "candidate", "nominee", "representative", "rep", "sen", "gov", "member", "chief", "ceo",
  "cfo", "coo", "vice-president", "treasurer", "counsel", "fellow", "expert", "consultant",
  "banker", "investor", "boss", "king", "queen", "prince", "pope", "judge", "justice", "speaker",
  "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "baroness", "rev", "miss", "col", "capt",
  "cardinal", "coach", "archbishop", "sheikh", "ayatollah", "imam", "rabbi", "lieutenant", "colonel",
  "sergeant", "admiral", "commander", "brigadier", "marshal", "inspector", "detective",
  "superintendent", "constable", "captain", "skipper", "striker", "goalkeeper", "midfielder",
  "del", "delegate", "representative", "congressman", "congresswoman", "assemblyman", "councilman",
]);

/** lower-case words that join a capitalised name: Bank of England, Charles de Gaulle */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(["of", "de", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "da", "di", "del", "dos", "for"]);

/** lower-case heads of a speaker phrase that is an institution: "the Russian government" */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  "government", "ministry", "administration", "department", "embassy", "authorities", "presidency",
  "commission", "treasury", "bank", "cabinet", "parliament", "regime", "military", "army", "company",
  "firm", "group", "agency", "campaign", "party", "statement", "report", "newspaper", "study", "survey",
  "figures", "data", "statistics",
]);

/**
 * Heads of a descriptive speaker that stand for the body last heard from: "the report
 * warned", "the statement said", "the company said".
 */
export const DOCUMENT_WORDS: ReadonlySet<string> = new Set([
  "report", "statement", "study", "survey", "document", "communique", "paper", "outlook", "review",
  "company", "firm", "bank", "organisation", "organization", "group", "fund", "agency", "ministry",
  "government", "department", "body", "institution", "tank", "think-tank", "watchdog", "regulator",
  "lender", "bloc", "alliance", "institute", "committee", "commission", "council", "newspaper", "agency",
]);

/**
 * Capitalised adjectives written before a name as part of a title: "Conservative Graham
 * Brady", "Former Governor X". They belong to the title, not to the name.
 */
export const TITLE_ADJECTIVES: ReadonlySet<string> = new Set([
  "conservative", "labour", "tory", "liberal", "democrat", "democratic", "republican", "socialist",
  "green", "independent", "former", "senior", "veteran", "acting", "outgoing", "incoming", "interim",
  "lib", "dem", "snp", "ukip", "gop",
]);

/**
 * Plural or generic sources written with a capital only because they open a sentence:
 * "Analysts said…". They are descriptive, never a named speaker.
 */
export const GENERIC_SOURCES: ReadonlySet<string> = new Set([
  "analysts", "officials", "economists", "traders", "investors", "reports", "sources", "critics",
  "experts", "observers", "residents", "witnesses", "police", "dealers", "bankers", "diplomats",
  "ministers", "leaders", "lawmakers", "scientists", "researchers", "campaigners", "activists",
  "executives", "insiders", "people", "others", "some", "many", "most", "documents", "data",
  "figures", "statistics", "polls", "surveys", "studies", "opponents", "supporters", "protesters",
  "unions", "companies", "banks", "markets", "newspapers", "media", "commentators", "participants",
]);

/** honorifics of a person, never a title of office: "Mr", "Dr" */
export const PERSONAL_HONORIFICS: readonly string[] = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof"];

/** abbreviated titles whose full stop ends no sentence: "Rep. Gwen Moore", "Sen. X" */
export const ABBREVIATED_TITLES: readonly string[] = [
  "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Rep", "Reps", "Sen", "Sens", "Gov", "Gen", "Lt", "Col", "Capt",
  "Prof", "Rev", "Sgt", "Adm", "Cmdr", "Maj", "Hon", "Del", "Atty", "Supt", "Insp",
];

/** sentence openers that stand before a speaker phrase: "But he said", "And Mr Brown added" */
export const SPEAKER_OPENERS: ReadonlySet<string> = new Set([
  "but", "and", "so", "yet", "however", "meanwhile", "still", "now", "then", "also", "indeed", "instead",
  "separately", "earlier", "later",
]);

/** title words that are also surnames: after a given name they are the name ("Mervyn King") */
export const TITLES_ALSO_SURNAMES: ReadonlySet<string> = new Set(["king", "judge", "speaker", "bishop", "prince", "chancellor", "marshall", "major", "dean", "earl", "knight", "pope", "baron"]);

/**
 * Endings of capitalised adjectives written before a full name ("American Dennis Mitchell",
 * "Controversial Australian Anthony Hill"); used only when two name words follow, since
 * given names end the same way ("Brian Taylor").
 */
export const ADJECTIVE_ENDINGS: readonly string[] = ["ian", "can", "ese", "ish", "ic", "al", "ive", "ary"];
