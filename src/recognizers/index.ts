/**
 * The recognisers, in the order they run. The order matters only where a recogniser
 * reads what an earlier one found (`ctx.found`):
 *   1. figures and dates first — they only need the text;
 *   2. actors next — names and places. Among them: the user's config first (it wins ties),
 *      assets before demonyms ("Australian and Canadian dollar"), the lexicons next (countries
 *      before sports teams, which skip national sides; teams before places, which they
 *      outrank on a tie), and the name shapes last (they skip words the lexicons took);
 *   3. quotes last — they look for their speakers among the actors.
 * Overlaps between the results are settled afterwards, in one step (pipeline/tag.ts).
 */
import type { Recognizer } from "../pipeline/types.js";
import { assets } from "./actors/assets.js";
import { blocsAndCentralBanks } from "./actors/blocs.js";
import { configActors } from "./actors/config.js";
import { countryNames } from "./actors/countries.js";
import { datelines } from "./actors/datelines.js";
import { demonymsAndMetonyms } from "./actors/demonyms.js";
import { properNames } from "./actors/names.js";
import { knownOrganizations } from "./actors/organizations.js";
import { places } from "./actors/places.js";
import { resultLines } from "./actors/results.js";
import { dates } from "./dates/index.js";
import { count, level, money, percent, quantity } from "./figures/index.js";
import { quotes } from "./quotes/index.js";

/** Figure recognisers: money and percent first, then quantities, counts and bare levels. */
export const FIGURE_RECOGNIZERS: readonly Recognizer[] = [money, percent, quantity, count, level];

/** Actor recognisers, in their order (see above). */
export const ACTOR_RECOGNIZERS: readonly Recognizer[] = [
  configActors, assets, blocsAndCentralBanks, knownOrganizations, countryNames, demonymsAndMetonyms, resultLines, places, datelines, properNames,
];

export const RECOGNIZERS: readonly Recognizer[] = [...FIGURE_RECOGNIZERS, dates, ...ACTOR_RECOGNIZERS, quotes];
