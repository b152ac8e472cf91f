/** Tags → the mention objects of the output (SPEC §3.3, §3.4), offsets still UTF-16. */
import type { DateMention, Figure } from "../schema.js";
import type { DateTag, FigureTag } from "./types.js";

export function toFigure(t: FigureTag): Figure {
  return {
    text: t.text,
    start: t.start,
    end: t.end,
    kind: t.kind,
    value: t.value,
    ...(t.max !== undefined ? { max: t.max } : {}),
    unit: t.unit,
    ...(t.per !== undefined ? { per: t.per } : {}),
    qualifier: t.qualifier,
    measures: t.measures,
  };
}

export function toDate(t: DateTag): DateMention {
  return { text: t.text, start: t.start, end: t.end, kind: t.kind, value: t.value, mod: t.mod };
}
