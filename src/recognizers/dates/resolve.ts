/**
 * From what the words name to a TIMEX3 value, against the reference date and the tense of
 * the sentence: "in March" is last March in "rose in March" and next March in "will meet
 * in March"; "last Friday" is the Friday before the reference date. Without a reference
 * date, named parts keep X for the unknown ones ("XXXX-12", "XXXX-WXX-2") and purely
 * deictic times ("last year", "yesterday") have no value.
 */
import type { RefDate } from "../../pipeline/types.js";
import { addDays, formatDay, formatWeek, halfOf, pad, quarterOf, shiftMonth, weekday } from "./calendar.js";
import type { Anchored, Calendar, Shift, When } from "./types.js";

export type Tense = "past" | "future";

/** Future when the sentence speaks of what will, would or is to happen. */
const FUTURE = /\b(?:will|won['’]t|shall|going\s+to|plans?|planned|planning|scheduled|(?:due|set|expected|likely)\s+to|is\s+to|are\s+to|aims?\s+to|intends?\s+to|agrees?\s+to|expects?|forecasts?|predicts?|takes?\s+effect|comes?\s+into\s+force|(?:would|could|might|may)(?!\s+have)|as\s+(?:soon|early)\s+as|until|deadline)\b|['’]ll\b/i;
/** Past when a past-tense auxiliary or verb is nearer than any future word. */
const PAST = /\b(?:was|were|had|did|ended|rose|fell|reported|announced|closed)\b/i;

/** The tense of the clause around a time: the words of its sentence near it decide. */
export function tenseOf(clause: string): Tense {
  return FUTURE.test(clause) && !PAST.test(clause) ? "future" : "past";
}

const SEASON_INDEX: Record<string, number> = { WI: 0, SP: 1, SU: 2, FA: 3 };
const seasonOf = (month: number): number => (month === 12 || month <= 2 ? 0 : Math.floor((month - 3) / 3) + 1);

/**
 * The year of a named part without one: the nearest such part before (past tense) or after
 * (future tense) the reference. In the past tense a part a little ahead still wins
 * ("by Jan. 14" written on Jan. 7): `ahead` is how far ahead, in the part's own units.
 * `n` is how many such parts a year has (12 months, 4 quarters, 366 days as month*32+day).
 */
function pickYear(x: number, cur: number, n: number, ahead: number, ref: RefDate, dir: -1 | 0 | 1 | undefined, tense: Tense): number {
  if (dir === -1) return x < cur ? ref.year : ref.year - 1;
  if (dir === 1) return x > cur ? ref.year : ref.year + 1;
  if (dir === 0) return ref.year;
  // "will report third-quarter results" in October: the part just gone is still this year's
  if (tense === "future") return x >= cur - (n <= 12 ? 1 : 0) ? ref.year : ref.year + 1;
  const forward = (x - cur + n) % n;
  if (forward > 0 && forward <= ahead) return x > cur ? ref.year : ref.year + 1;
  return x <= cur ? ref.year : ref.year - 1;
}

function calendar(c: Calendar, ref: RefDate | null, tense: Tense): string | null {
  const tail = c.time ? `T${c.time}` : c.pod ? `T${c.pod}` : "";
  if (c.weekday) {
    if (!ref) return c.dir === undefined ? `XXXX-WXX-${c.weekday}${tail}` : null;
    const rw = weekday(ref);
    let diff: number;
    if (c.dir === -1) diff = -(((rw - c.weekday + 6) % 7) + 1);
    else if (c.dir === 1) diff = ((c.weekday - rw + 6) % 7) + 1;
    else if (c.dir === 0) diff = c.weekday - rw;
    else if (tense === "future") diff = (c.weekday - rw + 7) % 7;
    else diff = -((rw - c.weekday + 7) % 7);
    return formatDay(addDays(ref, diff)) + tail;
  }
  let year: number | null = c.year ?? null;
  if (year === null && c.yearShift !== undefined) {
    if (!ref) return null;
    year = ref.year + c.yearShift;
  }
  if (year === null && ref && c.dir === undefined && c.month === undefined && c.quarter === undefined && c.half === undefined && !c.season) {
    return c.time || c.pod ? `${formatDay(ref)}${tail}` : null;
  }
  if (year === null) {
    if (!ref) {
      if (c.dir !== undefined) return null;
      year = NaN;
    } else if (c.month !== undefined) {
      if (c.thanksgiving) year = pickYear(c.month * 32 + 25, ref.month * 32 + ref.day, 13 * 32, 64, ref, c.dir, tense);
      else if (c.day) year = pickYear(c.month * 32 + c.day, ref.month * 32 + ref.day, 13 * 32, 64, ref, c.dir, tense);
      else year = pickYear(c.month, ref.month, 12, 2, ref, c.dir, tense);
    } else if (c.quarter !== undefined) year = pickYear(c.quarter, quarterOf(ref.month), 4, 0, ref, c.dir, tense);
    else if (c.half !== undefined) year = pickYear(c.half, halfOf(ref.month), 2, 0, ref, c.dir, tense);
    else if (c.season) year = pickYear(SEASON_INDEX[c.season], seasonOf(ref.month), 4, 0, ref, c.dir, tense);
    else year = NaN;
  }
  const y = Number.isNaN(year) ? "XXXX" : pad(year, 4);
  if (c.thanksgiving) {
    if (Number.isNaN(year)) return "XXXX-11";
    const first = weekday({ year, month: 11, day: 1 });
    return `${y}-11-${pad(1 + ((4 - first + 7) % 7) + 21)}`;
  }
  if (c.month !== undefined) return c.day ? `${y}-${pad(c.month)}-${pad(c.day)}${tail}` : `${y}-${pad(c.month)}`;
  // quarter 0: the one just reported ("the 1988 quarter" in an October report is its Q3)
  if (c.quarter === 0) return `${y}-Q${ref ? ((quarterOf(ref.month) + 2) % 4) + 1 : "X"}`;
  if (c.quarter !== undefined) return `${y}-Q${c.quarter}`;
  if (c.half !== undefined) return `${y}-H${c.half}`;
  if (c.season) return `${y}-${c.season}`;
  if (c.time || c.pod) return `XXXX-XX-XX${tail}`;
  return Number.isNaN(year) ? null : y;
}

function shift(s: Shift, ref: RefDate, tense: Tense = "past"): string {
  const by = s.by;
  switch (s.unit) {
    case "Y":
      return pad(ref.year + by, 4);
    case "M": {
      const m = shiftMonth(ref.year, ref.month, by);
      return `${pad(m.year, 4)}-${pad(m.month)}`;
    }
    case "Q": {
      const i = ref.year * 4 + quarterOf(ref.month) - 1 + by;
      return `${pad(Math.floor(i / 4), 4)}-Q${(i % 4) + 1}`;
    }
    case "H": {
      const i = ref.year * 2 + halfOf(ref.month) - 1 + by;
      return `${pad(Math.floor(i / 2), 4)}-H${(i % 2) + 1}`;
    }
    case "W":
      return formatWeek(addDays(ref, 7 * by));
    case "WE": {
      // on a weekday, "the weekend" of a past-tense clause is the one just gone
      const back = by === 0 && "justGone" in s && s.justGone && tense === "past" && weekday(ref) <= 5 ? -1 : by;
      return `${formatWeek(addDays(ref, 7 * back))}-WE`;
    }
    case "DE":
      return `${Math.floor(ref.year / 10) + by}X`;
    case "CE":
      return pad(Math.floor(ref.year / 100) + by, 2);
    case "D": {
      const tail = "time" in s && s.time ? `T${s.time}` : "pod" in s && s.pod ? `T${s.pod}` : "";
      return formatDay(addDays(ref, by)) + tail;
    }
  }
}

/** Parse a resolved month or year value back into a reference for "the month before". */
function anchorOf(value: string | null, unit: "Y" | "M" | "D"): { value: string } | null {
  if (!value) return null;
  if (unit === "D") {
    const d = /^\d{4}-\d\d-\d\d/.exec(value);
    return d ? { value: d[0] } : null;
  }
  const m = /^(\d{4}|XXXX)-(\d\d)(?:-\d\d)?$/.exec(value);
  if (unit === "M" && m) return { value: `${m[1]}-${m[2]}` };
  const y = /^(\d{4})(?:-|$)/.exec(value);
  if (unit === "Y" && y) return { value: y[1] };
  return null;
}

function anchored(a: Anchored, previous: readonly (string | null)[], ref: RefDate | null): string | null {
  for (let i = previous.length - 1; i >= 0; i--) {
    const p = anchorOf(previous[i], a.unit);
    if (!p) continue;
    if (a.unit === "Y") return pad(Number(p.value) + a.by, 4);
    if (a.unit === "D") return formatDay(addDays({ year: +p.value.slice(0, 4), month: +p.value.slice(5, 7), day: +p.value.slice(8, 10) }, a.by));
    const [y, mm] = p.value.split("-");
    if (y === "XXXX") return `XXXX-${pad(((Number(mm) - 1 + a.by + 12) % 12) + 1)}`;
    const s = shiftMonth(Number(y), Number(mm), a.by);
    return `${pad(s.year, 4)}-${pad(s.month)}`;
  }
  if (a.named || !ref) return null;
  return shift({ type: "shift", unit: a.unit, by: a.by }, ref);
}

/** The TIMEX3 value of what the words name; `previous` are the values of the times before it. */
export function resolve(w: When, ref: RefDate | null, tense: Tense, previous: readonly (string | null)[]): string | null {
  switch (w.type) {
    case "fixed":
      return w.value;
    case "calendar":
      return calendar(w, ref, tense);
    case "shift":
      return ref ? shift(w, ref, tense) : null;
    case "anchored":
      return anchored(w, previous, ref);
  }
}
