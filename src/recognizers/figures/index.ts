/**
 * The figure recognisers (SPEC §3.3): money, percent, quantity, count, number. One reader
 * goes over each sentence once and builds every figure (sentence.ts); each recogniser below
 * keeps its own kind, so the ordered list in recognizers/index.ts names them one by one.
 * The reading of a document is remembered for the next recogniser of the same run.
 */
import type { FigureTag, Recognizer, TagContext } from "../../pipeline/types.js";
import type { FigureKind } from "../../schema.js";
import { figuresIn } from "./sentence.js";

export { figuresIn };

/** Every figure of the document's sentences, read once per text. */
const cache = new WeakMap<object, FigureTag[]>();
function allFigures(ctx: TagContext): FigureTag[] {
  const hit = cache.get(ctx.sentences);
  if (hit) return hit;
  const out: FigureTag[] = [];
  for (const s of ctx.sentences) for (const f of figuresIn(ctx.text, s.start, s.end)) out.push(f);
  cache.set(ctx.sentences, out);
  return out;
}

const ofKind = (name: string, kind: FigureKind): Recognizer => ({
  name,
  find: (ctx) => allFigures(ctx).filter((f) => f.kind === kind),
});

export const money = ofKind("money", "money");
export const percent = ofKind("percent", "percent");
export const quantity = ofKind("quantity", "quantity");
export const count = ofKind("count", "count");
export const level = ofKind("number", "number");
