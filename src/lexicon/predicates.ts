/**
 * Predicates and the claim type they signal, as data. A verb entry is a lemma with its
 * irregular forms (regular -s/-ed/-ing forms are derived); a cue entry is a noun or
 * phrase that decides the type when the verb alone does not ("a deal", "sanctions").
 */
import type { ClaimType } from "../schema.js";
import { REPORTING_VERBS } from "./reporting-verbs.js";

export interface VerbEntry {
  lemma: string;
  type: ClaimType;
  /** irregular or hard-to-derive forms */
  forms?: string[];
}

export const VERBS: readonly VerbEntry[] = [
  // asset-sale: giving up holdings
  { lemma: "offload", type: "asset-sale" },
  { lemma: "sell", type: "asset-sale", forms: ["sold", "selling", "sells"] },
  { lemma: "divest", type: "asset-sale" },
  { lemma: "dump", type: "asset-sale" },
  { lemma: "unload", type: "asset-sale" },
  { lemma: "dispose", type: "asset-sale" },
  { lemma: "liquidate", type: "asset-sale" },
  { lemma: "privatise", type: "asset-sale" },
  { lemma: "privatize", type: "asset-sale" },
  // asset-purchase
  { lemma: "buy", type: "asset-purchase", forms: ["bought", "buying", "buys"] },
  { lemma: "add", type: "asset-purchase", forms: ["added", "adding", "adds"] },
  { lemma: "accumulate", type: "asset-purchase" },
  { lemma: "acquire", type: "asset-purchase" },
  { lemma: "purchase", type: "asset-purchase" },
  { lemma: "stockpile", type: "asset-purchase" },
  { lemma: "snap up", type: "asset-purchase", forms: ["snapped up", "snapping up", "snaps up"] },
  { lemma: "take over", type: "asset-purchase", forms: ["took over", "taken over", "taking over", "takes over"] },
  { lemma: "renationalise", type: "asset-purchase" },
  { lemma: "nationalise", type: "asset-purchase" },
  // investment
  { lemma: "invest", type: "investment" },
  { lemma: "fund", type: "investment" },
  { lemma: "finance", type: "investment" },
  { lemma: "pour", type: "investment" },
  { lemma: "inject", type: "investment" },
  // lending
  { lemma: "lend", type: "lending", forms: ["lent", "lending", "lends"] },
  { lemma: "loan", type: "lending" },
  { lemma: "borrow", type: "lending" },
  { lemma: "extend credit", type: "lending" },
  { lemma: "receive", type: "lending" },
  { lemma: "default", type: "lending" },
  { lemma: "repay", type: "lending", forms: ["repaid", "repaying", "repays"] },
  { lemma: "restructure", type: "lending" },
  // market-move
  { lemma: "fall", type: "market-move", forms: ["fell", "fallen", "falling", "falls"] },
  { lemma: "rise", type: "market-move", forms: ["rose", "risen", "rising", "rises"] },
  { lemma: "drop", type: "market-move", forms: ["dropped", "dropping", "drops"] },
  { lemma: "slide", type: "market-move", forms: ["slid", "sliding", "slides"] },
  { lemma: "slip", type: "market-move", forms: ["slipped", "slipping", "slips"] },
  { lemma: "plunge", type: "market-move" },
  { lemma: "plummet", type: "market-move" },
  { lemma: "tumble", type: "market-move" },
  { lemma: "sink", type: "market-move", forms: ["sank", "sunk", "sinking", "sinks"] },
  { lemma: "soar", type: "market-move" },
  { lemma: "surge", type: "market-move" },
  { lemma: "jump", type: "market-move" },
  { lemma: "climb", type: "market-move" },
  { lemma: "gain", type: "market-move" },
  { lemma: "lose", type: "market-move", forms: ["lost", "losing", "loses"] },
  { lemma: "rally", type: "market-move", forms: ["rallied", "rallying", "rallies"] },
  { lemma: "weaken", type: "market-move" },
  { lemma: "strengthen", type: "market-move" },
  { lemma: "trade", type: "market-move", forms: ["traded", "trading", "trades"] },
  { lemma: "hit", type: "market-move", forms: ["hit", "hitting", "hits"] },
  { lemma: "decline", type: "market-move" },
  { lemma: "grow", type: "market-move", forms: ["grew", "grown", "growing", "grows"] },
  { lemma: "widen", type: "trade" },
  { lemma: "narrow", type: "trade" },
  { lemma: "export", type: "trade" },
  { lemma: "import", type: "trade" },
  { lemma: "ship", type: "trade", forms: ["shipped", "shipping", "ships"] },
  { lemma: "supply", type: "trade", forms: ["supplied", "supplying", "supplies"] },
  // sanction
  { lemma: "sanction", type: "sanction" },
  { lemma: "ban", type: "sanction", forms: ["banned", "banning", "bans"] },
  { lemma: "embargo", type: "sanction", forms: ["embargoed", "embargoes"] },
  { lemma: "blacklist", type: "sanction" },
  { lemma: "freeze", type: "sanction", forms: ["froze", "frozen", "freezing", "freezes"] },
  { lemma: "impose", type: "sanction" },
  { lemma: "penalise", type: "sanction" },
  { lemma: "veto", type: "policy", forms: ["vetoed", "vetoing", "vetoes"] },
  // agreement
  { lemma: "sign", type: "agreement" },
  { lemma: "agree", type: "agreement", forms: ["agreed", "agreeing", "agrees"] },
  { lemma: "accept", type: "agreement" },
  { lemma: "approve", type: "agreement" },
  { lemma: "ratify", type: "agreement", forms: ["ratified", "ratifying", "ratifies"] },
  { lemma: "conclude", type: "agreement" },
  { lemma: "settle", type: "agreement" },
  { lemma: "strike", type: "agreement", forms: ["struck", "striking", "strikes"] },
  // cooperation
  { lemma: "vow", type: "cooperation" },
  { lemma: "ally", type: "cooperation", forms: ["allied", "allying", "allies"] },
  { lemma: "cooperate", type: "cooperation" },
  { lemma: "collaborate", type: "cooperation" },
  { lemma: "partner", type: "cooperation" },
  { lemma: "tighten", type: "cooperation" },
  { lemma: "stand together", type: "cooperation", forms: ["stood together", "standing together", "stands together"] },
  { lemma: "back", type: "policy" },
  { lemma: "support", type: "policy" },
  { lemma: "join", type: "meeting" },
  // meeting
  { lemma: "meet", type: "meeting", forms: ["met", "meeting", "meets"] },
  { lemma: "visit", type: "meeting" },
  { lemma: "host", type: "meeting" },
  { lemma: "hold talks", type: "meeting", forms: ["held talks", "holding talks", "holds talks"] },
  // a bare "hold" is a decision ("held rates steady"), a meeting only with its noun ("hold talks")
  { lemma: "hold", type: "policy", forms: ["held", "holding", "holds"] },
  { lemma: "hold back", type: "other", forms: ["held back", "holding back", "holds back"] },
  { lemma: "gather", type: "meeting" },
  { lemma: "convene", type: "meeting" },
  { lemma: "attend", type: "meeting" },
  // policy
  { lemma: "cut", type: "policy", forms: ["cut", "cutting", "cuts"] },
  { lemma: "raise", type: "policy" },
  { lemma: "plan", type: "policy", forms: ["planned", "planning", "plans"] },
  { lemma: "propose", type: "policy" },
  { lemma: "urge", type: "policy" },
  { lemma: "want", type: "policy" },
  { lemma: "announce", type: "policy" },
  { lemma: "introduce", type: "policy" },
  { lemma: "launch", type: "policy" },
  { lemma: "set", type: "policy", forms: ["set", "setting", "sets"] },
  { lemma: "close", type: "policy" },
  { lemma: "write off", type: "policy", forms: ["wrote off", "written off", "writing off", "writes off"] },
  { lemma: "provide", type: "policy" },
  { lemma: "boost", type: "policy" },
  { lemma: "keep", type: "policy", forms: ["kept", "keeping", "keeps"] },
  { lemma: "maintain", type: "policy" },
  { lemma: "extend", type: "policy" },
  { lemma: "pledge", type: "policy" },
  { lemma: "promise", type: "policy" },
  { lemma: "reduce", type: "policy" },
  { lemma: "increase", type: "policy" },
  { lemma: "defer", type: "policy", forms: ["deferred", "deferring", "defers"] },
  { lemma: "withdraw", type: "policy", forms: ["withdrew", "withdrawn", "withdrawing", "withdraws"] },
  { lemma: "distance", type: "policy" },
  { lemma: "challenge", type: "policy" },
  { lemma: "insist", type: "policy" },
  { lemma: "push", type: "policy" },
  { lemma: "look at", type: "policy", forms: ["looked at", "looking at", "looks at"] },
  { lemma: "call for", type: "policy", forms: ["called for", "calling for", "calls for"] },
  // statement
  { lemma: "call", type: "statement" },
  { lemma: "say", type: "statement", forms: ["said", "saying", "says"] },
  { lemma: "warn", type: "statement" },
  { lemma: "confirm", type: "statement" },
  { lemma: "deny", type: "statement", forms: ["denied", "denying", "denies"] },
  { lemma: "criticise", type: "statement" },
  { lemma: "criticize", type: "statement" },
  { lemma: "condemn", type: "statement" },
  { lemma: "praise", type: "statement" },
  { lemma: "put", type: "statement", forms: ["put", "putting", "puts"] },
  { lemma: "welcome", type: "statement" },
  // forecast
  { lemma: "forecast", type: "forecast", forms: ["forecast", "forecasted", "forecasting", "forecasts"] },
  { lemma: "predict", type: "forecast" },
  { lemma: "project", type: "forecast" },
  { lemma: "expect", type: "forecast" },
  { lemma: "estimate", type: "forecast" },
  { lemma: "scale back", type: "forecast", forms: ["scaled back", "scaling back", "scales back"] },
  { lemma: "revise", type: "forecast" },
  { lemma: "mean", type: "forecast", forms: ["meant", "meaning", "means"] },
  // conflict
  { lemma: "attack", type: "conflict" },
  { lemma: "invade", type: "conflict" },
  { lemma: "strike at", type: "conflict" },
  { lemma: "bomb", type: "conflict" },
  { lemma: "shell", type: "conflict" },
  { lemma: "fight", type: "conflict", forms: ["fought", "fighting", "fights"] },
  { lemma: "threaten", type: "conflict" },
  { lemma: "seize", type: "conflict" },
  { lemma: "clash", type: "conflict", forms: ["clashed", "clashing", "clashes"] },
];

/** Nouns and phrases that decide the type where the verb is generic ("has a deal"). */
export const TYPE_CUES: readonly { match: RegExp; type: ClaimType; reason: string }[] = [
  { match: /\b(?:forecasts?|predictions?|outlook|projections?|growth would|will grow|expected to)\b/i, type: "forecast", reason: "forecast wording" },
  { match: /\b(?:(?:was|were|is|are|closed|ended|stood|traded|trading)\s+(?:up|down|higher|lower|flat)|(?:higher|lower) than|record (?:levels?|highs?|lows?)|all-time (?:high|low)|\w+-(?:day|week|month|year) (?:high|low)|declines|slump|depreciation|appreciation)\b/i, type: "market-move", reason: "price-level wording" },
  { match: /\b(?:sanctions?|tariffs?|embargo(?:es)?|export controls?|blacklist(?:ed)?)\b/i, type: "sanction", reason: "sanction nouns" },
  { match: /\b(?:trade (?:deficit|surplus|gap|balance)|deficit with|surplus with|exports?|imports?)\b/i, type: "trade", reason: "trade nouns" },
  { match: /\b(?:deals?|agreements?|accords?|treaty|treaties|memorandum|pact)\b/i, type: "agreement", reason: "agreement nouns" },
  { match: /\b(?:talks|summit|meeting|visit|ceremony)\b/i, type: "meeting", reason: "meeting nouns" },
  { match: /\b(?:partnership|alliance|cooperation|co-operation|collaboration|ties)\b/i, type: "cooperation", reason: "cooperation nouns" },
  { match: /\b(?:loans?|credits?|lent|lending|debt relief|bailout)\b/i, type: "lending", reason: "lending nouns" },
  { match: /\b(?:sell-off|selloff|sale of|(?:net |big |largest )?sellers? of|net sellers?)\b/i, type: "asset-sale", reason: "sale nouns" },
  { match: /\b(?:(?:net |big |largest )?buyers? of|net buyers?|purchases of)\b/i, type: "asset-purchase", reason: "purchase nouns" },
  { match: /\b(?:investment|stake in)\b/i, type: "investment", reason: "investment nouns" },
  { match: /\b(?:war|troops|missiles?|strikes? on|invasion|offensive|shelling)\b/i, type: "conflict", reason: "conflict nouns" },
];

/** Lemmas that report speech: "X said Y" is a claim about Y, attributed to X. */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set(Object.values(REPORTING_VERBS));

/** What is said of the future: a claim with no more specific type is a forecast. */
export const FUTURE = /\b(?:will|would|could|can be|may|might|expected to|likely to|set to|going to|forecast|predict(?:s|ed)?)\b/; // lower case: "May 26" is a month

/** Verbs of saying and thinking whose complement is the claim ("analysts reckon prices will fall"). */
export const FRAMING_LEMMAS: ReadonlySet<string> = new Set([
  "say", "tell", "think", "believe", "reckon", "expect", "estimate", "suggest", "argue", "insist", "warn", "claim",
  "fear", "hope", "feel", "suppose", "predict", "state", "note", "stress", "explain", "indicate", "acknowledge",
  "admit", "assume", "doubt", "guess",
]);
