/**
 * Countries named by their people or their seat of government: the curated metonyms of
 * lexicon/countries.ts and every country's capital (lexicon/iso-countries.ts, from
 * countries-list). A capital is the government where it acts or is acted on, the city where a
 * place preposition stands before it; "Brussels" is the EU.
 *   catches: "Chinese leaders", "American policies", "the Russian government", "the Kremlin said",
 *            "Beijing has", "Washington and Moscow", "policy towards Damascus", "London and Brussels agree"
 *   must not: "talks in Beijing" (the city: a place), "South Korean" read as "Korean" alone,
 *             "French fries"-style lower-case use ("french"), "Paris Agreement", "London-based"
 */
import { BLOCS } from "../../lexicon/blocs.js";
import { BLOC_SEATS, DEMONYMS, METONYMS, PLACE_PREPOSITIONS, SEATS_OF_GOVERNMENT } from "../../lexicon/countries.js";
import { ISO_CAPITALS, ISO_COUNTRIES } from "../../lexicon/iso-countries.js";
import { COMMON_WORDS, GIVEN_NAMES } from "../../lexicon/names.js";
import type { ActorTag, Recognizer } from "../../pipeline/types.js";
import { Gazetteer } from "../../pipeline/gazetteer.js";
import { countryName } from "./countries.js";
import { actorTag, wordBefore } from "./tags.js";

interface Entry {
  code: string;
  metonym: boolean;
  surface: string;
  /** a capital from the data set (not a curated metonym): it yields to a longer name it opens */
  capital?: boolean;
  /** the bloc a city stands for */
  bloc?: { name: string; code: string };
}

const isAllCaps = (s: string) => s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();

/** A capital is read as one only when no word of it is also a common word or a given name ("Victoria", "Male", "The Valley"), nor a country's own name ("Singapore"). */
function usableCapital(name: string, countryNames: ReadonlySet<string>): boolean {
  if (countryNames.has(name) || name.includes(",")) return false;
  return name.split(/[\s-]+/).every((w) => !COMMON_WORDS.has(w.toLowerCase()) && !GIVEN_NAMES.has(w.toLowerCase()));
}

let built: Gazetteer<Entry> | null = null;
const lexicon = (): Gazetteer<Entry> => (built ??= build());

function build(): Gazetteer<Entry> {
  const g = new Gazetteer<Entry>(true);
  for (const [code, list] of Object.entries(DEMONYMS)) for (const n of list) g.add(n, { code, metonym: false, surface: n });
  for (const [code, list] of Object.entries(METONYMS)) for (const n of list) g.add(n, { code, metonym: true, surface: n });
  for (const [city, code] of Object.entries(BLOC_SEATS)) {
    const b = BLOCS.find((x) => x.code === code);
    if (b) g.add(city, { code, metonym: true, surface: city, capital: true, bloc: { name: b.name, code } });
  }
  const countryNames = new Set(Object.values(ISO_COUNTRIES).flat());
  // Gazetteer.add keeps the first value of a phrase: curated metonyms and bloc seats win
  for (const [code, city] of Object.entries(ISO_CAPITALS)) if (usableCapital(city, countryNames)) g.add(city, { code, metonym: true, surface: city, capital: true });
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
      // "Paris Agreement", "London Stock Exchange", "London-based": a capital opening a longer name or a compound is not the state
      // "VIENNA, March 3 (Reuters)": a capital in capitals is a dateline's city (the datelines recogniser's)
      if (e.capital && (/^\s\p{Lu}/u.test(text.slice(h.end, h.end + 2)) || text[h.end] === "-" || isAllCaps(text.slice(h.start, h.end)))) continue;
      if (e.metonym) {
        // a capital after "in", "to", "from"… is the city; the buildings are always the state
        const city = !SEATS_OF_GOVERNMENT.has(e.surface) && PLACE_PREPOSITIONS.has(wordBefore(text, h.start).toLowerCase());
        if (city) {
          out.push(actorTag(text, h.start, h.end, "place/capital", { kind: "place", name: e.surface, key: e.surface.toLowerCase(), code: null }));
          continue;
        }
      }
      if (e.bloc) {
        out.push(actorTag(text, h.start, h.end, "bloc/seat", { kind: "bloc", name: e.bloc.name, key: e.bloc.code.toLowerCase(), code: e.bloc.code }));
        continue;
      }
      // the government building keeps "the"-less text; a demonym keeps its own word only
      out.push(actorTag(text, h.start, h.end, e.metonym ? "country/metonym" : "country/demonym", { kind: "country", name: countryName(code), key: code, code }));
    }
    return out;
  },
};
