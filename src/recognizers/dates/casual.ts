/**
 * Casual day-and-clock forms, read by chrono-node, which does them well: "tomorrow 8:00am",
 * "Thursday 1 pm", "Monday 8-9am", "8am this morning", and slashed days "22/04", "Oct/2",
 * "friday 5/12". News rarely writes them, so chrono (≈200 ms to load) is loaded, synchronously,
 * only for a text that has one; chrono is asked about the words around each such form only.
 *   must not: "1/2" or "3/4" (fractions), "24/7", "9/11" as a name, "5 1/2 hours"
 */
import { createRequire } from "node:module";
import { pad } from "./calendar.js";
import { WEEKDAY } from "./patterns.js";
import type { Candidate, When } from "./types.js";

const MON = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const AMPM = String.raw`(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)`;
/** The forms chrono is asked about: a slashed day, or a clock time written beside a day. */
const TRIGGER = new RegExp(
  String.raw`(?<![\d/.,:])(?:\d{1,2}/\d{1,2}|(?:${MON})/\d{1,2})(?![\d/]|[.,]\d)` +
    String.raw`|\b(?:today|tomorrow|tonight|yesterday|${WEEKDAY})\s*,?\s*(?:at\s+)?\d{1,2}(?::\d\d)?(?:\s*-\s*\d{1,2}(?::\d\d)?)?\s*${AMPM}` +
    String.raw`|(?<![\d.:])\d{1,2}(?::\d\d)?\s*${AMPM}\s+(?:this\s+(?:morning|afternoon|evening)|tomorrow|tonight|today|yesterday)`,
  "gi",
);

interface ChronoComponents {
  isCertain(c: string): boolean;
  get(c: string): number | null;
}
interface ChronoResult {
  index: number;
  text: string;
  start: ChronoComponents;
}
interface Chrono {
  en: { parse(text: string, ref?: Date): ChronoResult[] };
}

let chrono: Chrono | null = null;
const load = (): Chrono => (chrono ??= createRequire(import.meta.url)("chrono-node") as Chrono);

/** A fraction or a name, not a date: "1/2", "3/4", "24/7", "9/11". */
function notADay(s: string, before: string): boolean {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (/\d\s+$/.test(before)) return true; // "5 1/2"
  if (a === 0 || b === 0 || (a > 12 && b > 12)) return true;
  if (a < b && [2, 3, 4, 5, 8, 10, 16].includes(b)) return true;
  return s === "24/7" || s === "9/11" || s === "7/7";
}

function whenOf(r: ChronoResult): When | null {
  const s = r.start;
  const time = s.isCertain("hour") ? `${pad(s.get("hour") ?? 0)}:${pad(s.get("minute") ?? 0)}` : undefined;
  const word = /\b(today|tomorrow|tonight|yesterday|this\s+(?:morning|afternoon|evening))\b/i.exec(r.text)?.[1].toLowerCase();
  if (word) {
    const by = word === "tomorrow" ? 1 : word === "yesterday" ? -1 : 0;
    return { type: "shift", unit: "D", by, time, pod: time ? undefined : word === "tonight" ? "NI" : undefined };
  }
  if (s.isCertain("month") && s.isCertain("day")) {
    return { type: "calendar", year: s.isCertain("year") ? (s.get("year") ?? undefined) : undefined, month: s.get("month") ?? 1, day: s.get("day") ?? 1, time };
  }
  if (s.isCertain("weekday")) return { type: "calendar", weekday: ((s.get("weekday") ?? 0) + 6) % 7 + 1, time };
  return null;
}

/** Whether chrono has been loaded in this process (for tests of the lazy load). */
export const chronoLoaded = (): boolean => chrono !== null;

/** Candidates for the casual forms of a text; none (and chrono never loaded) when it has none. */
export function casualCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (notADay(m[0], before)) continue;
    const from = Math.max(0, m.index - 24);
    const window = text.slice(from, Math.min(text.length, m.index + m[0].length + 24));
    for (const r of load().en.parse(window, new Date(Date.UTC(2000, 0, 1, 12)))) {
      // chrono keeps a leading preposition ("on Tuesday 9 am"); a time's text does not
      const lead = /^(?:on|at|in|by|from|since|until|for)\s+/i.exec(r.text)?.[0].length ?? 0;
      const start = from + r.index + lead;
      const end = from + r.index + r.text.length;
      if (end <= m.index || start >= m.index + m[0].length) continue;
      const when = whenOf(r);
      if (!when) continue;
      const kind = "time" in when && when.time ? "time" : "date";
      out.push({ start, end, rule: "chrono", kind, when, mod: null });
    }
  }
  return out;
}
