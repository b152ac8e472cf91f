/**
 * Dates as pages print them in headers, bylines and front matter: the publication date of
 * the article, read to become the reference date when `--date` is not given.
 *   catches: "2025-12-31", "2025-12-31T03:56:05+00:00", "March 3, 2025", "Sept. 3 2025",
 *            "September 11th 2025", "3 March 2025", "Tue 3 Mar 2025 10:04 GMT"
 *   must not: "March 2025" (no day), "2025" (a year), "31/12/2025" (day and month order unknown)
 */
import { MONTHS, WEEKDAYS } from "../lexicon/time.js";

const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const WEEKDAY = Object.keys(WEEKDAYS).sort((a, b) => b.length - a.length).join("|");
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/;
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\.?,?\\s+(\\d{4})\\b`, "i");

/** A date written whole, anywhere in a short string, as YYYY-MM-DD (null if none, or no such day). */
export function calendarDate(s: string): string | null {
  const t = s.slice(0, 400);
  let m = ISO.exec(t);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return ymd(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  m = DAY_MONTH_YEAR.exec(t);
  if (m) return ymd(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  return null;
}

/**
 * Is the whole string a date stamp, with at most a weekday, a clock time, a zone and a
 * label word around it ("Published 3 March 2025, 10:04 GMT", "Updated: 2025-12-31")?
 */
export function isDateStamp(s: string): boolean {
  if (s.length > 120 || !calendarDate(s)) return false;
  const rest = s
    .replace(ISO, " ")
    .replace(MONTH_DAY_YEAR, " ")
    .replace(DAY_MONTH_YEAR, " ")
    .replace(new RegExp(`\\b(?:${WEEKDAY})\\b\\.?`, "gi"), " ")
    .replace(/\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?/gi, " ")
    .replace(/\b(?:[A-Z]{2,4}T|UTC|GMT|Z)(?:[+-]\d{1,2}(?::?\d{2})?)?\b|\(UTC\)/g, " ")
    .replace(/\b(?:published|updated|last updated|posted|modified|created|first published|date|on|at)\b/gi, " ")
    .replace(/[\s,|:;·•()\[\]\-–—/.*_]+/g, "");
  return rest === "";
}

/** "4 min", "5 min read", "3 minutes listen": the reading time a page prints beside its date. */
export function isReadingTime(s: string): boolean {
  return /^(?:reading time:?\s*)?\d{1,3}\s?(?:min|mins|minutes?|m)\.?(?:\s(?:read|listen|watch))?$/i.test(s.trim());
}

function ymd(y: number, mo: number | undefined, d: number): string | null {
  if (!mo) return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
