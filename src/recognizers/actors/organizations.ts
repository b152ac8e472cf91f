/**
 * Organisations known by name (lexicon/organizations.ts), and the identity key that lets
 * differently written names of one organisation meet in resolution.
 *   catches: "Reuters", "UBS", "Wells Fargo", "the US Treasury", "UKIP", "Oxfam"
 *   must not: "Total" at the start of a sentence ("Total output fell"), "Apple" in "apple juice" (case)
 */
import { KNOWN_ORGANIZATIONS } from "../../lexicon/organizations.js";
import type { ActorTag, Recognizer } from "../../pipeline/types.js";
import { Gazetteer } from "../../pipeline/gazetteer.js";
import { countryName } from "./countries.js";
import { actorTag, atSentenceStart } from "./tags.js";

interface Entry {
  name: string;
  affiliation: string | null;
}

/** Names that are also ordinary capitalised words at the start of a sentence. */
const WORDLIKE = new Set(["Total", "Apple", "Shell", "Guardian", "Economist", "Labour", "Democrats", "Republicans", "Congress", "Senate", "Vanguard", "Lloyds", "Treasury"]);

/**
 * One key for the ways a text writes one organisation: "US Commerce Department",
 * "Commerce Department", "Department of Commerce" → "commerce department".
 */
export function orgKey(name: string): string {
  let k = name.replace(/^the\s+/i, "").replace(/['’]s$/, "");
  k = k.replace(/^(?:US|U\.S\.|UK|U\.K\.|EU|E\.U\.|Russian|Chinese|British|American)\s+(?=\p{Lu})/u, "");
  const m = /^(Department|Ministry|Office|Bureau) of (?:the )?(.+)$/.exec(k);
  if (m) k = `${m[2]} ${m[1]}`;
  return k.toLowerCase().replace(/\./g, "").replace(/\s+/g, " ");
}

let built: Gazetteer<Entry> | null = null;
const lexicon = (): Gazetteer<Entry> => (built ??= build());

function build(): Gazetteer<Entry> {
  const g = new Gazetteer<Entry>(true);
  for (const o of KNOWN_ORGANIZATIONS) {
    const v = { name: o.name, affiliation: o.of ? countryName(o.of) : null };
    for (const n of [o.name, ...(o.aliases ?? [])]) g.add(n, v);
  }
  return g;
}

export const knownOrganizations: Recognizer = {
  name: "actors/organizations",
  gazetteer: lexicon,
  find(ctx) {
    const text = ctx.text;
    const out: ActorTag[] = [];
    for (const h of ctx.hits(lexicon())) {
      const surface = text.slice(h.start, h.end);
      if (WORDLIKE.has(surface) && atSentenceStart(text, h.start)) continue;
      out.push(actorTag(text, h.start, h.end, "organization/known", {
        kind: "organization", name: h.value.name, key: orgKey(h.value.name), code: null, affiliation: h.value.affiliation,
      }));
    }
    return out;
  },
};
