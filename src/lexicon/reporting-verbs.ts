/**
 * Reporting verbs: the words that tie a speaker to what they said, as written, with their
 * lemma. The common lists miss verbs of opinion and analysts' verbs ("remarked",
 * "estimated", "believed"), which news uses as often as "said".
 *   catches: "said", "says", "told", "remarked", "warned", "pointed out", "according to"
 *   must not: "sales" or "saying" used as a noun ("an old saying") — forms are whole words
 */

/** form as written → lemma; every form is a whole word (or fixed phrase) */
export const REPORTING_VERBS: Readonly<Record<string, string>> = {
  say: "say", says: "say", said: "say",
  tell: "tell", tells: "tell", told: "tell",
  add: "add", adds: "add", added: "add",
  remark: "remark", remarks: "remark", remarked: "remark",
  state: "state", states: "state", stated: "state",
  note: "note", notes: "note", noted: "note", noting: "note",
  confirm: "confirm", confirms: "confirm", confirmed: "confirm",
  warn: "warn", warns: "warn", warned: "warn", warning: "warn",
  argue: "argue", argues: "argue", argued: "argue", arguing: "argue",
  insist: "insist", insists: "insist", insisted: "insist",
  explain: "explain", explains: "explain", explained: "explain",
  claim: "claim", claims: "claim", claimed: "claim",
  announce: "announce", announces: "announce", announced: "announce",
  write: "write", writes: "write", wrote: "write",
  continue: "continue", continues: "continue", continued: "continue",
  estimate: "estimate", estimates: "estimate", estimated: "estimate",
  believe: "believe", believes: "believe", believed: "believe",
  predict: "predict", predicts: "predict", predicted: "predict",
  forecast: "forecast", forecasts: "forecast",
  report: "report", reports: "report", reported: "report",
  acknowledge: "acknowledge", acknowledges: "acknowledge", acknowledged: "acknowledge",
  admit: "admit", admits: "admit", admitted: "admit",
  assert: "assert", asserts: "assert", asserted: "assert",
  declare: "declare", declares: "declare", declared: "declare",
  suggest: "suggest", suggests: "suggest", suggested: "suggest",
  stress: "stress", stresses: "stress", stressed: "stress",
  emphasise: "emphasise", emphasises: "emphasise", emphasised: "emphasise",
  emphasize: "emphasize", emphasizes: "emphasize", emphasized: "emphasize",
  maintain: "maintain", maintains: "maintain", maintained: "maintain",
  concede: "concede", concedes: "concede", conceded: "concede",
  contend: "contend", contends: "contend", contended: "contend",
  observe: "observe", observes: "observe", observed: "observe",
  comment: "comment", comments: "comment", commented: "comment",
  reply: "reply", replies: "reply", replied: "reply",
  respond: "respond", responds: "respond", responded: "respond",
  recall: "recall", recalls: "recall", recalled: "recall",
  urge: "urge", urges: "urge", urged: "urge",
  caution: "caution", cautions: "caution", cautioned: "caution",
  indicate: "indicate", indicates: "indicate", indicated: "indicate",
  reveal: "reveal", reveals: "reveal", revealed: "reveal",
  disclose: "disclose", discloses: "disclose", disclosed: "disclose",
  deny: "deny", denies: "deny", denied: "deny",
  complain: "complain", complains: "complain", complained: "complain",
  boast: "boast", boasts: "boast", boasted: "boast",
  vow: "vow", vows: "vow", vowed: "vow",
  promise: "promise", promises: "promise", promised: "promise",
  think: "think", thinks: "think", thought: "think",
  expect: "expect", expects: "expect", expected: "expect",
  fear: "fear", fears: "fear", feared: "fear",
  hope: "hope", hopes: "hope", hoped: "hope",
  agree: "agree", agrees: "agree", agreed: "agree",
  conclude: "conclude", concludes: "conclude", concluded: "conclude",
  allege: "allege", alleges: "allege", alleged: "allege",
  ask: "ask", asks: "ask", asked: "ask",
  joke: "joke", jokes: "joke", joked: "joke",
  quip: "quip", quips: "quip", quipped: "quip",
  tweet: "tweet", tweets: "tweet", tweeted: "tweet",
  saying: "say", adding: "add", explaining: "explain", insisting: "insist", stressing: "stress",
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

/** Prepositional cues that name a source without a verb. */
export const SOURCE_PHRASES: readonly string[] = ["according to", "in the words of", "quoting"];
