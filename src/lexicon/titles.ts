/**
 * Words around a person's name: honorifics, titles and roles, and the speech verbs that
 * show a capitalised phrase speaks ("said Dmitry Lukashov", "Ian Gunner said").
 *   catches: "Mr Raha", "President Vladimir Putin", "Chancellor Gordon Brown",
 *            "Kazem Jalali, Iran's ambassador to Russia", "said Sergei Oganesyan"
 *   must not: "General Motors" (a title word inside an organisation's name), "Prime" alone
 */

/** Written right before a name, never a name themselves. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady",
  "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.", "Rev.", "Messrs", "Mme", "Herr", "Sheikh", "Monsieur", "Madame",
]);

/**
 * Capitalised titles that precede a name ("President Xi Jinping", "Finance Minister
 * Anton Siluanov"). Several may stack: "Deputy Prime Minister".
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "President", "Vice", "Prime", "Minister", "Premier", "Chancellor", "Secretary", "Deputy", "Foreign", "Finance",
  "Defence", "Defense", "Trade", "Economy", "Economic", "Energy", "Interior", "Justice", "Home", "State", "Ambassador", "Envoy", "Governor", "Chairman", "Chairwoman", "Chair", "Chief", "Executive", "Director",
  "General", "Spokesman", "Spokeswoman", "Spokesperson", "King", "Queen", "Prince", "Princess", "Emperor", "Pope",
  "Senator", "Congressman", "Congresswoman", "Representative", "Mayor", "Judge", "Justice", "Speaker", "Leader",
  "Commissioner", "Chief Executive", "Adviser", "Advisor", "Economist", "Analyst", "Strategist", "Head", "Commander",
  "Admiral", "Colonel", "Captain", "Lieutenant", "Sergeant", "Major", "Marshal", "Field", "Ayatollah", "Imam",
  "Coach", "Manager", "Striker", "Midfielder", "Defender", "Goalkeeper", "Captain", "Chief Economist", "Senior",
  "First", "Lady", "Crown", "Acting", "Former", "Ex", "Labour", "Conservative", "Tory", "Democratic", "Republican",
  "Opposition", "Shadow", "Attorney", "Solicitor", "Health", "Education", "Transport", "Environment", "Agriculture",
  "Industry", "Labor", "Oil", "Petroleum", "Culture", "Sports", "Development", "Security", "National", "Central",
  "Bank", "Board", "Managing", "Party", "Assistant", "Undersecretary", "Under", "Permanent", "Representative",
  "Foreign Minister", "Co-founder", "Founder", "CEO", "Chief Executive Officer", "Officer", "Dean", "Professor",
  "Democrat", "Socialist", "Liberal", "Communist", "Fullback", "Winger", "Pitcher", "Catcher", "Outfielder", "Forward",
  "Flanker", "Prop", "Hooker", "Jockey", "Trainer", "Champion", "Cardinal", "Bishop", "Archbishop",
  "Rabbi", "Director", "President-elect", "Vice-President", "Secretary-General", "Director-General", "Attorney-General",
]);

/** Lower-case role words in an appositive: "Ian Gunner, a trader at Mellon Financial". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "analyst", "economist", "strategist", "trader", "dealer", "official", "spokesman", "spokeswoman", "spokesperson",
  "minister", "president", "chairman", "chairwoman", "chair", "director", "executive", "chief", "head", "governor",
  "ambassador", "envoy", "adviser", "advisor", "secretary", "chancellor", "leader", "founder", "co-founder", "owner",
  "professor", "researcher", "fellow", "correspondent", "editor", "reporter", "manager", "partner", "banker", "investor",
  "lawyer", "attorney", "judge", "mp", "senator", "representative", "deputy", "member", "commissioner", "officer",
  "premier", "mayor", "general", "colonel", "commander", "diplomat", "negotiator", "campaigner", "activist", "expert",
  "consultant", "specialist", "politician", "candidate", "coach", "player", "striker", "captain", "ceo", "cfo",
  "vice-president", "vice-chairman", "boss", "chief executive", "economist", "aide", "lawmaker", "legislator",
]);

/** Verbs of saying: a capitalised phrase right before or after one is a speaker. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "said", "says", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "remarked", "remarks",
  "explained", "explains", "argued", "argues", "warned", "warns", "insisted", "insists", "claimed", "claims",
  "announced", "announces", "declared", "declares", "stressed", "stresses", "emphasised", "emphasized", "confirmed",
  "confirms", "continued", "commented", "comments", "observed", "suggested", "suggests", "wrote", "writes",
  "believes", "believed", "predicted", "predicts", "reckons", "reckoned", "thinks", "asked", "replied", "urged",
  "urges", "admitted", "acknowledged", "denied", "estimated", "estimates", "expects", "expected", "pointed",
  "recalled", "cautioned", "concluded", "agreed", "proposed", "vowed", "pledged", "called", "accused", "criticised",
  "criticized", "welcomed", "promised", "revealed", "disclosed", "quipped", "asserted", "maintained", "contended",
]);

/** Titles that make even one following word a person ("President Clinton", "Coach Venables"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  "President", "Premier", "Minister", "Chancellor", "Secretary", "Senator", "Governor", "Ambassador", "Envoy", "Judge",
  "King", "Queen", "Prince", "Princess", "Pope", "Coach", "Mayor", "Chairman", "Chairwoman", "Spokesman", "Spokeswoman",
  "Ayatollah", "Sheikh", "Emperor", "Commissioner", "Congressman", "Congresswoman", "Speaker", "Leader", "Colonel",
  "Admiral", "Lieutenant", "Sergeant", "Captain", "Marshal", "Cardinal", "Archbishop", "Bishop", "Rabbi", "Imam",
]);
