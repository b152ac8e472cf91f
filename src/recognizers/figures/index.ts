/**
 * The figure recognisers (SPEC §3.3): money, percent, quantity, count, number. One reader
 * (scan.ts) goes over each sentence once and builds every figure; each recogniser below
 * keeps its own kind, so the ordered list in recognizers/index.ts names them one by one.
 * The reading of a text is remembered for the next recogniser of the same run.
 */
import type { FigureTag, Recognizer, TagContext } from "../../pipeline/types.js";
import type { FigureKind } from "../../schema.js";
import { judgeBare } from "./level.js";
import { type Bare, type Built, measuresAfter, qualifierAfter, qualifierBefore, rateAfter, readCore, readRangeEnd } from "./scan.js";
import { type Tok, isSym, isWord, tokenize } from "./tokens.js";

/** Words before a figure that make "X to Y" a change rather than a range. */
const MOVE_WORDS = new Set([
  "from", "rose", "fell", "rise", "fall", "rising", "falling", "up", "down", "increased", "decreased", "gained", "lost", "dropped",
  "climbed", "jumped", "slipped", "cut", "raised", "added", "grew", "shrank", "declined", "slumped", "surged", "soared",
  "plunged", "by", "edged", "eased", "widened", "narrowed", "rebounded", "advanced", "tumbled", "sank", "increase", "decrease",
  "rises", "falls", "rose", "lifted", "lowered", "boosted", "trimmed", "slashed", "doubled", "halved", "reduced", "hiked",
]);

/** Every figure of the text between `from` and `to` (one sentence). */
export function figuresIn(text: string, from: number, to: number): FigureTag[] {
  const toks = tokenize(text, from, to).filter((t) => !insideUrl(text, t));
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
    let fig = core.built;
    let bare = core.bare;
    const startTok = fig ? fig.from : bare!.from;
    let end = fig ? fig.next : bare!.next;
    // ranges: "$5B-$10B", "10-15%", "70% to 80%", "$3 to $4 billion", "between 3 and 4%"
    const before = toks[startTok - 1];
    const before2 = toks[startTok - 2];
    // "from 5% to 3%" and "rose 4p to 245p" are two figures, a change; not a range
    const q0 = qualifierBefore(toks, startTok);
    const lead = q0 ? toks[q0.from - 1] : before;
    const afterFrom = isWord(lead, "from") || (isWord(lead) && MOVE_WORDS.has(lead.lower));
    const between = isWord(before, "between") || isWord(before2, "between");
    const second = (fig?.qualifier === "vague") ? null : readRangeEnd(toks, end, afterFrom, between);
    if (second) {
      const s = second.core;
      const lowValue = fig ? fig.value : bare!.amount.value;
      const low = fig ?? null;
      const high = s.built;
      if (high && high.value !== null && lowValue !== null) {
        const compatible = !low || (low.kind === high.kind && low.unit === high.unit);
        let lo = lowValue;
        // "$3 to $4 billion", "10-15bn": the scale written once serves both
        const lowScale = low ? low.scale : bare!.amount.scale;
        if (!lowScale && high.scale && lo < 1000) lo = lo * scaleValue(high.scale);
        if (!low && high.kind === "money" && bare) {
          // "5-10 dollars": fine; the factor of cents applies to both
        }
        if (compatible && lo < high.value && high.kind !== "count") {
          fig = { ...high, value: lo, max: high.value, qualifier: "range", from: startTok, rule: `${high.rule}/range` };
          bare = null;
          end = high.next;
        }
      } else if (low && s.bare && low.kind !== "count" && low.kind !== "number" && s.bare.amount.value > (low.value ?? Infinity) && !isWord(toks[end], "and")) {
        // "$5-10bn": the second number takes the first one's unit
        let lo = low.value!;
        const hi = s.bare.amount.value * (low.kind === "money" ? 1 : 1);
        if (!low.scale && s.bare.amount.scale && lo < 1000) lo = lo * scaleValue(s.bare.amount.scale);
        if (lo < hi && isSym(toks[end])) {
          fig = { ...low, value: lo, max: hi, qualifier: "range", next: s.bare.next, rule: `${low.rule}/range` };
          end = s.bare.next;
        }
      }
    }
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

/**
 * Web addresses and e-mail: their digits and "%" are no figures. Found by their marks
 * ("://", "www.", "@") and widened to the surrounding non-space run: linear, no regex.
 */
let urlText = "";
let urlSpans: [number, number][] = [];
function urlSpansOf(text: string): [number, number][] {
  const marks: number[] = [];
  for (const mark of ["://", "www.", "@"]) for (let k = text.indexOf(mark); k !== -1; k = text.indexOf(mark, k + mark.length)) marks.push(k);
  marks.sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const k of marks) {
    if (out.length && k < out[out.length - 1][1]) continue;
    let a = k;
    while (a > 0 && !/\s/.test(text[a - 1]) && (!out.length || a > out[out.length - 1][1])) a--;
    let b = k;
    while (b < text.length && !/\s/.test(text[b])) b++;
    out.push([a, b]);
  }
  return out;
}
function insideUrl(text: string, t: Tok): boolean {
  if (text !== urlText) {
    urlText = text;
    urlSpans = urlSpansOf(text);
  }
  if (!urlSpans.length) return false;
  let lo = 0;
  let hi = urlSpans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t.end <= urlSpans[mid][0]) hi = mid - 1;
    else if (t.start >= urlSpans[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function scaleValue(s: string): number {
  return ({ k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, b: 1e9, bn: 1e9, bln: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12, t: 1e12 } as Record<string, number>)[s] ?? 1;
}

/** Conversions, rates, measures and bare numbers: what needs the sentence's other figures. */
function settleSentence(toks: readonly Tok[], text: string, built: Built[], bares: Bare[]): void {
  built.sort((a, b) => a.from - b.from);
  for (let k = 0; k < built.length; k++) {
    const f = built[k];
    let after = f.next;
    // "$6bn (£3.2bn)": the conversion in brackets shares the bound and the rate
    const conv = built[k + 1];
    const isConv = conv && isSym(toks[f.next], "(") && conv.from === f.next + 1 && isSym(toks[conv.next], ")");
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
    else if (!f.measures && f.kind !== "number") f.measures = measuresAfter(toks, text, after, f.kind === "percent" ? ["of"] : ["of", "in"]);
    if (isConv) k++;
  }
  // bare numbers: levels, or counts that take the noun of an earlier count in the sentence
  const counts = built.filter((f) => f.kind === "count" && f.unit && f.qualifier !== "vague");
  let c = -1;
  for (const b of [...bares].sort((x, y) => x.from - y.from)) {
    const verdict = judgeBare(toks, b);
    if (!verdict) continue;
    while (c + 1 < counts.length && counts[c + 1].next <= b.from) c++;
    const prevCount = c >= 0 ? counts[c] : undefined;
    // "17 million residents, and Kuwait about 1.9 million": a scaled number takes the noun too
    if ((verdict === "inherit" || (verdict === "level" && b.amount.scale)) && prevCount) {
      built.push({ kind: "count", value: b.amount.value, unit: prevCount.unit, qualifier: "exact", measures: prevCount.measures, from: b.from, next: b.next, rule: "count/inherited" });
    } else if (verdict === "level") {
      built.push({ kind: "number", value: b.amount.value, unit: null, qualifier: "exact", measures: null, from: b.from, next: b.next, rule: "number/level" });
    }
  }
  for (const f of built) {
    const q = qualifierBefore(toks, f.from);
    if (q && f.qualifier === "exact" && (f.rule.startsWith("number") || f.rule === "count/inherited")) f.qualifier = q.qualifier;
  }
  built.sort((a, b) => a.from - b.from);
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

/** Every figure of the document's sentences, read once per text. */
const cache = new WeakMap<object, FigureTag[]>();
function allFigures(ctx: TagContext): FigureTag[] {
  const hit = cache.get(ctx.sentences);
  if (hit) return hit;
  const out: FigureTag[] = [];
  for (const s of ctx.sentences) out.push(...figuresIn(ctx.text, s.start, s.end));
  cache.set(ctx.sentences, out);
  return out;
}

const ofKind = (name: string, kind: FigureKind): Recognizer => ({
  name,
  find: (ctx) => allFigures(ctx).filter((f) => f.kind === kind),
});

export const money = ofKind("money", "money");
export const percent = ofKind("percent", "percent");
export const quantity = ofKind("quantity", "quantity");
export const count = ofKind("count", "count");
export const level = ofKind("number", "number");
