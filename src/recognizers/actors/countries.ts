/**
 * Countries by name: the ISO 3166 list (lexicon/iso-countries.ts, generated from i18n-iso-countries), plus the aliases and
 * historic names of lexicon/countries.ts. The output name is the common short name.
 *   catches: "Russia", "the United States", "U.S.", "UK", "Britain", "Burma", "the Soviet Union"
 *   must not: "Georgia" in "Atlanta, Georgia", "Michael Jordan", "Chad Smith", "China" in "China-Russia Expo"
 */
import {
  AMBIGUOUS_COUNTRY_NAMES,
  COUNTRY_ALIASES,
  COUNTRY_SHORT_NAMES,
  HISTORIC_COUNTRIES,
  NOT_A_COUNTRY_AFTER,
} from "../../lexicon/countries.js";
import { ISO_COUNTRIES } from "../../lexicon/iso-countries.js";
import { GIVEN_NAMES } from "../../lexicon/names.js";
import type { ActorTag, Recognizer } from "../../pipeline/types.js";
import { Gazetteer } from "../../pipeline/gazetteer.js";
import { actorTag, wordAfter, wordBefore } from "./tags.js";

export interface Country {
  code: string;
  name: string;
}

/** alpha-3 → the name the output uses. */
export function countryName(code: string): string {
  if (COUNTRY_SHORT_NAMES[code]) return COUNTRY_SHORT_NAMES[code];
  if (HISTORIC_COUNTRIES[code]) return HISTORIC_COUNTRIES[code];
  const names = ISO_COUNTRIES[code] ?? [];
  return names.find((n) => !n.includes(",") && !/ of /.test(n)) ?? names[0] ?? code;
}

let built: Gazetteer<Country> | null = null;

/** Every name and alias of every country, case as written (and in capitals). */
export function countryGazetteer(): Gazetteer<Country> {
  if (built) return built;
  const g = new Gazetteer<Country>(true);
  for (const [code, list] of Object.entries(COUNTRY_ALIASES)) for (const n of list) g.add(n.replace(/^the /, ""), { code, name: countryName(code) });
  for (const [code, list] of Object.entries(ISO_COUNTRIES)) {
    const value = { code, name: countryName(code) };
    for (const n of list) if (!n.includes(",")) g.add(n, value);
    g.add(value.name, value);
  }
  built = g;
  return g;
}

/** An ambiguous name is a country unless a first name, a surname shape or a place word gives it away. */
function ambiguousOk(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  if (GIVEN_NAMES.has(before.toLowerCase()) && /^\p{Lu}/u.test(before)) return false;
  if (/^\p{Lu}/u.test(after) && !/^(?:and|or)$/.test(after)) return false;
  if (NOT_A_COUNTRY_AFTER.has(after)) return false;
  // "Atlanta, Georgia" is the state; "Russia, Georgia and Ukraine" a list of countries
  const town = /(\p{Lu}\p{Ll}+), $/u.exec(text.slice(Math.max(0, start - 30), start));
  if (town && !countryGazetteer().has(town[1])) return false;
  return true;
}

/** "China-Russia Expo": country names joined by hyphens into a capitalised event name. */
function insideCompoundName(text: string, start: number, end: number): boolean {
  const m = /^(?:-\p{Lu}[\p{L}]*)*\s+\p{Lu}\p{Ll}+/u.exec(text.slice(end, end + 60));
  const joined = text[end] === "-" || text[start - 1] === "-";
  return joined && m !== null && !/^-?\s*(?:and|or)\b/.test(text.slice(end, end + 5));
}

export const countryNames: Recognizer = {
  name: "actors/countries",
  gazetteer: countryGazetteer,
  find(ctx) {
    const out: ActorTag[] = [];
    const text = ctx.text;
    for (const h of ctx.hits(countryGazetteer())) {
      const surface = text.slice(h.start, h.end);
      if (AMBIGUOUS_COUNTRY_NAMES.has(surface) && !ambiguousOk(text, h.start, h.end)) continue;
      if (insideCompoundName(text, h.start, h.end)) continue;
      out.push(actorTag(text, h.start, h.end, "country/name", { kind: "country", name: h.value.name, key: h.value.code, code: h.value.code }));
    }
    return out;
  },
};
