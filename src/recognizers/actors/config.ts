/**
 * The user's own actors and aliases from the YAML config (`actors:` in `.claims.yaml`).
 * They match as written, and win over the built-in lexicons by being tried first and
 * being at least as long.
 *   catches: whatever the config lists, e.g. "Acme Widgets" and its alias "Acme"
 *   must not: "acme" in lower case when the config writes "Acme"
 */
import type { ActorTag, ExtraActor, Recognizer } from "../../pipeline/types.js";
import { Gazetteer } from "../../pipeline/gazetteer.js";
import type { Config } from "../../pipeline/types.js";
import { orgKey } from "./organizations.js";
import { actorTag } from "./tags.js";

/** The config's actors as a phrase list, made once per config (the tag stage merges it into its one tree). */
const lists = new WeakMap<Config, Gazetteer<ExtraActor>>();

function lexicon(config: Config): Gazetteer<ExtraActor> | null {
  if (!config.actors.length) return null;
  let g = lists.get(config);
  if (!g) {
    g = new Gazetteer<ExtraActor>(true);
    for (const a of config.actors) for (const n of [a.name, ...a.aliases]) g.add(n, a);
    lists.set(config, g);
  }
  return g;
}

export function keyOf(a: Pick<ExtraActor, "kind" | "name" | "code">): string {
  if (a.kind === "country" && a.code) return a.code;
  if (a.kind === "organization") return orgKey(a.name);
  return (a.code ?? a.name).toLowerCase();
}

export const configActors: Recognizer = {
  name: "actors/config",
  gazetteer: lexicon,
  find(ctx) {
    const g = lexicon(ctx.config);
    if (!g) return [];
    const out: ActorTag[] = [];
    for (const h of ctx.hits(g)) {
      const a = h.value;
      out.push(actorTag(ctx.text, h.start, h.end, "config", {
        kind: a.kind, name: a.name, key: keyOf(a), code: a.code ?? null, affiliation: a.affiliation ?? null,
      }));
    }
    return out;
  },
};
