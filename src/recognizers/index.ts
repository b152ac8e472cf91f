/**
 * The recognisers, in the order they run. The order matters only where a recogniser
 * reads what an earlier one found (`ctx.found`):
 *   1. figures and dates first — they only need the text;
 *   2. actors next — names and places;
 *   3. quotes last — they look for their speakers among the actors.
 * Overlaps between the results are settled afterwards, in one step (pipeline/tag.ts).
 */
import type { Recognizer } from "../pipeline/types.js";
import { countryNames } from "./actors/countries.js";
import { years } from "./dates/years.js";
import { count, level, money, percent, quantity } from "./figures/index.js";
import { directQuotes } from "./quotes/direct.js";

export const RECOGNIZERS: readonly Recognizer[] = [money, percent, quantity, count, level, years, countryNames, directQuotes];
