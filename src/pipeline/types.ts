/**
 * Internal shapes that flow between the stages. Offsets here are UTF-16 indexes into the
 * one normalised text (what JavaScript strings and regexes use); they become code points
 * once, when the document is built (pipeline/document.ts).
 */
import type { Actor, ActorKind, Claim, DateKind, DateMention, DateMod, Figure, FigureKind, ProblemRecord, Qualifier, Quote, SkipReason } from "../schema.js";
import type { Gazetteer, GazetteerHit } from "./gazetteer.js";
import type { Token } from "./tokens.js";

/** A half-open range of the normalised text, with its text and the rule that made it. */
export interface Span {
  start: number;
  end: number;
  text: string;
  rule: string;
}

export interface Range {
  start: number;
  end: number;
}

export interface Paragraph extends Range {
  /** a short line without final punctuation: a headline or sub-heading */
  heading: boolean;
}

export interface Sentence extends Range {
  paragraph: number;
  heading: boolean;
}

export interface SkippedSpan extends Range {
  reason: SkipReason;
}

/** What the page says about itself: read from front matter, metadata headers and bylines. */
export interface PageMeta {
  title: string | null;
  /** publication date, YYYY-MM-DD */
  date: string | null;
  author: string | null;
}

/** Output of normalise: the text every offset points into, and what the input told us. */
export interface Normalized {
  text: string;
  title: string | null;
  /** reference date found in the input (front matter, HTML meta), YYYY-MM-DD */
  date: string | null;
  /** the author the input names (front matter, HTML meta or Readability's byline) */
  author?: string | null;
  errors: ProblemRecord[];
}

/** Output of segment. */
export interface Segmented {
  text: string;
  paragraphs: Paragraph[];
  /** sentences outside boilerplate, in text order */
  sentences: Sentence[];
  /** sorted, non-overlapping */
  skipped: SkippedSpan[];
  /** what the page's headers and bylines say (its date, its author) */
  meta?: PageMeta;
}

/**
 * The document object (spaCy's `Doc`): the segmented text and its token layer, built once
 * by the tokenize stage and read by every stage after it. Nothing downstream cuts words again.
 */
export interface Doc extends Segmented {
  /** every token of the text, in order (tokens in skipped spans have sentence -1) */
  tokens: readonly Token[];
  /** sentence j holds tokens [sentenceFirst[j], sentenceEnd[j]) */
  sentenceFirst: Int32Array;
  sentenceEnd: Int32Array;
  /** words the text writes in lower case somewhere ("government", "economic") */
  lowerWords: ReadonlySet<string>;
}

/** A reference date: the publication date the relative expressions resolve against. */
export interface RefDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export interface FigureTag extends Span {
  type: "figure";
  kind: FigureKind;
  value: number | null;
  max?: number;
  unit: string | null;
  per?: string;
  qualifier: Qualifier;
  measures: string | null;
}

export interface DateTag extends Span {
  type: "date";
  kind: DateKind;
  value: string | null;
  mod: DateMod | null;
}

export interface ActorTag extends Span {
  type: "actor";
  kind: ActorKind;
  /** canonical name; mentions with the same kind and key are one actor */
  name: string;
  /** identity key, usually the code or the lower-cased canonical name */
  key: string;
  code: string | null;
  title?: string | null;
  /** name or key of the actor it belongs to (a country's name, an organisation's name) */
  affiliation?: string | null;
  /** true for a bare surname or pronoun-like reference that needs an earlier full mention */
  partial?: boolean;
}

export interface QuoteTag extends Span {
  type: "quote";
  direct: boolean;
  /** the words naming the speaker, as written ("Ian Gunner", "the OECD", "he") */
  speakerSpan: Span | null;
  verb: string | null;
  /** what the speaker phrase is: a full person name, a bare surname, a pronoun, a body */
  speakerKind?: "person" | "organization" | "surname" | "pronoun" | "descriptive" | null;
  /** title given by the speaker phrase or its appositive ("senior policy adviser") */
  speakerTitle?: string | null;
  /** the organisation named by the speaker phrase or its appositive ("Oxfam") */
  speakerOrg?: Span | null;
}

export type Tag = FigureTag | DateTag | ActorTag | QuoteTag;

export interface Tags {
  figures: FigureTag[];
  dates: DateTag[];
  actors: ActorTag[];
  quotes: QuoteTag[];
}

/** User configuration (YAML), already validated. */
export interface ExtraActor {
  name: string;
  kind: ActorKind;
  code?: string | null;
  aliases: string[];
  affiliation?: string | null;
}

/** A boilerplate pattern of the config, tried on each line: a RegExp, or the linear-time patterns a config file gives. */
export interface LinePattern {
  test(line: string): boolean;
}

export interface Config {
  actors: ExtraActor[];
  boilerplate: LinePattern[];
}

export const EMPTY_CONFIG: Config = { actors: [], boilerplate: [] };

/** What every recogniser receives: the document, its options, and what earlier ones found. */
export interface TagContext {
  doc: Doc;
  /** the same as doc.text, doc.sentences, doc.paragraphs */
  text: string;
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  refDate: RefDate | null;
  config: Config;
  /** tags of the recognisers earlier in the list (see recognizers/index.ts for the order) */
  found: Readonly<Tags>;
  /** the hits of a gazetteer a recogniser declared, from the one walk over the tokens */
  hits<V>(g: Gazetteer<V>): readonly GazetteerHit<V>[];
}

export interface Recognizer {
  name: string;
  /** the phrase list it reads, merged with every other recogniser's into one lookup tree */
  gazetteer?: (config: Config) => Gazetteer<unknown> | null;
  find(ctx: TagContext): Tag[];
}

/** Document-level actors after within-document resolution (offsets still UTF-16). */
export interface ResolvedActors {
  actors: Actor[];
  /** actor id of each tag of `tags.actors` (same index), or null when the tag was dropped */
  ids: (string | null)[];
}

/** What the resolve and extract stages add beside the document: the output's lists (offsets still UTF-16). */
export interface Extracted {
  actors: Actor[];
  quotes: Quote[];
  claims: Claim[];
  figures: Figure[];
  dates: DateMention[];
}
