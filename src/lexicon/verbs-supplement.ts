/**
 * Common verbs of news that compromise's lexicon leaves to its suffix rules, so that
 * lexicon/verbs.ts (generated from it) lacks them: "were granted", "will ease", "has
 * halved". Hand-written; regular forms are derived by inflect().
 */
export const SUPPLEMENT_VERB_LEMMAS: readonly string[] = [
  "grant", "revise", "ease", "lower", "slash", "seize", "detain", "convict", "sue", "fine", "mediate", "broker",
  "host", "attend", "amend", "slump", "rebound", "open", "shut", "double", "triple", "halve", "stabilise",
  "stabilize", "devalue", "depreciate", "peg", "employ", "station", "reaffirm", "disagree", "comprise", "undermine",
  "outweigh", "prompt", "mark", "underline", "emphasise", "emphasize", "describe", "concede", "tighten", "loosen",
  "sanction", "embargo", "criticise", "criticize", "default", "repay", "pledge", "cut", "close", "veto", "subsidise",
  "subsidize", "nationalise", "nationalize", "privatise", "privatize", "liberalise", "liberalize", "tariff",
  "diversify", "hedge", "overtake", "outpace", "underperform", "outperform", "total", "average", "narrow", "widen",
  "deepen", "shrink", "rein", "curtail", "restrict", "authorise", "authorize", "ratify", "annex", "occupy",
  "mobilise", "mobilize", "evacuate", "rebuild", "reopen", "resume", "suspend", "halt", "postpone", "delay",
  "cancel", "scrap", "renew", "extend", "expire", "lapse", "waive", "exempt", "levy", "tax", "audit", "probe",
];
