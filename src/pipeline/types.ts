/**
 * Internal shapes that flow between the stages. Offsets here are UTF-16 indexes into the
 * one normalised text (what JavaScript strings and regexes use); they become code points
 * once, when the document is built (pipeline/document.ts).
 */
import type { Actor, ActorKind, DateKind, DateMod, FigureKind, ProblemRecord, Qualifier } from "../schema.js";

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
  reason: "boilerplate" | "footer" | "config";
}

/** Output of normalise: the text every offset points into, and what the input told us. */
export interface Normalized {
  text: string;
  title: string | null;
  /** reference date found in the input (front matter, HTML meta), YYYY-MM-DD */
  date: string | null;
  errors: ProblemRecord[];
}

/** Output of segment. */
export interface Segmented {
  text: string;
  paragraphs: Paragraph[];
  /** sentences outside boilerplate, in text order */
  sentences: Sentence[];
  skipped: SkippedSpan[];
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

/** What every recogniser receives: the segmented text and what earlier ones found. */
export interface TagContext {
  text: string;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  refDate: RefDate | null;
  config: Config;
  /** tags of the recognisers earlier in the list (see recognizers/index.ts for the order) */
  found: Readonly<Tags>;
}

export interface Recognizer {
  name: string;
  find(ctx: TagContext): Tag[];
}

/** Document-level actors after within-document resolution (offsets still UTF-16). */
export interface ResolvedActors {
  actors: Actor[];
  /** actor id of each tag of `tags.actors` (same index), or null when the tag was dropped */
  ids: (string | null)[];
}
