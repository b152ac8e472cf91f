/**
 * The rules that name one run segment of capitalised words: a person, an organisation, a
 * place, or nothing. Tried in order, the first that fits wins: cues (titles, honorifics),
 * shapes (suffixes, prefixes), lexicons, context (descriptors, speech, position), defaults.
 *   catches: "President Vladimir Putin" (person, title President), "Mellon Financial" (organisation),
 *            "Tiananmen Square" (place), "in Tavildara" (place), "Lebed told" (person)
 *   must not: "Kurdish" before "rebels" (an adjective), "Governor" alone, "Dow Jones" (an index)
 */
import { GIVEN_NAMES, ORGANIZATION_NAMES, PLACES, SURNAMES } from "../../lexicon/names.js";
import { ADJECTIVE_ENDING, EVENT_WORDS, GROUP_WORDS, NOT_NAMES, PERIOD_WORDS_AFTER } from "../../lexicon/names-extra.js";
import { lexicalPos } from "../../pipeline/pos.js";
import { NOT_ORGANIZATIONS, ORG_DESCRIPTORS, ORG_DESCRIPTORS_AFTER, ORG_HEADS, ORG_PREFIXES, ORG_SUFFIXES, ORG_WORD_ENDING } from "../../lexicon/organizations.js";
import { PLACE_PREFIXES, PLACE_SUFFIXES } from "../../lexicon/places.js";
import { HONORIFICS, PERSON_TITLES, ROLE_NOUNS, TITLE_WORDS } from "../../lexicon/titles.js";
import type { TagContext } from "../../pipeline/types.js";
import { personContext } from "./context.js";
import { isCap, type Segment, type Word, type WordSense } from "./runs.js";
import { TagIndex } from "./tags.js";

export type Kind = "person" | "organization" | "place";

export interface Candidate {
  words: Word[];
  kind: Kind;
  rule: string;
  title: string | null;
  /** a single word that still needs a full name to join (a surname) */
  single: boolean;
  /** kept only when it is a surname of a person named elsewhere */
  weak?: boolean;
  /** the organisation a person's title names before it ("European Council" of "European Council President Antonio Costa") */
  org?: Word[];
}

const lower = (w: Word) => w.text.toLowerCase();
const joined = (ws: readonly Word[]) => ws.map((w) => w.text).join(" ");

/** "Tiananmen Square", "Tunbridge Wells", "Fort Wayne". */
function isPlaceShape(ws: readonly Word[]): boolean {
  return ws.length >= 2 && (PLACE_SUFFIXES.has(ws[ws.length - 1].text) || PLACE_PREFIXES.has(ws[0].text));
}

/** Words before a one-word name that make it a place ("in Arbil", "near Grozny"). */
const PLACE_BEFORE = new Set(["in", "near", "outside", "Near", "In"]);

/** What naming one run segment reads: the recogniser context, the document's word sense, and the earlier recognisers' tags. */
export interface NameScope {
  ctx: TagContext;
  sense: WordSense;
  found: TagIndex;
}

export function nameScope(ctx: TagContext, sense: WordSense): NameScope {
  return { ctx, sense, found: new TagIndex(ctx.found.actors) };
}

/** ", Ohio" or ", Iraq" right after the name: a town of a region or a country. */
function placeFollows(scope: NameScope, end: number): boolean {
  if (!/^, \p{Lu}/u.test(scope.ctx.text.slice(end, end + 3))) return false;
  return scope.found.within(end + 2, end + 3).some((t) => t.kind === "place" || t.kind === "country");
}

/** "Ministry of Finance", "Bank of Korea", "Mellon Financial", "Gazprom Neft PJSC", "Air France", "Rabobank". */
export function isOrgShape(ws: readonly Word[]): boolean {
  if (ws.length === 1) return ws[0].text.length > 5 && ORG_WORD_ENDING.test(ws[0].text) && /^\p{Lu}\p{Ll}/u.test(ws[0].text);
  if (ws.length < 2) return false;
  if (ORG_PREFIXES.has(ws[0].text) || ORG_PREFIXES.has(`${ws[0].text} ${ws[1].text}`)) return true;
  if (ORG_SUFFIXES.has(ws[ws.length - 1].text)) return true;
  return ORG_HEADS.has(ws[0].text) && ws.some((w) => w.text === "of" || w.text === "for");
}

/** "Under-Secretary", "Vice-President": every part a title word. */
const isTitleWord = (w: string) => TITLE_WORDS.has(w) || PERSON_TITLES.has(w) || (w.includes("-") && w.split("-").every((p) => p !== "" && (TITLE_WORDS.has(p) || TITLE_WORDS.has(p[0].toUpperCase() + p.slice(1)))));

const ACRONYM_SHAPE = /^[A-Z][A-Z0-9&]{1,5}$/;
/** "VEB", "CNPC", "UBS" — but not an ordinary word in capitals ("MANY"). */
export const isAcronym = (w: string, sense: WordSense): boolean => ACRONYM_SHAPE.test(w) && (w.length <= 3 || !sense.isCommon(w));

export function classify(scope: NameScope, seg: Segment, lead: { cue: boolean; title: string | null }): Candidate | null {
  const { ctx, sense } = scope;
  const { isCommon, isNameWord } = sense;
  const isAcronymHere = (w: string) => isAcronym(w, sense);
  const text = ctx.text;
  const { before, after } = seg;
  let ws = seg.words;
  let title = lead.title;
  let cue = lead.cue;
  let orgOfTitle: Word[] | undefined;
  // honorifics and capitalised titles in front: "Mr", "President", "Palestinian President", "Finance Minister"
  let last = -1;
  for (let i = 0; i < ws.length - 1 && i < 8; i++) if (HONORIFICS.has(ws[i].text) || isTitleWord(ws[i].text)) last = i;
  if (last >= 0) {
    const rest = ws.slice(last + 1);
    // one word after a title is a person only after a title that names a person ("President Clinton", not "Major League")
    const strong = HONORIFICS.has(ws[last].text) || PERSON_TITLES.has(ws[last].text) || rest.length > 1;
    const lastWord = rest[rest.length - 1];
    // the words after the title end like a name ("Gordon Brown", "Xi Jinping"), not like a title ("Asia Foreign-Exchange")
    // after an honorific any capitalised word is a surname, common or not ("Mr Brown", "Mrs Rich")
    const honorific = HONORIFICS.has(ws[last].text) && rest.every((w) => /^\p{Lu}/u.test(w.text));
    const endsLikeName = honorific || isNameWord(lastWord.text) || SURNAMES.has(lower(lastWord)) || (rest.length >= 2 && GIVEN_NAMES.has(lower(rest[0])));
    const nameLike = honorific || (endsLikeName && rest.some((w) => isNameWord(w.text) || GIVEN_NAMES.has(lower(w))));
    if (strong && nameLike && rest.length <= 4 && !isOrgShape(rest) && !isPlaceShape(rest)) {
      const t = ws.slice(0, last + 1).filter((w) => !HONORIFICS.has(w.text));
      if (t.length) title = joined(t);
      // the words before the title that end with an organisation's head are that organisation
      const firstTitle = ws.findIndex((w) => HONORIFICS.has(w.text) || isTitleWord(w.text));
      const before = ws.slice(0, firstTitle);
      if (before.length >= 2 && !before.some((w) => w.covered) && (ORG_HEADS.has(before[before.length - 1].text) || ORG_SUFFIXES.has(before[before.length - 1].text))) orgOfTitle = before;
      cue = true;
      ws = rest;
    }
  }
  // "Hillary Clinton Was Headed": capitalised common words after a full name are not part of it
  while (ws.length > 2 && isCommon(ws[ws.length - 1].text) && !SURNAMES.has(lower(ws[ws.length - 1])) && GIVEN_NAMES.has(lower(ws[0]))) ws = ws.slice(0, -1);
  if (!ws.length) return null;
  const name = joined(ws);
  const n = ws.length;
  const allCommon = ws.every((w) => isCommon(w.text) && !GIVEN_NAMES.has(lower(w)));
  const end = ws[n - 1].end;
  // what the words around say of a person: read only when a rule below asks
  let cueRead: ReturnType<typeof personContext> | null = null;
  const context = () => (cueRead ??= personContext(text, ws[0].start, end, before, after));
  if (NOT_ORGANIZATIONS.has(name) || NOT_NAMES.has(name) || EVENT_WORDS.has(ws[n - 1].text) || GROUP_WORDS.has(name)) return null;
  if (PERIOD_WORDS_AFTER.has(after.toLowerCase())) return null;
  // a heading capitalises its words: one made of ordinary English words alone ("Future Outlook",
  // "Official Statements and Responses") names nobody, by the tagger's lexicon
  if ((seg.heading || seg.line) && !cue && ws.every((w) => ordinaryWord(w.text))) return null;

  if (cue) return { words: ws, kind: "person", rule: "person/title", title, single: n === 1, ...(orgOfTitle ? { org: orgOfTitle } : {}) };
  // "Radio 4", "Channel 4": a numbered name is a station or a programme's maker, never a person
  if (n >= 2 && /^\d+$/.test(ws[n - 1].text)) return { words: ws, kind: "organization", rule: "organization/numbered", title: null, single: false };
  if (isOrgShape(ws) || (n >= 2 && text.slice(ws[0].start, end).includes(" & "))) return { words: ws, kind: "organization", rule: "organization/shape", title: null, single: false };
  if (isPlaceShape(ws)) return { words: ws, kind: "place", rule: "place/shape", title: null, single: false };
  // "The Spectator magazine", "the Vedomosti daily": a descriptor after the name
  if (ORG_DESCRIPTORS_AFTER.has(after.toLowerCase()) && !cue) return { words: ws, kind: "organization", rule: "organization/descriptor", title: null, single: false };
  if (ORGANIZATION_NAMES.has(name.toLowerCase())) return { words: ws, kind: "organization", rule: "organization/lexicon", title: null, single: false };
  if (ORG_DESCRIPTORS.has(before.toLowerCase()) && !GIVEN_NAMES.has(lower(ws[0]))) return { words: ws, kind: "organization", rule: "organization/descriptor", title: null, single: false };
  if (n >= 2 && GIVEN_NAMES.has(lower(ws[0])) && !allCommon) return { words: ws, kind: "person", rule: "person/given-name", title, single: false };
  if (PLACES.has(name.toLowerCase()) && !context().speaker) return { words: ws, kind: "place", rule: "place/lexicon", title: null, single: false };
  if (context().speaker && n >= 2 && !allCommon) return { words: ws, kind: "person", rule: "person/speech", title: context().title ?? title, single: false };
  // "Kurdish forces", "European markets": an adjective of a people or a region, not a name
  if (n === 1 && ADJECTIVE_ENDING.test(name) && /^\p{Ll}/u.test(after)) return null;
  if (n === 1 && name.length < 3 && !isAcronymHere(name)) return null;
  // a lone title, honorific or given name is nobody in particular ("Governor", "Gov.", "Chris")
  if (n === 1 && !cue && !isAcronymHere(name) && (HONORIFICS.has(name) || isTitleWord(name))) return null;
  if (n === 1 && !cue && !isAcronymHere(name) && GIVEN_NAMES.has(name.toLowerCase())) return { words: ws, kind: "person", rule: "person/partial", title: null, single: true, weak: true };
  if (/['’](?:m|ve|ll|re|d|t)$/i.test(name)) return null;
  if (n === 1 && isAcronymHere(name)) return { words: ws, kind: "organization", rule: "organization/acronym", title: null, single: false };
  // a common word alone may still be the surname of a person named in full elsewhere ("Dole 's plan")
  // "founder of Busy Baby", "an analyst at Northgate Capital": the run after a role and "of"/"at" is where the person works
  if (ROLE_OF.exec(text.slice(Math.max(0, ws[0].start - 40), ws[0].start)) && ROLE_NOUNS.has(ROLE_OF.exec(text.slice(Math.max(0, ws[0].start - 40), ws[0].start))![1].toLowerCase())) {
    return { words: ws, kind: "organization", rule: "organization/employer", title: null, single: n === 1 };
  }
  if (allCommon && n === 1) return { words: ws, kind: "organization", rule: "organization/single", title: null, single: true, weak: true };
  if (allCommon) return null;
  // a headline or a sentence opening gives no evidence of a name by itself: such a word
  // stays only if it names a person found elsewhere (see `weak`)
  const weak = seg.heading || (seg.initial && n === 1);
  if (weak && n === 1) return { words: ws, kind: "organization", rule: "organization/single", title: null, single: true, weak: true };
  if (weak) return null;
  if (n >= 2 && ws.some((w) => isAcronymHere(w.text))) return { words: ws, kind: "organization", rule: "organization/acronym", title: null, single: false };
  if (n >= 2 && placeFollows(scope, end) && !GIVEN_NAMES.has(lower(ws[0]))) return { words: ws, kind: "place", rule: "place/position", title: null, single: false };
  // "Wang Donghai": a given name that is also a word, before a surname that is not
  const surnameShaped = n === 2 && isNameWord(ws[1].text) && !ORG_SUFFIXES.has(ws[1].text) && !PLACE_SUFFIXES.has(ws[1].text)
    && !ws.some((w) => isTitleWord(w.text) || GROUP_WORDS.has(w.text));
  // (particles such as "van der", "de", "bin" are part of a name and say nothing about it)
  const core = ws.filter((w) => isCap(w.text));
  if (n >= 2 && n <= 5 && core.length >= 2 && (surnameShaped || core.every((w) => !isCommon(w.text) || GIVEN_NAMES.has(lower(w)) || SURNAMES.has(lower(w))))) {
    return { words: ws, kind: "person", rule: "person/shape", title: context().title ?? title, single: false };
  }
  if (n === 1) {
    // "in Tavildara", "Toledo, Ohio": a place by its position
    if (PLACE_BEFORE.has(before) || placeFollows(scope, end)) return { words: ws, kind: "place", rule: "place/position", title: null, single: false };
    // persons take no article: "the Nationwide said" is an organisation
    if (before.toLowerCase() === "the" || ORG_SUFFIXES.has(name)) return { words: ws, kind: "organization", rule: "organization/article", title: null, single: true };
    if (SURNAMES.has(name.toLowerCase()) && !isAcronymHere(name)) return { words: ws, kind: "person", rule: "person/surname", title: null, single: true };
    if (context().speaker && !isAcronymHere(name)) return { words: ws, kind: "person", rule: "person/surname", title: null, single: true };
    return { words: ws, kind: "organization", rule: "organization/single", title: null, single: true };
  }
  return null;
}

/** "founder of ", "chief executive at ": a role noun and the preposition of its employer. */
const ROLE_OF = /(?<![\p{L}-])([\p{L}-]+) (?:of|at) (?:the )?$/u;

/** A word the English lexicon knows as an ordinary word (not only as a name), and no name list holds. */
function ordinaryWord(w: string): boolean {
  const l = w.toLowerCase();
  if (GIVEN_NAMES.has(l) || SURNAMES.has(l) || PLACES.has(l)) return false;
  const p = lexicalPos(l);
  return p !== null && p !== "PROPN" && p !== "X";
}

export const demonymAt = (scope: NameScope, w: Word) => scope.found.within(w.start, w.start + 1).some((t) => t.rule === "country/demonym" && t.end === w.end);
