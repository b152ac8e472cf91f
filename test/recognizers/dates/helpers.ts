import type { DateTag, RefDate } from "../../../src/pipeline/types.js";
import { contextOf } from "../../support/doc.js";
import { dates } from "../../../src/recognizers/dates/index.js";

/** Run the date recogniser alone on a text written for the test. */
export function findDates(text: string, ref: string | null = null): DateTag[] {
  const refDate: RefDate | null = ref ? { year: +ref.slice(0, 4), month: +ref.slice(5, 7), day: +ref.slice(8, 10) } : null;
  return dates.find(contextOf(text, { refDate })) as DateTag[];
}

/** "text|kind|value|mod" of each date found, compact for tables. */
export const brief = (tags: DateTag[]): string[] => tags.map((t) => [t.text, t.kind, t.value ?? "null", t.mod ?? ""].join("|").replace(/\|$/, ""));
