/**
 * The claim type: the most specific type among the predicates of the main clause, then
 * the noun cues of lexicon/predicates.ts where the verbs say little ("showed exports
 * down"), then forecast for what is said of the future with no more specific verb.
 */
import { FUTURE, TYPE_CUES } from "../lexicon/predicates.js";
import type { ClaimType } from "../schema.js";
import type { PredicateHit } from "./predicate.js";

/** Lower is more specific: an economic action says more than "said" or "wants". */
const RANK: Record<ClaimType, number> = {
  "asset-sale": 0,
  "asset-purchase": 0,
  lending: 0,
  investment: 0,
  sanction: 0,
  agreement: 1,
  conflict: 1,
  meeting: 1,
  cooperation: 1,
  trade: 2,
  "market-move": 2,
  forecast: 3,
  policy: 4,
  statement: 5,
  other: 6,
};

/** Cue types that overrule what generic verbs said. */
const OVERRULES: Partial<Record<ClaimType, ClaimType[]>> = {
  forecast: ["market-move", "policy", "statement", "other", "trade"],
  trade: ["market-move", "policy", "statement", "other"],
  sanction: ["policy", "statement", "other", "market-move"],
  "market-move": ["policy", "statement", "other"],
};

/**
 * @param clause the text of the main clause
 * @param predicates the verbs of the main clause
 */
export function claimType(clause: string, predicates: readonly PredicateHit[]): ClaimType {
  let type: ClaimType = "other";
  for (const p of predicates) if (p.type && RANK[p.type] < RANK[type]) type = p.type;
  for (const cue of TYPE_CUES) {
    if (!cue.match.test(clause)) continue;
    const overruled = OVERRULES[cue.type];
    if (type === "other" || (overruled && overruled.includes(type))) {
      type = cue.type;
      break;
    }
  }
  if ((type === "other" || type === "statement") && FUTURE.test(clause)) type = "forecast";
  return type;
}
