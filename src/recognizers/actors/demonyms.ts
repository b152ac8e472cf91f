/**
 * Countries named by their people or their seat of government.
 *   catches: "Chinese leaders", "American policies", "the Russian government", "the Kremlin said",
 *            "Beijing has", "Washington and Moscow", "Whitehall", "Downing Street"
 *   must not: "talks in Beijing" (the city: a place), "South Korean" read as "Korean" alone,
 *             "French fries"-style lower-case use ("french")
 */
import { DEMONYMS, METONYMS, PLACE_PREPOSITIONS, SEATS_OF_GOVERNMENT } from "../../lexicon/countries.js";
import type { ActorTag, Recognizer } from "../../pipeline/types.js";
import { Gazetteer } from "../../pipeline/gazetteer.js";
import { countryName } from "./countries.js";
import { actorTag, wordBefore } from "./tags.js";

interface Entry {
  code: string;
  metonym: boolean;
  surface: string;
}

let built: Gazetteer<Entry> | null = null;
const lexicon = (): Gazetteer<Entry> => (built ??= build());

function build(): Gazetteer<Entry> {
  const g = new Gazetteer<Entry>(true);
  for (const [code, list] of Object.entries(DEMONYMS)) for (const n of list) g.add(n, { code, metonym: false, surface: n });
  for (const [code, list] of Object.entries(METONYMS)) for (const n of list) g.add(n, { code, metonym: true, surface: n });
  return g;
}

export const demonymsAndMetonyms: Recognizer = {
  name: "actors/demonyms",
  gazetteer: lexicon,
  find(ctx) {
    const text = ctx.text;
    const out: ActorTag[] = [];
    for (const h of ctx.hits(lexicon())) {
      const e = h.value;
      const code = e.code;
      if (e.metonym) {
        // a capital after "in", "to", "from"… is the city; the buildings are always the state
        const city = !SEATS_OF_GOVERNMENT.has(e.surface) && PLACE_PREPOSITIONS.has(wordBefore(text, h.start).toLowerCase());
        if (city) {
          out.push(actorTag(text, h.start, h.end, "place/capital", { kind: "place", name: e.surface, key: e.surface.toLowerCase(), code: null }));
          continue;
        }
      }
      // the government building keeps "the"-less text; a demonym keeps its own word only
      out.push(actorTag(text, h.start, h.end, e.metonym ? "country/metonym" : "country/demonym", { kind: "country", name: countryName(code), key: code, code }));
    }
    return out;
  },
};
