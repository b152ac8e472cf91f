/**
 * The date recogniser: every rule finds its candidates, overlaps among them are settled
 * (longest wins), the part and bound words around each are read (mods.ts), and each is
 * resolved against the reference date and the tense of its sentence (resolve.ts). The rules
 * are ours; chrono-node reads only the casual day-and-clock forms it does best (casual.ts).
 * The rules are independent; their order only breaks ties between spans of equal length.
 */
import type { DateTag, Recognizer, Sentence } from "../../pipeline/types.js";
import { findContaining, resolveOverlaps } from "../../pipeline/spans.js";
import { casualCandidates } from "./casual.js";
import { DAYS_RULES } from "./days.js";
import { DURATION_RULES } from "./durations.js";
import { outerMod, withPart } from "./mods.js";
import { PERIODS_RULES } from "./periods.js";
import { RELATIVE_RULES } from "./relative.js";
import { REPORT_RULES } from "./reports.js";
import { resolve, tenseOf } from "./resolve.js";
import { SET_RULES } from "./sets.js";
import { TIME_RULES } from "./times.js";
import type { Candidate, DateRule } from "./types.js";
import { VAGUE_RULES } from "./vague.js";
import { YEARS_RULES } from "./years.js";

/** Sets before durations: "a year" after a figure is a rate, and wins the tie. */
export const DATE_RULES: readonly DateRule[] = [...YEARS_RULES, ...DAYS_RULES, ...PERIODS_RULES, ...TIME_RULES, ...SET_RULES, ...RELATIVE_RULES, ...REPORT_RULES, ...DURATION_RULES, ...VAGUE_RULES];

/** Every candidate of every rule, before overlaps are settled. */
export function candidates(text: string, rules: readonly DateRule[] = DATE_RULES): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const c = rule.read(m, text);
      if (c && c.end > c.start) out.push({ ...c, rule: rule.name });
    }
  }
  return out;
}

/** The words around a time within its sentence: the clause whose tense resolves it. */
function clauseAround(text: string, sentences: readonly Sentence[], c: Candidate): string {
  const i = findContaining(sentences, c.start);
  const lo = i >= 0 ? sentences[i].start : 0;
  const hi = i >= 0 ? sentences[i].end : text.length;
  return text.slice(Math.max(lo, c.start - 60), Math.min(hi, c.end));
}

/**
 * "Saturday, April 25", "next Thursday (3 March)": two times, and the date says which
 * Saturday it is. The weekday takes the date's month and day (and year, if written).
 */
function datedWeekdays(kept: Candidate[], text: string): Candidate[] {
  return kept.map((c, i) => {
    const next = kept[i + 1];
    if (c.when.type !== "calendar" || !c.when.weekday || c.when.time || !next || next.when.type !== "calendar") return c;
    const d = next.when;
    if (d.month === undefined || !d.day || d.weekday) return c;
    if (!/^[\s,(]{1,3}$/.test(text.slice(c.end, next.start))) return c;
    return { ...c, when: { type: "calendar", year: d.year, yearShift: d.yearShift, month: d.month, day: d.day, pod: c.when.pod } };
  });
}

export const dates: Recognizer = {
  name: "dates",
  find(ctx) {
    const { text } = ctx;
    const found = [...candidates(text), ...casualCandidates(text)];
    const kept = datedWeekdays(resolveOverlaps(found.map((c) => withPart(c, text))), text);
    const out: DateTag[] = [];
    const previous: (string | null)[] = [];
    for (const c of kept) {
      const mod = c.mod ?? outerMod(c, text);
      // "since January" looks back whatever the verb; "until March" and "by March" look ahead
      const bound = /\b(since|until|till|by)\s+$/i.exec(text.slice(Math.max(0, c.start - 8), c.start))?.[1].toLowerCase();
      // "Wednesday's ruling": news names past events by their day
      const possessive = /^['’]s\b/.test(text.slice(c.end, c.end + 3));
      const tense = bound === "since" || possessive ? "past" : bound ? "future" : tenseOf(clauseAround(text, ctx.sentences, c));
      const value = resolve(c.when, ctx.refDate, tense, previous);
      previous.push(value);
      out.push({ type: "date", rule: c.rule, start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: c.kind, value, mod });
    }
    return out;
  },
};
