/** What can be wrong with an input (SPEC §4), shared by the normalise stage and the HTML reader. */
import type { ErrorCode } from "../schema.js";

export class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2024-05-20…" names a real calendar day (a reference date must, or extraction fails). */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
