/**
 * Blocs, inter-governmental bodies and central banks, from lexicon/blocs.ts.
 *   catches: "BRICS", "the EU", "the euro zone", "G8", "the Group of Eight", "the IMF",
 *            "the Fed", "Federal Reserve", "People's Bank of China" (affiliation China)
 *   must not: "fed up" (lower case), "Fed by" (the verb in a headline)
 */
import { BLOCS, CENTRAL_BANKS, CENTRAL_BANK_GUARDS } from "../../lexicon/blocs.js";
import type { ActorTag, Recognizer } from "../../pipeline/types.js";
import { Gazetteer } from "../../pipeline/gazetteer.js";
import { countryName } from "./countries.js";
import { actorTag, wordAfter } from "./tags.js";

interface Entry {
  kind: "bloc" | "organization";
  name: string;
  code: string | null;
  affiliation: string | null;
}

let built: Gazetteer<Entry> | null = null;
const lexicon = (): Gazetteer<Entry> => (built ??= build());

function build(): Gazetteer<Entry> {
  const g = new Gazetteer<Entry>(true);
  for (const b of BLOCS) {
    const v: Entry = { kind: "bloc", name: b.name, code: b.code, affiliation: null };
    for (const n of [b.name, ...b.aliases]) g.add(n, v);
  }
  for (const c of CENTRAL_BANKS) {
    const of = /^[A-Z]{3}$/.test(c.of) ? countryName(c.of) : c.of;
    const v: Entry = { kind: "organization", name: c.name, code: null, affiliation: of };
    for (const n of [c.name, ...c.aliases]) g.add(n, v);
  }
  return g;
}

export const blocsAndCentralBanks: Recognizer = {
  name: "actors/blocs",
  gazetteer: lexicon,
  find(ctx) {
    const text = ctx.text;
    const out: ActorTag[] = [];
    for (const h of ctx.hits(lexicon())) {
      const v = h.value;
      if (text.slice(h.start, h.end) === "Fed" && CENTRAL_BANK_GUARDS.has(wordAfter(text, h.end))) continue;
      out.push(actorTag(text, h.start, h.end, v.kind === "bloc" ? "bloc/name" : "organization/central-bank", {
        kind: v.kind, name: v.name, key: (v.code ?? v.name).toLowerCase(), code: v.code, affiliation: v.affiliation,
      }));
    }
    return out;
  },
};
