/**
 * The user's own actors and aliases from the YAML config (`actors:` in `.claims.yaml`).
 * They match as written, and win over the built-in lexicons by being tried first and
 * being at least as long.
 *   catches: whatever the config lists, e.g. "Acme Widgets" and its alias "Acme"
 *   must not: "acme" in lower case when the config writes "Acme"
 */
import type { ActorTag, ExtraActor, Recognizer } from "../../pipeline/types.js";
import { Gazetteer, tokenize } from "../gazetteer.js";
import { orgKey } from "./organizations.js";
import { actorTag } from "./tags.js";

const cache = new WeakMap<readonly ExtraActor[], Gazetteer<ExtraActor>>();

function build(actors: readonly ExtraActor[]): Gazetteer<ExtraActor> {
  const g = new Gazetteer<ExtraActor>(true);
  for (const a of actors) for (const n of [a.name, ...a.aliases]) g.add(n, a);
  return g;
}

export function keyOf(a: Pick<ExtraActor, "kind" | "name" | "code">): string {
  if (a.kind === "country" && a.code) return a.code;
  if (a.kind === "organization") return orgKey(a.name);
  return (a.code ?? a.name).toLowerCase();
}

export const configActors: Recognizer = {
  name: "actors/config",
  find(ctx) {
    const list = ctx.config.actors;
    if (!list.length) return [];
    let g = cache.get(list);
    if (!g) cache.set(list, (g = build(list)));
    const out: ActorTag[] = [];
    for (const h of g.find(tokenize(ctx.text), ctx.text)) {
      const a = h.value;
      out.push(actorTag(ctx.text, h.start, h.end, "config", {
        kind: a.kind, name: a.name, key: keyOf(a), code: a.code ?? null, affiliation: a.affiliation ?? null,
      }));
    }
    return out;
  },
};
