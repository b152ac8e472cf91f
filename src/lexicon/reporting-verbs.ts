/**
 * Reporting verbs: the words that tie a speaker to what they said, as written, with their
 * lemma. The common lists miss verbs of opinion and analysts' verbs ("remarked",
 * "estimated", "believed"), which news uses as often as "said".
 *   catches: "said", "says", "told", "remarked", "warned", "pointed out", "according to"
 *   must not: "state" in "Russian state bank" or "claim" in "a claim": the base and plural forms
 *             that are mostly nouns are left out, and a form after a determiner is a noun
 */

/** form as written → lemma; every form is a whole word (or fixed phrase) */
export const REPORTING_VERBS: Readonly<Record<string, string>> = {
  say: "say", says: "say", said: "say", saying: "say",
  tells: "tell", told: "tell",
  added: "add", adding: "add",
  remarked: "remark",
  stated: "state",
  noted: "note", noting: "note",
  confirms: "confirm", confirmed: "confirm",
  warn: "warn", warns: "warn", warned: "warn",
  argue: "argue", argues: "argue", argued: "argue", arguing: "argue",
  insist: "insist", insists: "insist", insisted: "insist", insisting: "insist",
  explain: "explain", explains: "explain", explained: "explain", explaining: "explain",
  claims: "claim", claimed: "claim",
  announces: "announce", announced: "announce",
  writes: "write", wrote: "write",
  continues: "continue", continued: "continue",
  estimated: "estimate",
  believe: "believe", believes: "believe", believed: "believe",
  predict: "predict", predicts: "predict", predicted: "predict",
  reports: "report", reported: "report",
  acknowledges: "acknowledge", acknowledged: "acknowledge",
  admits: "admit", admitted: "admit",
  asserts: "assert", asserted: "assert",
  declares: "declare", declared: "declare",
  suggests: "suggest", suggested: "suggest",
  stressed: "stress", stressing: "stress",
  emphasises: "emphasise", emphasised: "emphasise",
  emphasizes: "emphasize", emphasized: "emphasize",
  maintains: "maintain", maintained: "maintain",
  concedes: "concede", conceded: "concede",
  contends: "contend", contended: "contend",
  observes: "observe", observed: "observe",
  commented: "comment",
  replied: "reply",
  responds: "respond", responded: "respond",
  recalls: "recall", recalled: "recall",
  urges: "urge", urged: "urge",
  cautioned: "caution",
  indicates: "indicate", indicated: "indicate",
  reveals: "reveal", revealed: "reveal",
  discloses: "disclose", disclosed: "disclose",
  denies: "deny", denied: "deny",
  complains: "complain", complained: "complain",
  boasted: "boast",
  vowed: "vow",
  promised: "promise",
  thinks: "think", thought: "think",
  expect: "expect", expects: "expect", expected: "expect",
  feared: "fear",
  hoped: "hope",
  concludes: "conclude", concluded: "conclude",
  alleges: "allege", alleged: "allege",
  asked: "ask",
  demanded: "demand", wondered: "wonder", shouted: "shout", exclaimed: "exclaim", countered: "counter",
  scolded: "scold", pleaded: "plead", lamented: "lament", mused: "muse", reiterated: "reiterate",
  testified: "testify", elaborated: "elaborate", recounted: "recount", posted: "post",
  joked: "joke",
  quipped: "quip",
  tweeted: "tweet",
  called: "call", calls: "call", calling: "call", described: "describe", describes: "describe",
  describing: "describe", branded: "brand",
  // participles, cues only after a comma ("…, tweeting, "…"")
  tweeting: "tweet", writing: "write", telling: "tell", asking: "ask", declaring: "declare",
  claiming: "claim", stating: "state", announcing: "announce", predicting: "predict",
  suggesting: "suggest", complaining: "complain", joking: "joke", warning: "warn", pointing: "point",
  "pointed out": "point out", "points out": "point out",
  "went on": "go on", "goes on": "go on",
};

/**
 * Verbs whose complement is a clause of belief or intent rather than of speech: they report
 * a speaker's view ("it believed the economy would grow") but never open a direct quote.
 */
export const COGNITION_VERBS: ReadonlySet<string> = new Set(["believe", "think", "expect", "fear", "hope", "estimate", "predict", "forecast"]);

/**
 * Verbs that take the listener as object: "X told Reuters", "X asked reporters". The name
 * after them is the listener, never the speaker.
 */
export const LISTENER_VERBS: ReadonlySet<string> = new Set(["tell", "ask", "urge"]);

/**
 * Verbs that characterise rather than report: "X called the rebate "unjustified"". They tie a
 * quoted word to its speaker, but their object is no reported clause.
 */
export const CHARACTERISING_VERBS: ReadonlySet<string> = new Set(["call", "describe", "brand"]);

/** Nouns for the audience of "told": "told reporters", "told the BBC's Today programme". */
export const LISTENER_NOUNS: readonly string[] = [
  "reporters", "journalists", "lawmakers", "parliament", "MPs", "listeners", "viewers", "investors",
  "analysts", "delegates", "supporters", "programme", "program", "newspaper", "show", "radio",
  "television", "channel", "magazine", "website", "agency", "news conference", "press conference", "briefing",
  "conference", "audience", "committee",
  "hearing", "senators", "members", "crowd", "students", "staff", "employees", "shareholders",
];

