/**
 * A range is one figure (SPEC §3.3: `value` the low end, `max` the high end): two numbers
 * joined by a dash, "to", or "between … and", where the unit and the scale written once
 * serve both.
 *   catches: "$5B-$10B", "$3 to $4 billion", "10-15%", "70% to 80%", "$5-10bn", "between 3 and 4%"
 *   must not: "rose 4p to 245p", "from 5% to 3%" (a change: two figures), "up 76% to $1.13bn" (two kinds)
 */
import { MOVE_WORDS } from "../../lexicon/moves.js";
import { SCALES } from "../../lexicon/numbers.js";
import { qualifierBefore } from "./qualifier.js";
import { type Bare, type Built, readRangeEnd } from "./scan.js";
import { type Tok, isSym, isWord, own } from "./tokens.js";

export interface Ranged {
  fig: Built | null;
  bare: Bare | null;
  /** token after the whole reading */
  end: number;
}

/** Digits that read as a level: with thousands separators or decimals ("10,345", "1.2990"). */
const LEVEL_DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d+$/;

const scaleValue = (s: string): number => own(SCALES, s) ?? 1;

/** The range that starts with the figure (or bare number) just read, or what was read unchanged. */
export function extendToRange(toks: readonly Tok[], fig: Built | null, bare: Bare | null): Ranged {
  const startTok = fig ? fig.from : bare!.from;
  const end = fig ? fig.next : bare!.next;
  const unchanged = { fig, bare, end };
  if (fig?.qualifier === "vague") return unchanged;
  const before = toks[startTok - 1];
  const q = qualifierBefore(toks, startTok);
  const lead = q ? toks[q.from - 1] : before;
  const isChange = isWord(lead) && MOVE_WORDS.has(lead.lower);
  const between = isWord(before, "between") || isWord(toks[startTok - 2], "between");
  const second = readRangeEnd(toks, end, isChange, between);
  if (!second) return unchanged;
  const high = second.core.built;
  const lowValue = fig ? fig.value : bare!.amount.value;
  if (high && high.value !== null && lowValue !== null) {
    if (fig && (fig.kind !== high.kind || fig.unit !== high.unit)) return unchanged;
    // "10-12 members" is a range; "12-member" compounds are not the high end of one
    if (high.kind === "count" && high.rule === "count/compound") return unchanged;
    let lo = lowValue;
    // "$3 to $4 billion": the scale written once serves both
    const lowScale = fig ? fig.scale : bare!.amount.scale;
    if (!lowScale && high.scale && lo < 1000) lo *= scaleValue(high.scale);
    if (lo >= high.value) return unchanged;
    return { fig: { ...high, value: lo, max: high.value, qualifier: "range", from: startTok, rule: `${high.rule}/range` }, bare: null, end: high.next };
  }
  // "$5-10bn": the second number takes the first one's unit
  const hiBare = second.core.bare;
  // "a 10,345-10,400 band": two levels written in full are a range of a number
  if (!fig && bare && hiBare && isSym(toks[end]) && LEVEL_DIGITS.test(toks[bare.amount.from].text) && LEVEL_DIGITS.test(toks[hiBare.amount.from].text) && bare.amount.value < hiBare.amount.value) {
    return { fig: { kind: "number", value: bare.amount.value, max: hiBare.amount.value, unit: null, qualifier: "range", measures: null, from: bare.from, next: hiBare.next, rule: "number/range" }, bare: null, end: hiBare.next };
  }
  if (fig && hiBare && fig.value !== null && fig.kind !== "count" && fig.kind !== "number" && isSym(toks[end])) {
    let lo = fig.value;
    const hi = hiBare.amount.value;
    if (!fig.scale && hiBare.amount.scale && lo < 1000) lo *= scaleValue(hiBare.amount.scale);
    if (lo < hi) return { fig: { ...fig, value: lo, max: hi, qualifier: "range", next: hiBare.next, rule: `${fig.rule}/range` }, bare: null, end: hiBare.next };
  }
  return unchanged;
}
