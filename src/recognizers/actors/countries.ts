/**
 * Countries by name, from the ISO 3166 dataset of i18n-iso-countries.
 *   catches: "Russia", "United States", "U.S.", "UK"
 *   must not: "Chinese" (demonyms are a later rule), lower-case words
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import type { ActorTag, Recognizer } from "../../pipeline/types.js";
import { Gazetteer, tokenize } from "../gazetteer.js";

countries.registerLocale(en);

interface Country {
  code: string;
  name: string;
}

function build(): Gazetteer<Country> {
  const g = new Gazetteer<Country>(true);
  const names = countries.getNames("en", { select: "all" }) as Record<string, string[]>;
  for (const [alpha2, list] of Object.entries(names)) {
    const code = countries.alpha2ToAlpha3(alpha2)!;
    const name = list.find((n) => !n.includes(",") && !/ of /.test(n) && n.length > 3) ?? list[list.length - 1];
    for (const n of list) if (!n.includes(",")) g.add(n, { code, name: code === "USA" ? "United States" : name });
  }
  return g;
}

let gazetteer: Gazetteer<Country> | null = null;

export const countryNames: Recognizer = {
  name: "countries",
  find(ctx) {
    gazetteer ??= build();
    const out: ActorTag[] = [];
    for (const h of gazetteer.find(tokenize(ctx.text), ctx.text)) {
      out.push({
        type: "actor", rule: "country/name", start: h.start, end: h.end, text: ctx.text.slice(h.start, h.end),
        kind: "country", name: h.value.name, key: h.value.code, code: h.value.code,
      });
    }
    return out;
  },
};
