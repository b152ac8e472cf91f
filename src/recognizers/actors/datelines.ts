/**
 * The place of a wire dateline: the words in capitals that open a paragraph before the
 * date or the agency ("LONDON 1996-08-30", "MOSCOW, May 20 (Reuters) -", "SEOUL (AP) -").
 *   catches: "LONDON" in "LONDON 1996-08-30", "RIO DE JANEIRO" in "RIO DE JANEIRO, Aug 30 (Reuters) -"
 *   must not: "NEW YORK" in a headline "NEW YORK WINS" (no date or agency after it)
 */
import type { ActorTag, Recognizer } from "../../pipeline/types.js";
import { actorTag } from "./tags.js";

const DATELINE = /(?:^|\n)([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?=,? (?:\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2,8}\.? \d{1,2}|\((?:Reuters|AP|AFP|Xinhua|Bloomberg)\)))/g;

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

export const datelines: Recognizer = {
  name: "actors/datelines",
  find(ctx) {
    const out: ActorTag[] = [];
    for (const m of ctx.text.matchAll(DATELINE)) {
      const start = (m.index ?? 0) + m[0].length - m[1].length;
      const name = titleCase(m[1]);
      out.push(actorTag(ctx.text, start, start + m[1].length, "place/dateline", { kind: "place", name, key: name.toLowerCase(), code: null }));
    }
    return out;
  },
};
