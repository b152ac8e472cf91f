/**
 * One sentence, find then build: the reader (scan.ts) takes each number with what surrounds
 * it, ranges join two numbers (range.ts), and the sentence settles what needs its other
 * figures: a conversion in brackets shares the bound and the rate of the figure before it
 * ("$10bn (£5.38bn) a year"), a rate or a measured noun follows the figure, and bare numbers
 * become levels or inherit the noun of an earlier count (level.ts).
 */
import type { FigureTag } from "../../pipeline/types.js";
import { judgeBare } from "./level.js";
import { measuresAfter, measuresModified } from "./measures.js";
import { qualifierAfter, qualifierBefore } from "./qualifier.js";
import { extendToRange } from "./range.js";
import { rateAfter } from "./rate.js";
import { type Bare, type Built, readCore } from "./scan.js";
import { type Tok, isSym, isWord, tokenize } from "./tokens.js";
import { addressSpans, inside } from "./urls.js";

/** A digit, a currency sign, or a word that may start a number or a vague figure. */
const HINT = /[\d½¼¾⅓⅔⅛]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|half|quarter|dozen|several|few|many|numerous|multiple|tens|cents?|penny|pence|point|percentage)\b/giu;

/** Every figure of the text between `from` and `to` (one sentence). */
export function figuresIn(text: string, from: number, to: number): FigureTag[] {
  // most sentences hold no digit and no number word: leave them before tokenising
  // (search the sentence alone: a search from `from` over the whole text would run past `to`)
  HINT.lastIndex = 0;
  if (!HINT.test(text.slice(from, to))) return [];
  const addresses = addressSpans(text.slice(from, to));
  const toks = tokenize(text, from, to).filter((t) => !addresses.length || !inside(addresses, t.start - from, t.end - from));
  const built: Built[] = [];
  const bares: Bare[] = [];
  let i = 0;
  let floor = 0;
  while (i < toks.length) {
    const core = readCore(toks, i, floor);
    if (!core || (!core.built && !core.bare)) {
      i = Math.max(i + 1, core?.blocked ?? 0);
      continue;
    }
    // ranges: "$5B-$10B", "10-15%", "70% to 80%"; a change "from 5% to 3%" stays two figures
    const r = extendToRange(toks, core.built, core.bare);
    const fig = r.fig;
    const bare = r.bare;
    const end = r.end;
    if (fig) {
      const q = qualifierBefore(toks, fig.from);
      if (q && fig.qualifier === "exact") fig.qualifier = q.qualifier;
      const qa = qualifierAfter(toks, fig.next);
      if (qa && fig.qualifier === "exact") fig.qualifier = qa.qualifier;
      built.push(fig);
    } else if (bare) bares.push(bare);
    i = Math.max(end, i + 1);
    floor = i;
  }
  settleSentence(toks, text, built, bares);
  return built.map((b) => toTag(text, toks, b));
}

/** Conversions, rates, measures and bare numbers: what needs the sentence's other figures. */
function settleSentence(toks: readonly Tok[], text: string, built: Built[], bares: Bare[]): void {
  built.sort((a, b) => a.from - b.from);
  for (let k = 0; k < built.length; k++) {
    const f = built[k];
    let after = f.next;
    // "$6bn (£3.2bn)": the conversion in brackets shares the bound and the rate
    const conv = built[k + 1];
    const isConv = conv && conv.kind === f.kind && isSym(toks[f.next], "(") && conv.from === f.next + 1 && isSym(toks[conv.next], ")");
    if (isConv) {
      if (conv.qualifier === "exact" && f.qualifier !== "range") conv.qualifier = f.qualifier;
      after = conv.next + 1;
    }
    if (f.kind === "money" || f.kind === "quantity" || f.kind === "count") {
      const rate = rateAfter(toks, text, after);
      if (rate && !f.per) {
        f.per = rate.per;
        if (isConv) conv.per = rate.per;
        after = rate.next;
      }
    }
    if (f.kind === "count" && f.nounFrom !== undefined) f.measures = text.slice(toks[f.nounFrom].start, toks[f.next - 1].end);
    else if (!f.measures && f.kind !== "number") {
      f.measures = measuresAfter(toks, text, after, f.kind === "percent" ? ["of"] : ["of", "in"]) ?? measuresModified(toks, text, f.from, isConv ? conv.next + 1 : f.next);
      if (isConv && !conv.measures) conv.measures = f.measures;
    }
    if (isConv) k++;
  }
  // bare numbers: levels, or counts and money that take the noun or the currency of the
  // figure before them in the sentence ("39 nations out of 65", "£3.5bn, up from 3.2bn")
  const donors = built.filter((f) => ((f.kind === "count" && f.unit) || f.kind === "money") && f.qualifier !== "vague").sort((a, b) => a.from - b.from);
  const countAt = new Map(donors.filter((f) => f.kind === "count").map((f) => [f.from, f]));
  let c = -1;
  for (const b of [...bares].sort((x, y) => x.from - y.from)) {
    const verdict = judgeBare(toks, b);
    if (!verdict) continue;
    while (c + 1 < donors.length && donors[c + 1].next <= b.from) c++;
    // "39 of the 65 nations", "nine out of 10 voters": the count after names the noun
    const ahead = partOf(toks, b.next);
    const after = ahead === null ? undefined : countAt.get(ahead);
    const donor = after ?? (c >= 0 ? donors[c] : undefined);
    const base = { qualifier: "exact" as const, from: b.from, next: b.next };
    if (donor?.kind === "money" && (b.amount.scale || (verdict === "level" && toks[donor.from].kind === "sym" && isWord(toks[b.from - 1]) && /^(?:from|to|against|versus|vs)$/.test(toks[b.from - 1].lower)))) {
      built.push({ ...base, kind: "money", value: b.amount.value, unit: donor.unit, measures: null, rule: "money/inherited" });
    } else if (donor?.kind === "count" && (verdict === "inherit" || (verdict === "level" && (b.amount.scale || b.amount.integer)))) {
      // "17 million residents, and Kuwait about 1.9 million": a scaled number takes the noun too
      built.push({ ...base, kind: "count", value: b.amount.value, unit: donor.unit, measures: donor.measures, rule: "count/inherited" });
    } else if (verdict === "level") {
      built.push({ ...base, kind: "number", value: b.amount.value, unit: null, measures: null, rule: "number/level" });
    }
  }
  for (const f of built) {
    const q = qualifierBefore(toks, f.from);
    if (q && f.qualifier === "exact" && (f.rule.startsWith("number") || f.rule.endsWith("/inherited"))) f.qualifier = q.qualifier;
  }
  built.sort((a, b) => a.from - b.from);
}

/** Token index of the figure after "of (the)" or "out of (the)" at k, or null. */
function partOf(toks: readonly Tok[], k: number): number | null {
  let j = k;
  if (isWord(toks[j], "out")) j++;
  if (!isWord(toks[j], "of")) return null;
  j++;
  if (isWord(toks[j], "the") || isWord(toks[j], "its") || isWord(toks[j], "their")) j++;
  return toks[j]?.kind === "num" ? j : null;
}

function toTag(text: string, toks: readonly Tok[], b: Built): FigureTag {
  const start = toks[b.from].start;
  const end = toks[b.next - 1].end;
  return {
    type: "figure", rule: b.rule, start, end, text: text.slice(start, end),
    kind: b.kind, value: b.value, ...(b.max !== undefined ? { max: b.max } : {}), unit: b.unit,
    ...(b.per !== undefined ? { per: b.per } : {}), qualifier: b.qualifier, measures: b.measures,
  };
}

