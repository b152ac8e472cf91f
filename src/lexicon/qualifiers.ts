/**
 * Words before (or after) a figure that bound it, mapped to the SPEC §3.3 qualifier. The
 * words stay outside the figure's text; they only decide `qualifier`.
 *   catches: "about $200bn", "more than $60bn", "up to 70%", "almost a cent", "50 or more"
 *   must not: "up 2.6%" ("up" alone is a move, not a bound), "to 4.4%"
 */
import type { Qualifier } from "../schema.js";

/** Before the figure, lower-case, longest phrases first when matched. */
export const QUALIFIERS_BEFORE: Readonly<Record<string, Qualifier>> = {
  about: "approximate", around: "approximate", approximately: "approximate", roughly: "approximate", some: "approximate",
  "an estimated": "approximate", estimated: "approximate", circa: "approximate", "c.": "approximate", approx: "approximate",
  "approx.": "approximate", "close to": "approximate", "in the region of": "approximate", "on the order of": "approximate",
  "of the order of": "approximate", "an approximate": "approximate", "a rough": "approximate", "give or take": "approximate",
"nearly": "under", "almost": "under", "under": "under",
  "less than": "under", "below": "under", "fewer than": "under", "just under": "under", "just below": "under",
  "lower than": "under", "short of": "under", "just short of": "under", "not quite": "under", "barely": "under",
  "~": "approximate", ">": "over", "<": "under", "≈": "approximate", "ca.": "approximate",
  over: "over", "more than": "over", above: "over", "in excess of": "over", "upwards of": "over", "greater than": "over",
  "higher than": "over", "just over": "over", "well over": "over", "well above": "over", "just above": "over",
  "north of": "over", "exceeding": "over", "beyond": "over", "well in excess of": "over", "some more than": "over",
  "at least": "at-least", "no less than": "at-least", "not less than": "at-least", "a minimum of": "at-least", "no fewer than": "at-least",
  "at a minimum": "at-least", "minimum of": "at-least",
  "up to": "at-most", "as much as": "at-most", "as many as": "at-most", "at most": "at-most", "no more than": "at-most",
  "not more than": "at-most", "a maximum of": "at-most", "as high as": "at-most", "as little as": "at-most", "maximum of": "at-most",
  "as few as": "at-most",
};

/** After the figure: "50 or more", "$5bn or so". */
export const QUALIFIERS_AFTER: Readonly<Record<string, Qualifier>> = {
  "or more": "at-least", "or so": "approximate", "or less": "at-most", "or fewer": "at-most", "and more": "at-least",
  "and above": "at-least", "or above": "at-least", "and up": "at-least", "plus": "at-least",
};

/** Longest phrase in words. */
export const MAX_QUALIFIER_WORDS = 4;
