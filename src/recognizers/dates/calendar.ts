/** Calendar arithmetic on plain {year, month, day} values, in UTC, and TIMEX3 formatting. */
import type { RefDate } from "../../pipeline/types.js";

const DAY = 86_400_000;
const toMs = (d: RefDate): number => Date.UTC(d.year, d.month - 1, d.day);
const fromMs = (ms: number): RefDate => {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};

export const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export function addDays(d: RefDate, n: number): RefDate {
  return fromMs(toMs(d) + n * DAY);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(d: RefDate): number {
  return ((new Date(toMs(d)).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week of a day: the week's year may differ from the day's near New Year. */
export function isoWeek(d: RefDate): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekday(d));
  const jan1 = Date.UTC(thursday.year, 0, 1);
  return { year: thursday.year, week: Math.floor((toMs(thursday) - jan1) / DAY / 7) + 1 };
}

export const formatDay = (d: RefDate): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatWeek = (d: RefDate): string => {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
};

/** Month m of year y shifted by n months. */
export function shiftMonth(year: number, month: number, n: number): { year: number; month: number } {
  const i = year * 12 + (month - 1) + n;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

export const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;
export const halfOf = (month: number): number => (month <= 6 ? 1 : 2);
