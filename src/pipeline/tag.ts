/**
 * Stage 3: run the recognisers in their listed order over the segmented text, drop what
 * falls in skipped boilerplate, and settle overlaps in one step per family of mentions.
 */
import { RECOGNIZERS } from "../recognizers/index.js";
import { outside, resolveOverlaps } from "./spans.js";
import type { Config, Recognizer, RefDate, Segmented, Tag, TagContext, Tags } from "./types.js";

export function tag(seg: Segmented, refDate: RefDate | null, config: Config, recognizers: readonly Recognizer[] = RECOGNIZERS): Tags {
  const found: Tags = { figures: [], dates: [], actors: [], quotes: [] };
  const ctx: TagContext = { text: seg.text, sentences: seg.sentences, paragraphs: seg.paragraphs, refDate, config, found };
  for (const r of recognizers) {
    const tags = outside(r.find(ctx), seg.skipped);
    for (const t of tags) push(found, t);
  }
  return settle(found);
}

function push(found: Tags, t: Tag): void {
  switch (t.type) {
    case "figure":
      found.figures.push(t);
      break;
    case "date":
      found.dates.push(t);
      break;
    case "actor":
      found.actors.push(t);
      break;
    case "quote":
      found.quotes.push(t);
      break;
  }
}

/**
 * Figures and dates compete for the same digits ("2004", "three months"), so they are
 * settled together; actors among themselves; quotes contain other mentions and stay.
 */
export function settle(found: Tags): Tags {
  const numeric = resolveOverlaps<Tag>([...found.figures, ...found.dates]);
  return {
    figures: numeric.filter((t) => t.type === "figure"),
    dates: numeric.filter((t) => t.type === "date"),
    actors: resolveOverlaps(found.actors),
    quotes: [...found.quotes].sort((a, b) => a.start - b.start || b.end - a.end),
  };
}
