/**
 * Named markers of news-page boilerplate, as data: one signal among the others the page
 * classifier weighs (src/page/classify.ts). A line rule skips the block it opens; a footer
 * marker says that lists of other headlines begin. `kind` is the reason the skipped span
 * reports. Each rule opens with what it catches; what it must not catch is in the tests.
 */
import type { SkipReason } from "../schema.js";

export interface BoilerplateRule {
  match: RegExp;
  reason: string;
  kind: SkipReason;
}

/** Lines that are never article text. Anchored at the start of the line. */
export const BOILERPLATE_LINES: readonly BoilerplateRule[] = [
  { match: /^(?:also read|read also|read more|read next|see also|related|related articles?|more on this|recommended|watch|listen)\s*[:|>-]/i, reason: "link to another article", kind: "navigation" },
  { match: /^(?:read more|read the full story|click here|tap here|see more)\b/i, reason: "link prompt", kind: "navigation" },
  { match: /^share (?:this|link|on|via)\b|^share\s*(?::\s*)?$/i, reason: "share buttons", kind: "navigation" },
  { match: /^(?:subscribe|sign up|signup|register now|join our|get our|download our|follow us|like us)\b/i, reason: "call to subscribe", kind: "boilerplate" },
  { match: /\b(?:newsletter|in your inbox|to your inbox|daily updates)\b.{0,80}$/i, reason: "newsletter blurb", kind: "boilerplate" },
  { match: /^(?:loading|advertisement|advert|sponsored|ad)\b\.{0,3}\s*\S{0,60}\s*(?:\.\.\.|…)?\s*$/i, reason: "page widget", kind: "boilerplate" },
  { match: /^loading\b.{0,80}(?:\.\.\.|…)\s*$/i, reason: "page widget", kind: "boilerplate" },
  // "Story continues below advertisement", "Advertisement · Scroll to continue", "Continue reading the main story"
  { match: /^(?:[\p{L}'’]+\s){0,4}(?:advertisement|sponsored content|paid content|scroll to continue|continue reading|story continues)\b[^.!?]{0,40}$/iu, reason: "page widget", kind: "boilerplate" },
  { match: /\b(?:we use cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies)\b/i, reason: "cookie notice", kind: "boilerplate" },
  { match: /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i, reason: "copyright line", kind: "boilerplate" },
  { match: /^(?:image|photo|picture|video)(?:\s+(?:source|credit|caption))?\s*[:,]/i, reason: "media caption", kind: "metadata" },
  // a picture agency's credit: "Getty Images", "AFP via Getty Images", "Jane Doe/Reuters", "(AP Photo/Jane Doe)"
  { match: /^\(?(?:[\p{L}.'’ -]{0,40}(?:\/|\bvia\s))?(?:getty images|shutterstock|alamy|ap photo|afp|epa(?:-efe)?|reuters|bloomberg|anadolu|xinhua)(?:\/[\p{L}.'’ -]{1,40})?\)?$/iu, reason: "media caption", kind: "metadata" },
  { match: /^(?:tags?|topics?|filed under|categories)\s*:/i, reason: "tag list", kind: "metadata" },
];

/** Lines after which the rest of the page is lists of other stories. Whole-line match. */
export const FOOTER_MARKERS: readonly BoilerplateRule[] = [
  { match: /^(?:related (?:news|stories|articles|content|coverage)|more (?:news|stories|from [\w .'-]{1,40}|on this story)|most (?:read|popular|viewed|shared)|trending(?: now| news| stories)?|popular (?:now|stories)|top stories|latest (?:news|stories)|you (?:may|might) also like|recommended(?: for you| stories)?|editor'?s picks|what to read next|read next|around the web)\s*:?\s*$/i, reason: "footer marker", kind: "navigation" },
];
