import { segment } from "../../../src/pipeline/segment.js";
import { EMPTY_CONFIG, type DateTag, type RefDate, type TagContext } from "../../../src/pipeline/types.js";
import { dates } from "../../../src/recognizers/dates/index.js";

/** Run the date recogniser alone on a text written for the test. */
export function findDates(text: string, ref: string | null = null): DateTag[] {
  const seg = segment(text, EMPTY_CONFIG);
  const refDate: RefDate | null = ref ? { year: +ref.slice(0, 4), month: +ref.slice(5, 7), day: +ref.slice(8, 10) } : null;
  const ctx: TagContext = { text, sentences: seg.sentences, paragraphs: seg.paragraphs, refDate, config: EMPTY_CONFIG, found: { figures: [], dates: [], actors: [], quotes: [] } };
  return dates.find(ctx) as DateTag[];
}

/** "text|kind|value|mod" of each date found, compact for tables. */
export const brief = (tags: DateTag[]): string[] => tags.map((t) => [t.text, t.kind, t.value ?? "null", t.mod ?? ""].join("|").replace(/\|$/, ""));
