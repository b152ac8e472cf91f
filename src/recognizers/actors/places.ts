/**
 * Places by name: the curated list of lexicon/places.ts and the cities and regions of
 * the derived list (names.ts), as written with a capital. A place opening a sentence
 * that is also a common word is left alone ("Reading the report…").
 *   catches: "England", "the West Bank", "Minneapolis", "LONDON" (a dateline in capitals)
 *   must not: "Nice" opening a sentence, "Chelsea Clinton" (a given name before a surname)
 */
import { GIVEN_NAMES, ORGANIZATION_NAMES, PLACES } from "../../lexicon/names.js";
import { SPEECH_VERBS, TITLE_WORDS } from "../../lexicon/titles.js";
import { KNOWN_ORGANIZATIONS } from "../../lexicon/organizations.js";
import { PLACE_NAMES } from "../../lexicon/places.js";
import type { ActorTag, Recognizer } from "../../pipeline/types.js";
import { Gazetteer } from "../../pipeline/gazetteer.js";
import { wordSense } from "./runs.js";
import { actorTag, atSentenceStart, wordAfter, wordBefore } from "./tags.js";

let built: Gazetteer<string> | null = null;
const lexicon = (): Gazetteer<string> => (built ??= build());

/** Nations whose teams are their national sides (like countries: the place stands). */
const NATIONS = new Set(["England", "Scotland", "Wales", "Northern Ireland", "Ulster"]);

/** Words around a place name that make it a sports team. */
const TEAM_AFTER = new Set(["beat", "beats", "drew", "draw", "defeated", "trounced", "thrashed", "edged", "routed", "captain", "coach", "manager", "striker", "batsman", "bowler", "pitcher", "goalkeeper", "midfielder", "defender", "forward", "winger", "skipper", "opener", "rallied", "clinched"]);
const TEAM_BEFORE = new Set(["against", "v", "vs", "vs.", "versus", "beat", "beating", "defeated", "defeating"]);
const KNOWN = new Set(KNOWN_ORGANIZATIONS.flatMap((o) => [o.name, ...(o.aliases ?? [])]));

const titleCase = (s: string) => s.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

function build(): Gazetteer<string> {
  const g = new Gazetteer<string>(true);
  for (const p of PLACE_NAMES) g.add(p, p);
  // the derived list has companies among its places ("yahoo"): a name that is also an organisation is left to the organisations
  for (const p of PLACES) if (p.length > 2 && !p.includes(".") && !ORGANIZATION_NAMES.has(p) && !KNOWN.has(titleCase(p))) g.add(titleCase(p), titleCase(p));
  return g;
}

export const places: Recognizer = {
  name: "actors/places",
  gazetteer: lexicon,
  find(ctx) {
    const text = ctx.text;
    const { isCommon } = wordSense(ctx.doc);
    const out: ActorTag[] = [];
    for (const h of ctx.hits(lexicon())) {
      const surface = text.slice(h.start, h.end);
      if (!surface.includes(" ") && isCommon(surface) && atSentenceStart(text, h.start)) continue;
      // "Chelsea Clinton", "Washington Post": a capitalised word after a one-word place makes it a name
      if (!surface.includes(" ") && /^\p{Lu}\p{Ll}/u.test(wordAfter(text, h.end)) && !PLACE_NAMES.includes(surface)) continue;
      // "Chief Asia Foreign-Exchange Strategist": a region inside a job title
      if (TITLE_WORDS.has(wordBefore(text, h.start)) && /^\p{Lu}/u.test(wordAfter(text, h.end))) continue;
      // "Alan Houston" is a person; "Orange said" a company or a person, not the town
      if (!surface.includes(" ") && GIVEN_NAMES.has(wordBefore(text, h.start).toLowerCase()) && /^\p{Lu}/u.test(wordBefore(text, h.start))) continue;
      if (!surface.includes(" ") && SPEECH_VERBS.has(wordAfter(text, h.end)) && !PLACE_NAMES.includes(surface)) continue;
      // a town or county that plays ("Surrey beat Kent", "against Essex", "Leicestershire captain") is its team
      if ((!surface.includes(" ") || surface === surface.toUpperCase()) && !NATIONS.has(titleCase(surface.toLowerCase()))) {
        if (TEAM_AFTER.has(wordAfter(text, h.end).toLowerCase()) || TEAM_BEFORE.has(wordBefore(text, h.start).toLowerCase())) {
          out.push(actorTag(text, h.start, h.end, "organization/team", { kind: "organization", name: h.value, key: h.value.toLowerCase(), code: null }));
          continue;
        }
      }
      out.push(actorTag(text, h.start, h.end, "place/name", { kind: "place", name: h.value, key: h.value.toLowerCase(), code: null }));
    }
    return out;
  },
};
