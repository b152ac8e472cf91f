/**
 * The reader of one number: find it, then build what surrounds it. At each number it tries,
 * in order, a currency before it ("$", "HK$", "USD", "Rmb"), then what follows it (a
 * currency name or code, a percent unit, a physical unit, a "-member" compound, "times",
 * "points", a counted noun). Number words need a unit or a scale to be a figure ("two
 * hundred billion yuan", "Two million children"), never alone ("two companies"). What
 * reads as no figure — a name's digits, a year, a time — is skipped or blocked. Linear:
 * every step looks at a bounded number of tokens.
 *   catches: "$53.3 billion", "1.5 billion dlrs", "12-member", "14 times", "39 nations"
 *   must not: "G7", "2004", "12:30", "20th", "14-year low", "two companies"
 */
import { MULTIPLE_WORDS, NOT_COUNT_COMPOUNDS, TIME_NOUNS } from "../../lexicon/counts.js";
import { SCALES } from "../../lexicon/numbers.js";
import { UNITS } from "../../lexicon/units.js";
import type { FigureKind, Qualifier } from "../../schema.js";
import { clean } from "../numbers.js";
import { type Amount, readDigits, readWords } from "./amount.js";
import { compoundNoun, countNoun } from "./count.js";
import { type CurrencyRead, currencyAfter, currencyBefore, millionCodeBefore } from "./currency.js";
import { articlePercent, percentUnit } from "./percent.js";
import { unitAfter } from "./quantity.js";
import { DASHES, type Tok, isSym, isWord, own } from "./tokens.js";
import { readVague } from "./vague.js";

/** A figure being built, in token indexes. */
export interface Built {
  kind: FigureKind;
  value: number | null;
  max?: number;
  unit: string | null;
  per?: string;
  qualifier: Qualifier;
  measures: string | null;
  /** first and one-past-last token of the figure's text */
  from: number;
  next: number;
  rule: string;
  /** the scale word of the number, for ranges ("$3 to $4 billion") */
  scale?: string | null;
  /** first token of a count's noun phrase */
  nounFrom?: number;
}

/** A number read with nothing after it that names a unit. */
export interface Bare {
  amount: Amount;
  from: number;
  next: number;
}

export interface Core {
  built: Built | null;
  bare: Bare | null;
  /** tokens consumed without making a figure ("14-year": a duration for the dates) */
  blocked?: number;
}

const ORDINAL = /^(?:st|nd|rd|th)$/;
const DIMENSION_ADJECTIVES = new Set(["tall", "high", "long", "wide", "deep", "away", "thick", "across"]);
const YEAR = /^(?:1[89]\d\d|20\d\d)$/;

/** "+2.5%", "+25 bp": a percent unit right after the number. */
function percentFollows(toks: readonly Tok[], i: number): boolean {
  const amt = readDigits(toks, i);
  return !!amt && percentUnit(toks, amt.next) !== null;
}

/** True when the digits at token i are part of a name, a code, a time or a date, not a figure. */
function notAFigure(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  const p = toks[i - 1];
  const n = toks[i + 1];
  if (p && t.tight) {
    if (p.kind === "word" && !currencyBefore(toks, i) && !millionCodeBefore(toks, i)) return true; // G7, A380, COP26
    // "+2.5%" is a signed percentage, "+44 20" a dialling code
    if (p.kind === "sym" && p.text === "+" && percentFollows(toks, i)) return false;
    if (p.kind === "sym" && /^[:/+#№.°^]$/.test(p.text)) return true; // 12:30, 3/4, +44, #5, footnote.3
    if (p.kind === "num") return true;
  }
  // "1 . 8500": a decimal written with spaces in tokenised copy
  if (p && p.kind === "sym" && p.text === "." && toks[i - 2]?.kind === "num" && !p.tight) return true;
  // "scp-173", "F-16", "Covid-19": a code joined by a hyphen
  if (p && p.kind === "sym" && DASHES.has(p.text) && t.tight && p.tight && toks[i - 2]?.kind === "word") return true;
  if (n && n.tight) {
    if (n.kind === "sym" && /^[:/]$/.test(n.text) && toks[i + 2]?.kind === "num" && toks[i + 2].tight) return true;
    if (n.kind === "word" && ORDINAL.test(n.lower)) return true;
    if (n.kind === "word" && toks[i + 2]?.kind === "num" && toks[i + 2].tight && !(/^(?:km|m|cm|mm|ft)$/.test(n.lower) && /^[23]$/.test(toks[i + 2].text))) return true; // 24703L202
    if (n.kind === "sym" && n.text === "." && toks[i + 2]?.kind === "num" && toks[i + 2].tight) return true; // 1.2.3
  }
  if (p && p.kind === "sym" && p.text === "[" && n && n.text === "]") return true; // [3]
  return false;
}

const MONTH_WORDS = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * True when the number at token i follows a name ("Patriot 125", "Radio 4") or a month
 * ("July 4 celebrations", "Sept. 11 theories"): it is part of that name or date, no count.
 */
export function namedBefore(toks: readonly Tok[], i: number): boolean {
  const p = toks[i - 1];
  if (!p) return false;
  if (p.kind === "sym" && p.text === "." && toks[i - 2] && MONTH_WORDS.test(toks[i - 2].lower)) return true;
  if (p.kind !== "word") return false;
  if (MONTH_WORDS.test(p.lower) && /^\p{Lu}/u.test(p.text)) return true;
  return /^\p{Lu}/u.test(p.text) && i - 1 > 0 && !/^\p{Lu}+$/u.test(p.text);
}

/** The sign before token i ("-$5m", "minus 3%"): -1, and the token it starts at. */
function signBefore(toks: readonly Tok[], i: number): { sign: number; from: number } {
  const p = toks[i - 1];
  if (p && p.kind === "sym" && (p.text === "-" || p.text === "−") && toks[i].tight) {
    const q = toks[i - 2];
    // a dash against what comes before it joins a range ("2.5%-3%", "10-15"), else it is a sign
    if (!q || (!p.tight && q.kind !== "num") || (q.kind === "sym" && /^[([{:=~/]$/.test(q.text))) return { sign: -1, from: i - 1 };
  }
  // "plus or minus 4 points" is a margin, not a negative number
  if (p && isWord(p, "minus") && !(isWord(toks[i - 3], "plus") && isWord(toks[i - 2], "or"))) return { sign: -1, from: i - 1 };
  return { sign: 1, from: i };
}

/** After "N pounds": "of" + a noun, or a conversion to kilograms, makes it a weight. */
function isWeight(toks: readonly Tok[], k: number): boolean {
  if (isWord(toks[k], "of") && isWord(toks[k + 1]) && !/^(?:the|a|an|his|her|their|its|debt|cash|money|funding|spending|investment|aid|savings|tax|taxes)$/.test(toks[k + 1].lower)) return true;
  return isSym(toks[k], "(") && toks[k + 1]?.kind === "num" && isWord(toks[k + 2]) && /^(?:kg|kgs|kilograms?|kilos?)$/.test(toks[k + 2].lower);
}

/** "weighs 150 to 175 pounds": a verb of weight just before. */
function weighedBefore(toks: readonly Tok[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) if (isWord(toks[k]) && /^(?:weighs?|weighed|weighing|weight|heavier|lighter)$/.test(toks[k].lower)) return true;
  return false;
}

/** What follows the number (index j) when no currency came before it. */
function suffix(toks: readonly Tok[], amt: Amount, j: number, from: number, value: number): Core {
  const cur = currencyAfter(toks, j);
  // "1,300 pounds of fertiliser", "25 pounds (11 kg)": pounds of weight; money amounts in pounds carry a scale or say sterling
  if (cur && cur.code === "GBP" && /^pounds?$/.test(toks[j].lower) && !amt.scale && cur.next === j + 1 && (isWeight(toks, j + 1) || weighedBefore(toks, from))) {
    return { built: { kind: "quantity", value, unit: "pound", qualifier: "exact", measures: null, from, next: j + 1, rule: "quantity/pound" }, bare: null };
  }
  if (cur) return { built: moneyAfterName(toks, cur, value, from, amt), bare: null };
  const pu = percentUnit(toks, j);
  if (pu) return { built: { kind: "percent", value, unit: pu.unit, qualifier: "exact", measures: null, from, next: pu.next, rule: "percent", scale: amt.scale }, bare: null };
  const un = unitAfter(toks, j);
  if (un) {
    // "5 feet 2 inches", "12 ft 2 in": one length in feet
    if (un.def.unit === "foot") {
      let k = un.next;
      if (isSym(toks[k], ",") || isWord(toks[k], "and")) k++;
      const inches = readDigits(toks, k);
      const iu = inches && !inches.scale ? toks[inches.next] : undefined;
      if (inches && iu && isWord(iu) && /^(?:inch|inches|in)$/.test(iu.lower) && inches.value < 12) {
        return { built: { kind: "quantity", value: clean(value + inches.value / 12), unit: "foot", qualifier: "exact", measures: null, from, next: inches.next + 1, rule: "quantity/feet-inches" }, bare: null };
      }
    }
    return { built: { kind: "quantity", value: clean(value * (un.def.scale ?? 1)), unit: un.def.unit, qualifier: "exact", measures: null, from, next: un.next, rule: "quantity", scale: amt.scale }, bare: null };
  }
  const t = toks[j];
  // "1.5°C", "95 °F": temperatures
  if (t && isSym(t, "°") && isWord(toks[j + 1]) && /^[cf]$/i.test(toks[j + 1].text) && toks[j + 1].tight) {
    const unit = /^c$/i.test(toks[j + 1].text) ? "degree Celsius" : "degree Fahrenheit";
    return { built: { kind: "quantity", value, unit, qualifier: "exact", measures: null, from, next: j + 2, rule: "quantity/temperature" }, bare: null };
  }
  // "100t", "1.8m tall": a single-letter scale read as a unit ("t" for trillion is rare
  // without a currency; "m" stays a million unless a dimension follows: "sold 2.1m")
  if (amt.digits && (amt.scale === "m" || amt.scale === "t") && !countNoun(toks, j) && (amt.scale === "t" || (isWord(t) && DIMENSION_ADJECTIVES.has(t.lower)) || (t?.kind === "num" && t.tight && /^[23]$/.test(t.text)))) {
    const base = value / (amt.scale === "m" ? 1e6 : 1e12);
    const pow = amt.scale === "m" && t && t.kind === "num" && t.tight && /^[23]$/.test(t.text) ? t.text : null;
    const unit = pow ? `${pow === "2" ? "square" : "cubic"} metre` : amt.scale === "m" ? "metre" : "tonne";
    return { built: { kind: "quantity", value: clean(base), unit, qualifier: "exact", measures: null, from, next: pow ? j + 1 : j, rule: "quantity/letter" }, bare: null };
  }
  // "12-member", "3-inch", "12-cent", "one-yen"; "14-year" is a duration
  if (t && isSym(t) && DASHES.has(t.text) && t.tight && isWord(toks[j + 1]) && toks[j + 1].tight) {
    const w = toks[j + 1].lower;
    if (TIME_NOUNS.has(w)) return { built: null, bare: null, blocked: j + 2 };
    const c2 = currencyAfter(toks, j + 1);
    if (c2) return { built: { kind: "money", value: clean(value * c2.factor), unit: c2.code, qualifier: "exact", measures: null, from, next: c2.next, rule: "money/compound" }, bare: null };
    const unit = own(UNITS, w);
    if (unit) return { built: { kind: "quantity", value: clean(value * (unit.scale ?? 1)), unit: unit.unit, qualifier: "exact", measures: null, from, next: j + 2, rule: "quantity/compound" }, bare: null };
    if (MULTIPLE_WORDS.has(w)) return { built: { kind: "number", value, unit: null, qualifier: "exact", measures: null, from, next: j + 2, rule: "number/multiple" }, bare: null };
    if (NOT_COUNT_COMPOUNDS.has(w) || !amt.digits) return { built: null, bare: null, blocked: j + 2 };
    const noun = compoundNoun(toks[j + 1]);
    if (noun && !isSym(toks[j + 2], "-")) return { built: { kind: "count", value, unit: noun, qualifier: "exact", measures: null, from, next: j + 2, rule: "count/compound" }, bare: null };
    return { built: null, bare: null, blocked: j + 2 };
  }
  // "closed up 30.4 points": an index move, a number in points
  if (amt.digits && t && isWord(t) && /^(?:points?|pts)$/.test(t.lower)) {
    return { built: { kind: "number", value, unit: "point", qualifier: "exact", measures: null, from, next: j + 1, rule: "number/points" }, bare: null };
  }
  if (amt.digits && t && isWord(t) && MULTIPLE_WORDS.has(t.lower)) {
    return { built: { kind: "number", value, unit: null, qualifier: "exact", measures: null, from, next: j + 1, rule: "number/multiple" }, bare: null };
  }
  // "3i", "4G", "3D kits": digits written into a name
  if (t && t.kind === "word" && t.tight && !amt.scale) return { built: null, bare: null, blocked: j + 1 };
  if ((amt.digits || amt.scale) && !(amt.integer && YEAR.test(toks[amt.from].text)) && !namedBefore(toks, from)) {
    const c = countNoun(toks, j);
    if (c) return { built: { kind: "count", value, unit: c.unit, qualifier: "exact", measures: null, from, next: c.next, rule: "count", scale: amt.scale, nounFrom: j }, bare: null };
  }
  return { built: null, bare: { amount: amt, from, next: j } };
}

/** Scale words that may follow a currency code ("75 USD million"); single letters may not. */
const WORD_SCALES = new Set(["thousand", "million", "billion", "trillion", "mn", "bn", "mln", "bln", "tn"]);

/** "15 dollars 50", "thirteen dollars and forty-five cents": the change after the name. */
function moneyAfterName(toks: readonly Tok[], cur: CurrencyRead, value: number, from: number, amt: Amount): Built {
  let v = clean(value * cur.factor);
  let next = cur.next;
  // "75 USD million": the scale after the code
  const s = toks[next];
  if (!amt.scale && s && isWord(s) && WORD_SCALES.has(s.lower)) {
    v = clean(v * SCALES[s.lower]);
    next++;
  }
  if (cur.factor === 1 && !amt.scale) {
    let k = next;
    if (isWord(toks[k], "and")) k++;
    const change = readDigits(toks, k) ?? readWords(toks, k);
    if (change && change.value < 100 && Number.isInteger(change.value) && !change.scale) {
      const sub = currencyAfter(toks, change.next);
      if (sub && sub.factor === 0.01) {
        v = clean(v + change.value / 100);
        next = sub.next;
      } else if (!sub && toks[change.next]?.kind !== "word" && toks[change.next]?.kind !== "num" && !(isSym(toks[change.next]) && toks[change.next].text !== "." && toks[change.next].text !== ",")) {
        v = clean(v + change.value / 100);
        next = change.next;
      }
    }
  }
  return { kind: "money", value: v, unit: cur.code, qualifier: "exact", measures: null, from, next, rule: "money/name", scale: amt.scale };
}

const VULGAR: Readonly<Record<string, number>> = { "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125 };

/**
 * "10 1/2 miles", "1/4 mile", "½ teaspoon": a fraction, read only before a physical unit
 * (elsewhere "3/4" is a date or a score).
 */
function readFraction(toks: readonly Tok[], i: number): Core | null {
  let whole = 0;
  let k = i;
  if (toks[k]?.kind === "num" && /^\d+$/.test(toks[k].text) && (toks[k + 1]?.kind === "num" || own(VULGAR, toks[k + 1]?.text ?? "") !== undefined) && !toks[k + 1].tight) {
    whole = Number(toks[k].text);
    k++;
  }
  let frac: number | undefined;
  let next = k + 1;
  const v = toks[k] ? own(VULGAR, toks[k].text) : undefined;
  if (v !== undefined) frac = v;
  else if (toks[k]?.kind === "num" && isSym(toks[k + 1], "/") && toks[k + 1].tight && toks[k + 2]?.kind === "num" && toks[k + 2].tight && /^(?:2|3|4|8|16)$/.test(toks[k + 2].text)) {
    frac = Number(toks[k].text) / Number(toks[k + 2].text);
    next = k + 3;
  }
  if (frac === undefined || (frac >= 1 && whole > 0)) return null;
  const un = unitAfter(toks, next);
  if (!un) return null;
  const value = clean((whole + frac) * (un.def.scale ?? 1));
  return { built: { kind: "quantity", value, unit: un.def.unit, qualifier: "exact", measures: null, from: i, next: un.next, rule: "quantity/fraction" }, bare: null };
}

/** The figure, or bare number, whose number starts at token i. */
export function readCore(toks: readonly Tok[], i: number, floor = 0): Core | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === "num" || own(VULGAR, t.text) !== undefined) {
    const f = readFraction(toks, i);
    if (f) return f;
  }
  if (t.kind === "num") {
    if (notAFigure(toks, i)) return { built: null, bare: null, blocked: i + 1 };
    let cur = currencyBefore(toks, i) ?? millionCodeBefore(toks, i);
    // a symbol the previous figure already took ("10 rmb 20 usd") is not this one's
    if (cur && cur.from < floor) cur = null;
    const amt = readDigits(toks, i, !!cur);
    if (!amt) return { built: null, bare: null, blocked: i + 1 };
    if (cur) {
      const sign = signBefore(toks, cur.from);
      const value = clean(amt.value * cur.factor * sign.sign);
      let next = amt.next;
      // "$10 dollars", "¥5bn yuan": the name after repeats or corrects the symbol
      const again = currencyAfter(toks, next);
      let code = cur.code;
      if (again && again.factor === 1 && (again.code === cur.code || (cur.code === "JPY" && again.code === "CNY"))) {
        code = again.code;
        next = again.next;
      }
      return { built: { kind: "money", value, unit: code, qualifier: "exact", measures: null, from: sign.from, next, rule: "money/symbol", scale: amt.scale }, bare: null };
    }
    const sign = signBefore(toks, i);
    return suffix(toks, amt, amt.next, sign.from, clean(amt.value * sign.sign));
  }
  if (t.kind === "word") {
    const ap = articlePercent(toks, i);
    if (ap) return { built: { kind: "percent", value: ap.value, unit: ap.unit, qualifier: "exact", measures: null, from: i, next: ap.next, rule: "percent/article" }, bare: null };
    const rp = reversedPercent(toks, i);
    if (rp) return { built: rp, bare: null };
    const am = articleMoney(toks, i);
    if (am) return { built: am, bare: null };
    const v = readVague(toks, i);
    if (v) {
      const built: Built = { kind: v.kind, value: null, unit: v.unit, qualifier: "vague", measures: null, from: v.from, next: v.next, rule: `${v.kind}/vague`, nounFrom: v.nounFrom };
      return { built, bare: null };
    }
    const words = readWords(toks, i);
    if (words) {
      const sign = signBefore(toks, i);
      const core = suffix(toks, words, words.next, sign.from, clean(words.value * sign.sign));
      // number words alone are determiners ("two companies"), not figures
      return core.built ? { built: core.built, bare: null } : { built: null, bare: null, blocked: core.blocked };
    }
  }
  return null;
}

/** "per cent of 210" at the start of a line: the unit before its number, as tables write it. */
function reversedPercent(toks: readonly Tok[], i: number): Built | null {
  if (i !== 0) return null;
  const pu = percentUnit(toks, i) ?? (isWord(toks[i], "percents") ? { unit: "%", next: i + 1 } : null);
  if (!pu || !isWord(toks[pu.next], "of")) return null;
  const amt = readDigits(toks, pu.next + 1) ?? readWords(toks, pu.next + 1);
  if (!amt || (toks[amt.next] && toks[amt.next].kind !== "sym")) return null;
  return { kind: "percent", value: amt.value, unit: pu.unit, qualifier: "exact", measures: null, from: i, next: amt.next, rule: "percent/reversed" };
}

/** "a cent and a half", "one penny", "half a cent": money led by an article or a word. */
function articleMoney(toks: readonly Tok[], i: number): Built | null {
  const t = toks[i];
  let value: number;
  let j = i + 1;
  if (t.lower === "a" || t.lower === "an" || t.lower === "one") value = 1;
  else if (t.lower === "half" && isWord(toks[i + 1], "a")) {
    value = 0.5;
    j++;
  } else return null;
  const cur = currencyAfter(toks, j);
  if (!cur || cur.factor !== 0.01 || cur.next !== j + 1) return null;
  let next = cur.next;
  if (isWord(toks[next], "and") && isWord(toks[next + 1], "a") && isWord(toks[next + 2], "half")) {
    value += 0.5;
    next += 3;
  }
  return { kind: "money", value: clean(value * cur.factor), unit: cur.code, qualifier: "exact", measures: null, from: i, next, rule: "money/article" };
}

/** A range's second half after a figure or bare number ending at token k: "-$10B", "to 80%". */
export function readRangeEnd(toks: readonly Tok[], k: number, isChange: boolean, betweenBefore: boolean): { core: Core; at: number } | null {
  const t = toks[k];
  if (!t) return null;
  const dash = isSym(t) && DASHES.has(t.text);
  const to = isWord(t, "to") && !isChange;
  const and = isWord(t, "and") && betweenBefore;
  if (!dash && !to && !and) return null;
  // the second number: right after, or after its currency symbol
  let at = k + 1;
  while (at < k + 4 && toks[at] && toks[at].kind !== "num" && toks[at].kind !== "word") at++;
  if (toks[at] && toks[at].kind === "word" && !readWords(toks, at)) {
    // "$5B-US$10B"
    if (!(toks[at + 1] && toks[at + 1].text === "$")) return null;
    at += 2;
  }
  const core = readCore(toks, at);
  if (!core || (!core.built && !core.bare)) return null;
  return { core, at };
}


