/**
 * Figures without a number: "several tonnes", "billions of dollars", "hundreds of millions
 * of people", "a few million barrels". `value` is null and the qualifier `vague`.
 *   catches: "several tonnes" (quantity), "billions of dollars" (money), "thousands of jobs" (count)
 *   must not: "several countries" (a determiner, no scale), "many people", "dozens of times"
 */
import { VAGUE_DETERMINERS } from "../../lexicon/counts.js";
import { countNoun } from "./count.js";
import { currencyAfter } from "./currency.js";
import { unitAfter } from "./quantity.js";
import { type Tok, isWord, phrase } from "./tokens.js";

export interface VagueRead {
  kind: "money" | "quantity" | "count";
  unit: string | null;
  from: number;
  next: number;
  /** token range of the counted noun phrase, for counts */
  nounFrom?: number;
}

const BIG_SCALES = new Set(["hundred", "thousand", "million", "billion", "trillion"]);
const PLURAL_SCALES = new Set(["hundreds", "thousands", "millions", "billions", "trillions"]);

function tail(toks: readonly Tok[], j: number, scaled: boolean, from: number): VagueRead | null {
  const cur = currencyAfter(toks, j);
  if (cur && cur.factor === 1) return { kind: "money", unit: cur.code, from, next: cur.next };
  const unit = unitAfter(toks, j);
  if (unit) return { kind: "quantity", unit: unit.def.unit, from, next: unit.next };
  if (scaled) {
    const c = countNoun(toks, j);
    if (c) return { kind: "count", unit: c.unit, from, next: c.next, nounFrom: j };
  }
  return null;
}

/** A vague figure starting at token i, or null. */
const STARTS = new Set(["several", "a", "few", "many", "some", "numerous", "multiple", "tens", "hundreds", "thousands", "millions", "billions", "trillions"]);

export function readVague(toks: readonly Tok[], i: number): VagueRead | null {
  const t = toks[i];
  if (!isWord(t) || !STARTS.has(t.lower)) return null;
  // "several tonnes", "a few million barrels", "many billions of dollars"
  for (const n of [2, 1]) {
    const key = phrase(toks, i, n);
    if (key === null || !VAGUE_DETERMINERS.has(key)) continue;
    let j = i + n;
    const scaled = isWord(toks[j]) && (BIG_SCALES.has(toks[j].lower) || PLURAL_SCALES.has(toks[j].lower));
    if (scaled) {
      // "several hundred million dollars": scales multiply
      while (isWord(toks[j]) && (BIG_SCALES.has(toks[j].lower) || PLURAL_SCALES.has(toks[j].lower))) j++;
      if (isWord(toks[j], "of")) j++;
    } else if (key === "some" || key === "many") return null;
    return tail(toks, j, scaled, i);
  }
  // "(tens of) billions of dollars", "hundreds of millions (of people)"
  let j = i;
  if ((t.lower === "tens" || t.lower === "hundreds") && isWord(toks[j + 1], "of") && isWord(toks[j + 2]) && PLURAL_SCALES.has(toks[j + 2].lower)) j += 2;
  if (!PLURAL_SCALES.has(toks[j].lower)) return null;
  const twoScales = j > i;
  j++;
  if (isWord(toks[j], "of")) {
    const read = tail(toks, j + 1, true, i);
    if (read) return read;
  }
  // "hundreds of millions" standing alone: a count of what the sentence says
  if (twoScales) return { kind: "count", unit: null, from: i, next: j };
  return null;
}
