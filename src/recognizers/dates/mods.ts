/**
 * Words that bound a time (TIMEX3 `mod`). Two kinds, read from the text just before a
 * found time:
 *  - part words belong to the time's text: "late October" (END), "the start of 2004" (START),
 *    "mid-2024" (MID), "earlier this year" (START);
 *  - prepositions and quantity words stay outside it: "since 2022" → "2022" ON_OR_AFTER,
 *    "until 18 February" (ON_OR_BEFORE), "more than four years" (MORE_THAN), "about two years".
 *   must not: "up 5% from last year" (a comparison, not a bound), "after Friday's meeting"
 */
import type { DateMod } from "../../schema.js";
import { DURATION_MODS, PART_MODS, PREFIX_MODS } from "../../lexicon/time.js";
import type { Candidate } from "./types.js";

const words = (keys: string[]): string => keys.sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, String.raw`\s+`)).join("|");
const PART = new RegExp(String.raw`(?:\b(${words(Object.keys(PART_MODS))})(?:\s+|\s*-\s*)|\b(mid)-?)$`, "i");
const PREFIX = new RegExp(String.raw`\b(${words(Object.keys(PREFIX_MODS))}|around|about|approximately|roughly)\s+(?:(?:in|on|at|during)\s+)?$`, "i");
const QUANTITY = new RegExp(String.raw`\b(${words(Object.keys(DURATION_MODS))})\s+(?:an?\s+)?$`, "i");
/** "up 5% from last year": a comparison with a time, not a time bound. */
const COMPARISON = /(?:\d|%|\b(?:up|down|rose|fell|rise|fall|increase|decrease|compared|higher|lower|gains?|drops?|jump(?:ed)?|climb(?:ed)?|declined?|change|grew|growth|unchanged|slipped|eased|percent|pct))\b[^.;\n]{0,30}$/i;

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, " ");

/** Take the part word before a date into its text: "late October", "the end of 2005". */
export function withPart(c: Candidate, text: string): Candidate {
  if (c.kind === "duration" || c.kind === "set") return c;
  if (c.when.type === "fixed" && c.when.value && /_REF$/.test(c.when.value)) return c;
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  const m = PART.exec(before);
  if (!m) return c;
  const mod = m[2] ? "MID" : PART_MODS[norm(m[1])];
  if (!mod) return c;
  return { ...c, start: c.start - m[0].length, mod: c.mod ?? mod };
}

/** The bound a preposition or quantity word before the time puts on it. */
export function outerMod(c: Candidate, text: string): DateMod | null {
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  const after = text.slice(c.end, c.end + 12);
  if (c.kind === "duration") {
    // "over the past three years": the stretch itself, not more than it
    const q = /^the\s/i.test(text.slice(c.start, c.end)) ? null : QUANTITY.exec(before);
    if (q) return DURATION_MODS[norm(q[1])] ?? null;
    if (/^\s+or\s+so\b/i.test(after)) return "APPROX";
    return null;
  }
  if (c.kind === "set") return null;
  if (c.when.type === "fixed" && c.when.value && /_REF$/.test(c.when.value)) return null;
  const p = PREFIX.exec(before);
  if (!p) return null;
  const w = norm(p[1]);
  if (w === "around" || w === "about" || w === "approximately" || w === "roughly") return "APPROX";
  if (/^['’]s\b/.test(after) && (w === "after" || w === "before")) return null;
  if (w === "from" || w === "starting") {
    if (/^\s*(?:to|until|till|through|and|-|–)\s/i.test(after) || /^[-–]/.test(after)) return null;
    if (c.when.type === "shift" || c.when.type === "anchored") return null;
    if (COMPARISON.test(before.slice(0, before.length - p[0].length))) return null;
  }
  // "the run-up to Christmas" is not a bound
  if (w === "up to" && /-\s*up\s+to\s+(?:(?:in|on|at|during)\s+)?$/i.test(before)) return null;
  return PREFIX_MODS[w] ?? null;
}
