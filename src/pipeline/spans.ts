/** Shared span helpers: overlaps, the one overlap-settling step, code-point offsets. */
import type { Range } from "./types.js";

/**
 * How many leading items of a sorted list satisfy `before` (which must hold for a prefix
 * of the list and fail for the rest): the index of the first item that does not.
 */
export function countBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Range, inner: Range): boolean => outer.start <= inner.start && inner.end <= outer.end;
/**
 * Settle overlaps: the longest span wins, the earlier one breaks ties (chrono's
 * OverlapRemovalRefiner, spaCy's filter_spans). Returns the kept spans in text order.
 */
export function resolveOverlaps<T extends Range>(spans: readonly T[]): T[] {
  const ranked = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = []; // sorted by start, non-overlapping
  for (const s of ranked) {
    const lo = countBefore(kept, (k) => k.start < s.start);
    if (lo > 0 && overlaps(kept[lo - 1], s)) continue;
    if (lo < kept.length && overlaps(kept[lo], s)) continue;
    kept.splice(lo, 0, s);
  }
  return kept;
}

/** Drop the spans that touch any of the blocked ranges (sorted, non-overlapping). */
export function outside<T extends Range>(spans: readonly T[], blocked: readonly Range[]): T[] {
  if (!blocked.length) return [...spans];
  return spans.filter((s) => {
    // the first blocked range that ends after the span starts is the only candidate
    const lo = countBefore(blocked, (b) => b.end <= s.start);
    return lo === blocked.length || !overlaps(blocked[lo], s);
  });
}

/** The items (sorted by start) that lie inside `r`, found by binary search. */
export function within<T extends Range>(items: readonly T[], r: Range): T[] {
  const lo = countBefore(items, (x) => x.start < r.start);
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i].start < r.end; i++) if (items[i].end <= r.end) out.push(items[i]);
  return out;
}

/** Index of the range in a sorted, non-overlapping list that contains `pos`, or -1. */
export function findContaining(ranges: readonly Range[], pos: number): number {
  const i = countBefore(ranges, (r) => r.end <= pos);
  return i < ranges.length && ranges[i].start <= pos ? i : -1;
}

/**
 * UTF-16 index → code-point index. Identity when the text has no astral characters,
 * else a prefix table computed once per document.
 */
export function codePointMapper(text: string): (u16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) map[++i] = cp;
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

/** Number of code points in a string. */
export function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
