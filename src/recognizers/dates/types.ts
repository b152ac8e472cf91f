/**
 * What a date rule finds, before resolution: the span, the TIMEX3 kind, and what the
 * words name (`When`), which resolve.ts turns into a value against the reference date.
 */
import type { DateKind, DateMod } from "../../schema.js";

/** Calendar parts the text names; a missing year is filled from the reference date. */
export interface Calendar {
  type: "calendar";
  year?: number;
  /** year given relative to the reference: "June last year" → -1 */
  yearShift?: number;
  month?: number;
  day?: number;
  /** 1-4; 0: the quarter just reported (earnings talk: "the 1988 quarter") */
  quarter?: number;
  half?: number;
  /** TIMEX3 season code: SP SU FA WI */
  season?: string;
  /** ISO weekday 1-7 */
  weekday?: number;
  /** part of day: MO AF EV NI */
  pod?: string;
  /** the fourth Thursday of November (its day depends on the year) */
  thanksgiving?: boolean;
  /** clock time "13:00" */
  time?: string;
  /** "last Friday" → -1, "next March" → 1, "this summer" → 0; undefined: by the tense */
  dir?: -1 | 0 | 1;
}

/** A unit away from the reference date: "last year" (Y, -1), "tomorrow" (D, 1). */
export interface Shift {
  type: "shift";
  unit: "Y" | "H" | "Q" | "M" | "W" | "WE" | "D" | "DE" | "CE";
  by: number;
  pod?: string;
  /** clock time "13:00" ("9 a.m. tomorrow") */
  time?: string;
  /** "the weekend" of a past-tense clause on a weekday: the one just gone */
  justGone?: boolean;
}

/** Relative to the nearest earlier date of the text: "the month before" → November − 1. */
export interface Anchored {
  type: "anchored";
  unit: "Y" | "M" | "D";
  by: number;
  /** "that year" means the year just named, never the reference's */
  named?: boolean;
}

/** A value known from the words alone: "2004", "P3Y", "PRESENT_REF". */
export interface Fixed {
  type: "fixed";
  value: string | null;
}

export type When = Calendar | Shift | Anchored | Fixed;

export interface Candidate {
  start: number;
  end: number;
  rule: string;
  kind: DateKind;
  when: When;
  mod: DateMod | null;
}

/** A date rule: a global pattern and the function that reads one match (null: not a time). */
export interface DateRule {
  name: string;
  pattern: RegExp;
  read(m: RegExpExecArray, text: string): Omit<Candidate, "rule"> | null;
}

export const fixed = (value: string | null): Fixed => ({ type: "fixed", value });
