/**
 * The bound a figure's neighbours put on it (SPEC §3.3): the words right before it ("about",
 * "more than", "up to") or right after it ("or more"). They stay outside the figure's text.
 *   catches: "about $200bn" → approximate, "more than $60bn" → over, "almost a cent" → under
 *   must not: "up 2.6%" ("up" alone is a move), "by 1.3%"
 */
import { MAX_QUALIFIER_WORDS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from "../../lexicon/qualifiers.js";
import type { Qualifier } from "../../schema.js";
import { type Tok, phrase, own } from "./tokens.js";

/** The qualifier whose words end right before token i, and the index of its first word. */
export function qualifierBefore(toks: readonly Tok[], i: number): { qualifier: Qualifier; from: number } | null {
  for (let n = Math.min(MAX_QUALIFIER_WORDS, i); n >= 1; n--) {
    const key = phrase(toks, i - n, n);
    const q = key === null ? undefined : own(QUALIFIERS_BEFORE, key);
    if (q) return { qualifier: q, from: i - n };
  }
  return null;
}

/** The qualifier whose words start at token i ("or more"), and the index after it. */
export function qualifierAfter(toks: readonly Tok[], i: number): { qualifier: Qualifier; next: number } | null {
  for (let n = 2; n >= 1; n--) {
    const key = phrase(toks, i, n);
    const q = key === null ? undefined : own(QUALIFIERS_AFTER, key);
    // "plus" is a bound only against the figure ("$5bn-plus", "50-plus")
    if (q && (key !== "plus" || toks[i].tight)) return { qualifier: q, next: i + n };
  }
  return null;
}
