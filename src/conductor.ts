/**
 * The conductor: every stage of the pipeline in its order, each a plain function of what
 * the earlier ones made. It sits above the stages (they never import it, nor each other's
 * callers), and it is the only place that knows the order:
 *
 *   normalise  the one text every offset points into (decoding, BOM, HTML, front matter)
 *   segment    paragraphs, sentences and skipped page furniture — before tokens, because
 *              boilerplate decides which sentences exist
 *   tokenize   the document object: tokens with offsets, shapes, tags and sentences,
 *              made once — every later stage reads them
 *   tag        the recognisers' mentions, settled — before resolve, which links them
 *   resolve    mentions of one thing become one actor — before quotes, which name
 *              their speakers by actor
 *   quotes     speakers attributed — before claims, which take attribution from them
 *   claims     claims assembled from all of the above
 *   document   the output object, code-point offsets, validated by the schema
 */
import { assembleClaims } from "./claims/assemble.js";
import { buildDocument } from "./pipeline/document.js";
import { toDate, toFigure } from "./pipeline/mentions.js";
import { normalize, type InputFormat } from "./pipeline/normalize.js";
import { segment } from "./pipeline/segment.js";
import { tag } from "./pipeline/tag.js";
import { tokenize } from "./pipeline/tokenize.js";
import type { Config, RefDate } from "./pipeline/types.js";
import { resolveActors } from "./recognizers/actors/resolve.js";
import { RECOGNIZERS } from "./recognizers/index.js";
import { attributeQuotes } from "./recognizers/quotes/attribute.js";
import type { ClaimsDocument } from "./schema.js";

export interface RunOptions {
  refDate: (fromInput: string | null) => RefDate | null;
  formatDate: (d: RefDate) => string;
  path: string | null;
  format?: InputFormat;
  config: Config;
  title: string | null;
  /** a JSONL record's id and line number (source.id, source.line) */
  id?: string | null;
  line?: number | null;
  /** told how long each stage (and each recogniser, as "tag: NAME") took, for the benchmark */
  observe?: Observer;
}

export type Observer = (stage: string, ms: number) => void;

/** Run f, and tell the observer (if any) how long it took. */
function timed<T>(observe: Observer | undefined, stage: string, f: () => T): T {
  if (!observe) return f();
  const t0 = performance.now();
  const r = f();
  observe(stage, performance.now() - t0);
  return r;
}

/** The document, and the normalised text its offsets point into (for views that show the article). */
export function runPipeline(input: string, o: RunOptions): { doc: ClaimsDocument; text: string } {
  const ob = o.observe;
  const norm = timed(ob, "normalize", () => normalize(input, o.format));
  const seg = timed(ob, "segment", () => segment(norm.text, o.config));
  // the page's own date (a "Published:" header, a byline) when neither the caller nor the input's metadata gives one
  const refDate = o.refDate(norm.date ?? seg.meta?.date ?? null);
  const doc = timed(ob, "tokenize", () => tokenize(seg));
  const tags = timed(ob, "tag", () => tag(doc, refDate, o.config, RECOGNIZERS, ob));
  const resolved = timed(ob, "resolve", () => resolveActors(tags.actors));
  const quotes = timed(ob, "quotes", () => attributeQuotes(tags.quotes, tags.actors, resolved));
  const figures = tags.figures.map(toFigure);
  const dates = tags.dates.map(toDate);
  const claims = timed(ob, "claims", () => assembleClaims({ doc, tags, resolved, quotes, figures, dates }));
  const out = timed(ob, "document", () =>
    buildDocument(norm, doc, { actors: resolved.actors, quotes, claims, figures, dates }, {
      path: o.path,
      date: refDate ? o.formatDate(refDate) : null,
      title: o.title,
      id: o.id ?? null,
      line: o.line ?? null,
    }),
  );
  return { doc: out, text: norm.text };
}
