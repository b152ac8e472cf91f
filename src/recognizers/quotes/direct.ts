/**
 * Direct quotes in double quotation marks, with a speaker named right after
 * ("…," said Ian Gunner) or right before ("Ian Gunner said: …").
 *   catches: “The comments from Korea came…,” said Ian Gunner
 *   must not: a quotation mark with no closing one within the paragraph
 */
import type { QuoteTag, Recognizer } from "../../pipeline/types.js";

const QUOTE = /["“]([^"“”\n]{1,3000})["”]/g;
const AFTER = /^\s*,?\s*(?:said|says|added|told [A-Z]\w+|remarked|stated|noted)\s+((?:[A-Z][\w'’-]+\s?){1,4})/;
const BEFORE = /((?:[A-Z][\w'’-]+\s?){1,4})\s*(?:said|says|added|remarked|stated|noted)\s*:?\s*$/;

export const directQuotes: Recognizer = {
  name: "quotes",
  find(ctx) {
    const out: QuoteTag[] = [];
    for (const m of ctx.text.matchAll(QUOTE)) {
      const start = (m.index ?? 0) + 1;
      const end = start + m[1].length;
      const after = AFTER.exec(ctx.text.slice(end + 1, end + 120));
      const before = BEFORE.exec(ctx.text.slice(Math.max(0, start - 121), start - 1));
      let speakerSpan = null;
      if (after) {
        const s = end + 1 + after[0].length - after[1].length;
        speakerSpan = { start: s, end: s + after[1].trimEnd().length, text: after[1].trimEnd(), rule: "speaker/after" };
      } else if (before) {
        const s = Math.max(0, start - 121) + before.index;
        speakerSpan = { start: s, end: s + before[1].trimEnd().length, text: before[1].trimEnd(), rule: "speaker/before" };
      }
      out.push({ type: "quote", rule: "quote/direct", start, end, text: m[1], direct: true, speakerSpan, verb: null });
    }
    return out;
  },
};
