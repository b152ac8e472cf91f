/**
 * A speaker phrase → who speaks: the name span, its kind, and the title and organisation
 * the phrase gives. The phrase is what stands next to a reporting verb: "Russian oil
 * official Sergei Oganesyan", "Oxfam senior policy adviser Max Lawson", "the OECD", "he",
 * "a spokesman for the Treasury", "Stephen Chiu, Bloomberg Intelligence's Chief Asia
 * Strategist".
 *   catches: name = the last run of capitalised words, after any title words
 *   must not: "Analysts" or "the company" as a named speaker (they are descriptive)
 */
import {
  GENERIC_SOURCES, INSTITUTION_WORDS, NAME_CONNECTORS, NOT_NAME_WORDS, ORGANISATION_HEADS, SPEAKER_PRONOUNS,
  ADJECTIVE_ENDINGS, SPOKESPERSON_WORDS, TITLE_BREAKERS, TITLES_ALSO_SURNAMES,
} from "../../lexicon/speakers.js";
import type { Span } from "../../pipeline/types.js";
import { titleAndOrg } from "./titles.js";
import { HONORIFIC_ONLY, LEADING_WORDS, isCap, isTitleWord, lower, possessive, span, tokens, type Tok } from "./words.js";

const DESCRIPTIVE_ENDING = new RegExp(`(?:${ADJECTIVE_ENDINGS.join("|")})$`);

export type SpeakerKind = "person" | "organization" | "surname" | "pronoun" | "descriptive";

export interface Speaker {
  span: Span;
  kind: SpeakerKind;
  /** the words before the name that say what the speaker is ("senior policy adviser") */
  title: string | null;
  /** the organisation the phrase ties the speaker to ("Oxfam", "Bloomberg Intelligence") */
  org: Span | null;
  /** true when an honorific ("Mr", "Dr") stood before a single name */
  honorific: boolean;
}

/**
 * Parse the phrase text[from, to) that names a speaker. `side` tells which end of the
 * phrase touches the verb: the name sits at that end ("said Sergei Oganesyan, an analyst"
 * → start; "Oxfam adviser Max Lawson said" → end).
 */
export function parseSpeaker(text: string, from: number, to: number): Speaker | null {
  const toks = tokens(text, from, to);
  while (toks.length > 1 && LEADING_WORDS.has(toks[0].word.toLowerCase())) toks.shift();
  if (!toks.length || toks.length > 12) return null;
  if (toks.length === 1) {
    const p = SPEAKER_PRONOUNS[toks[0].word.toLowerCase()];
    if (p) return { span: span(text, toks[0].start, toks[0].end, "speaker/pronoun"), kind: "pronoun", title: null, org: null, honorific: false };
  }
  if (toks.length === 1 && GENERIC_SOURCES.has(lower(toks[0].word))) {
    return { span: span(text, toks[0].start, toks[0].end, "speaker/descriptive"), kind: "descriptive", title: null, org: null, honorific: false };
  }
  // "Speaking after the summit he said": a pronoun right before the verb is the speaker
  const lastTok = toks[toks.length - 1];
  if (SPEAKER_PRONOUNS[lastTok.word.toLowerCase()] && toks.length > 1 && !/^(?:it|they|we)$/i.test(lastTok.word)) {
    return { span: span(text, lastTok.start, lastTok.end, "speaker/pronoun"), kind: "pronoun", title: null, org: null, honorific: false };
  }
  // the last run of name tokens
  let runEnd = -1;
  for (let i = toks.length - 1; i >= 0; i--) {
    if (isCap(toks[i].word) && !NOT_NAME_WORDS.has(lower(toks[i].word))) {
      runEnd = i;
      break;
    }
  }
  if (runEnd < 0 || runEnd < toks.length - 1) return institution(text, toks);
  let runStart = runEnd;
  while (runStart > 0) {
    const w = toks[runStart - 1].word;
    if (isCap(w) && !NOT_NAME_WORDS.has(lower(w)) && !possessive(w)) runStart--;
    else if (NAME_CONNECTORS.has(w) && runStart - 2 >= 0 && isCap(toks[runStart - 2].word) && !possessive(toks[runStart - 2].word)) runStart -= 2;
    else break;
  }
  // titles inside the run: the name starts after the last title word
  let nameStart = runStart;
  let honorific = false;
  for (let i = runStart; i <= runEnd; i++) {
    const w = lower(toks[i].word);
    // "Mr. King", "Mr Justice": after an honorific the last word is the name
    const named = i === runEnd && i > runStart && (HONORIFIC_ONLY.test(toks[i - 1].word) || (TITLES_ALSO_SURNAMES.has(w) && !isTitleWord(lower(toks[i - 1].word))));
    if (isTitleWord(w) && !named) {
      nameStart = i + 1;
      if (/^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|professor)$/.test(w)) honorific = true;
    }
  }
  if (nameStart > runEnd) {
    // only title words ("Argentina's President"): a description, not a name
    return { span: span(text, toks[0].start, toks[toks.length - 1].end, "speaker/descriptive"), kind: "descriptive", title: text.slice(toks[0].start, toks[toks.length - 1].end), org: null, honorific: false };
  }
  // "American Dennis Mitchell", "Controversial Australian Anthony Hill": adjectives of origin
  // or manner before a full name belong to the title
  while (runEnd - nameStart >= 2 && DESCRIPTIVE_ENDING.test(toks[nameStart].word)) nameStart++;
  let nameToks = toks.slice(nameStart, runEnd + 1);
  let ofOrg: Span | null = null;
  // "Brian Taylor of Wells Fargo": a person's name, then the organisation
  const of = nameToks.findIndex((t, i) => i >= 2 && (t.word === "of" || t.word === "for" || t.word === "at"));
  if (of > 0 && !nameToks.slice(0, of).some((t) => ORGANISATION_HEADS.has(lower(t.word)))) {
    const orgToks = nameToks.slice(of + 1);
    ofOrg = span(text, orgToks[0].start, orgToks[orgToks.length - 1].end, "speaker/org");
    nameToks = nameToks.slice(0, of);
  }
  const name = span(text, nameToks[0].start, nameToks[nameToks.length - 1].end, "speaker/name");
  const before = toks.slice(0, nameStart);
  const det = before.length > 0 && /^(?:the|a|an)$/i.test(before[before.length - 1].word);
  const heads = nameToks.map((t) => lower(t.word));
  const orgLike = det || heads.some((w) => ORGANISATION_HEADS.has(w)) || nameToks.every((t) => /^[\p{Lu}\d&.-]+$/u.test(t.word));
  // one capitalised word is a surname or a body ("Lukashov", "Oxfam"): persons.ts decides
  const kind: SpeakerKind = orgLike ? "organization" : nameToks.length >= 2 ? "person" : "surname";
  const to_ = titleAndOrg(text, before.filter((t) => !/^(?:the|a|an)$/i.test(t.word) && !HONORIFIC_ONLY.test(t.word)));
  return { span: name, kind, title: to_.title, org: ofOrg ?? to_.org, honorific };
}

/** "the Russian government", "a spokesman for the Treasury", "analysts" */
function institution(text: string, toks: Tok[]): Speaker | null {
  const words = toks.map((t) => lower(t.word));
  // a spokesman for Y / an official at Y: Y speaks
  const forAt = words.findIndex((w, i) => (w === "for" || w === "at" || w === "of") && i > 0 && SPOKESPERSON_WORDS.has(words[i - 1]));
  if (forAt > 0 && forAt < toks.length - 1) {
    const inner = parseSpeaker(text, toks[forAt + 1].start, toks[toks.length - 1].end);
    if (inner && inner.kind !== "pronoun" && inner.kind !== "descriptive") return { ...inner, kind: inner.kind === "surname" ? "organization" : inner.kind, title: words[forAt - 1] };
  }
  const last = words[words.length - 1];
  const caps = toks.filter((t) => isCap(t.word) && !NOT_NAME_WORDS.has(lower(t.word)) && !GENERIC_SOURCES.has(lower(t.word)));
  // "the Russian government", "a UK Government official", "a Treasury spokesman"
  if ((INSTITUTION_WORDS.has(last) || SPOKESPERSON_WORDS.has(last)) && caps.length > 0 && toks.length <= 6) {
    // "G7 ministers", "a Treasury spokesman": the body named by the capitalised words speaks
    const named = SPOKESPERSON_WORDS.has(last) ? caps : toks;
    const s = span(text, named[0].start, named[named.length - 1].end, "speaker/institution");
    return { span: s, kind: "organization", title: SPOKESPERSON_WORDS.has(last) ? last : null, org: null, honorific: false };
  }
  // "analysts", "a senior official", "the foreign secretary": a short noun phrase
  if (toks.length <= 4 && !words.some((w) => TITLE_BREAKERS.has(w)) && /^(?:the|a|an|my|his|her|their|our|its|\p{Ll}+s)$/u.test(words[0])) {
    return { span: span(text, toks[0].start, toks[toks.length - 1].end, "speaker/descriptive"), kind: "descriptive", title: null, org: null, honorific: false };
  }
  return null;
}

