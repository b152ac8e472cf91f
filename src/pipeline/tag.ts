/**
 * Stage 4: run the recognisers in their listed order over the document, drop what falls in
 * skipped spans, and settle overlaps in one step per family of mentions. The list is the
 * caller's (the conductor passes recognizers/index.ts): this stage knows no recogniser.
 */
import { type Gazetteer, type GazetteerHit, PhraseTree } from "./gazetteer.js";
import { outside, resolveOverlaps } from "./spans.js";
import type { Config, Doc, Recognizer, RefDate, Tag, TagContext, Tags } from "./types.js";

/** The merged lookup tree of a recogniser list under a config: built once per pair, not per text. */
const trees = new WeakMap<Config, WeakMap<readonly Recognizer[], PhraseTree>>();

function treeOf(recognizers: readonly Recognizer[], config: Config): PhraseTree {
  let byList = trees.get(config);
  if (!byList) trees.set(config, (byList = new WeakMap()));
  let tree = byList.get(recognizers);
  if (!tree) {
    const gs = recognizers.map((r) => r.gazetteer?.(config)).filter((g): g is Gazetteer<unknown> => !!g);
    byList.set(recognizers, (tree = new PhraseTree(gs)));
  }
  return tree;
}

/** For the benchmark: told how long the phrase walk and each recogniser took. */
export type TagObserver = (stage: string, ms: number) => void;

export function tag(doc: Doc, refDate: RefDate | null, config: Config, recognizers: readonly Recognizer[], observe?: TagObserver): Tags {
  const found: Tags = { figures: [], dates: [], actors: [], quotes: [] };
  const t0 = observe ? performance.now() : 0;
  const hits = treeOf(recognizers, config).walk(doc);
  if (observe) observe("tag: phrase tree walk", performance.now() - t0);
  const ctx: TagContext = {
    doc, text: doc.text, sentences: doc.sentences, paragraphs: doc.paragraphs, refDate, config, found,
    hits: <V>(g: Gazetteer<V>) => (hits.get(g as Gazetteer<unknown>) ?? []) as GazetteerHit<V>[],
  };
  for (const r of recognizers) {
    const t1 = observe ? performance.now() : 0;
    const tags = outside(r.find(ctx), doc.skipped);
    for (const t of tags) push(found, t);
    if (observe) observe(`tag: ${r.name}`, performance.now() - t1);
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
