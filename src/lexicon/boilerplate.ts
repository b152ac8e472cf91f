/**
 * Boilerplate of news pages, as data. A `line` rule skips the one line (paragraph) it
 * opens; a `footer` rule marks where the article ends and lists of other headlines begin.
 * Each rule opens with what it catches; what it must not catch is in the tests.
 */

export interface BoilerplateRule {
  match: RegExp;
  reason: string;
}

/** Lines that are never article text. Anchored at the start of the line. */
export const BOILERPLATE_LINES: readonly BoilerplateRule[] = [
  { match: /^(?:also read|read also|read more|read next|see also|related|related articles?|more on this|recommended|watch|listen)\s*[:|>-]/i, reason: "link to another article" },
  { match: /^(?:read more|read the full story|click here|tap here|see more)\b/i, reason: "link prompt" },
  { match: /^share (?:this|link|on|via)\b|^share\s*(?::\s*)?$/i, reason: "share buttons" },
  { match: /^(?:subscribe|sign up|signup|register now|join our|get our|download our|follow us|like us)\b/i, reason: "call to subscribe" },
  { match: /\b(?:newsletter|in your inbox|to your inbox|daily updates)\b.{0,80}$/i, reason: "newsletter blurb" },
  { match: /^(?:loading|advertisement|advert|sponsored|ad)\b\.{0,3}\s*\S{0,60}\s*(?:\.\.\.|…)?\s*$/i, reason: "page widget" },
  { match: /^loading\b.{0,80}(?:\.\.\.|…)\s*$/i, reason: "page widget" },
  { match: /\b(?:we use cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies)\b/i, reason: "cookie notice" },
  { match: /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i, reason: "copyright line" },
  { match: /^(?:image|photo|picture|video)(?:\s+(?:source|credit|caption))?\s*[:,]/i, reason: "media caption" },
  { match: /^(?:tags?|topics?|filed under|categories)\s*:/i, reason: "tag list" },
];

/** Lines after which the rest of the page is lists of other stories. Whole-line match. */
export const FOOTER_MARKERS: readonly BoilerplateRule[] = [
  { match: /^(?:related (?:news|stories|articles|content|coverage)|more (?:news|stories|from [\w .'-]{1,40}|on this story)|most (?:read|popular|viewed|shared)|trending(?: now| news| stories)?|popular (?:now|stories)|top stories|latest (?:news|stories)|you (?:may|might) also like|recommended(?: for you| stories)?|editor'?s picks|what to read next|read next|around the web)\s*:?\s*$/i, reason: "footer marker" },
];
