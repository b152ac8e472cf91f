/**
 * Clause structure without a parser, from punctuation and function words: the leading
 * adverbial of a sentence ("According to X, …", "If …, then …"), the main predicate,
 * and the main clause that decides the claim's type ("Argentina is set to close its
 * offer, with the government hopeful that creditors will accept" is about closing).
 */
import type { Range } from "../pipeline/types.js";
import type { PredicateHit } from "./predicate.js";

/** Openers of an adverbial phrase or subordinate clause that ends at a comma. */
const LEADING = /^(?:according to|at|in|on|by|after|before|although|though|if|when|whenever|while|since|as|despite|even|earlier|later|last|recently|yesterday|today|meanwhile|however|overall|amid|amidst|following|against|of|for|with|without|under|over|unlike|like|once|until|compiled|speaking|asked|besides|instead|still|now|then|so|but|and|also|indeed|in fact)\b[^,;:"“”]{0,200},\s*/i;

/** Where the main clause ends: a comma before a subordinator or participle, a semicolon, a spaced dash. */
const BOUNDARY = /,\s+(?:with|while|whereas|although|though|but|as|after|before|when|which|who|because|despite|according|so|[a-z]+ing)\b|;|\s[-–—]\s/g;

/** The scope without its leading adverbials (at most three: "Although …, according to …, the …"). */
export function stripLeading(text: string, scope: Range): Range {
  let start = scope.start;
  for (let k = 0; k < 3; k++) {
    const rest = text.slice(start, Math.min(scope.end, start + 400));
    const m = LEADING.exec(rest);
    if (!m || start + m[0].length >= scope.end) break;
    start += m[0].length;
  }
  return { start, end: scope.end };
}

/**
 * The main predicate: the first verb of the core, or a surer verb (after an auxiliary, in
 * the past tense) before the end of its clause ("The gap between exports and imports has
 * widened": not "exports"). Infinitives and participles only when there is nothing else.
 */
export function mainPredicate(preds: readonly PredicateHit[], core: Range, text?: string): PredicateHit | null {
  const inCore = preds.filter((p) => p.start >= core.start && p.end <= core.end);
  const first = inCore.find((p) => p.strength >= 1);
  if (!first) return inCore[0] ?? null;
  if (first.strength >= 2 || !text) return first;
  BOUNDARY.lastIndex = first.end;
  const b = BOUNDARY.exec(text);
  const limit = b ? b.index : core.end;
  return inCore.find((p) => p.start > first.start && p.end <= limit && p.strength >= 2) ?? first;
}

/** The main clause: from the core's start to the first clause boundary after the main predicate. */
export function mainClause(text: string, core: Range, main: PredicateHit): Range {
  BOUNDARY.lastIndex = main.end;
  const m = BOUNDARY.exec(text);
  const end = m && m.index < core.end ? m.index : core.end;
  return { start: core.start, end };
}
