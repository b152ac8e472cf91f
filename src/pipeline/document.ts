/**
 * Stage 5 (the boundary): the extracted parts → one output document, with every offset
 * turned from UTF-16 into code points, and validated by the zod schema.
 */
import { createHash } from "node:crypto";
import { ClaimsDocument, type ClaimsDocument as Doc } from "../schema.js";
import { codePointMapper, cpLength } from "./spans.js";
import type { Extracted, Normalized, Segmented } from "./types.js";

export interface SourceInfo {
  path: string | null;
  date: string | null;
  title?: string | null;
  id?: string | null;
  line?: number | null;
}

export function buildDocument(norm: Normalized, seg: Segmented, ex: Extracted, source: SourceInfo): Doc {
  const cp = codePointMapper(norm.text);
  // without astral characters code points are UTF-16 units: nothing to convert (the schema's parse copies anyway)
  const identity = cp(norm.text.length) === norm.text.length;
  const at = <T extends { start: number; end: number }>(x: T): T => (identity ? x : { ...x, start: cp(x.start), end: cp(x.end) });
  const title = source.title ?? norm.title ?? seg.meta?.title ?? headingTitle(seg);
  const doc: Doc = {
    schemaVersion: 1,
    source: {
      path: source.path,
      sha256: createHash("sha256").update(norm.text).digest("hex"),
      chars: cpLength(norm.text),
      title,
      date: source.date,
      id: source.id ?? null,
      line: source.line ?? null,
      author: norm.author ?? seg.meta?.author ?? null,
    },
    actors: identity ? ex.actors : ex.actors.map((a) => ({ ...a, mentions: a.mentions.map(at) })),
    claims: identity ? ex.claims : ex.claims.map((c) => ({ ...at(c), figures: c.figures.map(at), dates: c.dates.map(at) })),
    figures: ex.figures.map(at),
    dates: ex.dates.map(at),
    quotes: ex.quotes.map(at),
    skipped: seg.skipped.map((s) => ({ text: seg.text.slice(s.start, s.end), start: cp(s.start), end: cp(s.end), reason: s.reason })),
    errors: norm.errors,
  };
  return ClaimsDocument.parse(doc);
}

/** The title is the first paragraph when it is a heading. */
function headingTitle(seg: Segmented): string | null {
  const first = seg.paragraphs[0];
  return first?.heading ? seg.text.slice(first.start, first.end) : null;
}
