/**
 * Teams in sports results and standings lines: a name then a score, in a line with more
 * numbers than words ("Pohang 3 Ulsan 2", "NEW YORK 4 Chicago 2", "Puchon 3 1 0 6 1 10").
 * National sides stay countries (the country recogniser took them first).
 *   catches: "Pohang" and "Ulsan" in "Pohang 3 Ulsan 2 (halftime 1-0)"
 *   must not: "Testud" in "Sandrine Testud (France) beat Ines Gorrochategui" (no score after the name),
 *             a line of prose with a figure in it ("Gazprom 3 percent higher")
 */
import type { ActorTag, Recognizer } from "../../pipeline/types.js";
import { actorTag } from "./tags.js";

const NAME = String.raw`\p{Lu}[\p{L}.'&-]*(?: \p{Lu}[\p{L}.'&-]*){0,3}`;
const LINE = new RegExp(String.raw`^(${NAME}) (\d{1,3})(?: (${NAME}) (\d{1,3}))?(?=$|[ ,(])`, "u");

export const resultLines: Recognizer = {
  name: "actors/results",
  find(ctx) {
    const text = ctx.text;
    const out: ActorTag[] = [];
    const countries = ctx.found.actors.filter((t) => t.kind === "country");
    for (const s of ctx.sentences) {
      if (s.end - s.start > 160) continue;
      const line = text.slice(s.start, s.end);
      const m = LINE.exec(line);
      if (!m) continue;
      const lowers = line.match(/\b\p{Ll}{2,}/gu)?.length ?? 0;
      const numbers = line.match(/\b\d+\b/g)?.length ?? 0;
      if (numbers < 2 || lowers > numbers) continue;
      for (const [g, off] of [[m[1], 0], [m[3], m[0].indexOf(` ${m[3]} `, m[1].length + 1) + 1]] as const) {
        if (!g) continue;
        const start = s.start + off;
        const end = start + g.length;
        if (countries.some((c) => c.start < end && start < c.end)) continue;
        out.push(actorTag(text, start, end, "organization/team", { kind: "organization", name: g, key: g.toLowerCase(), code: null }));
      }
    }
    return out;
  },
};
