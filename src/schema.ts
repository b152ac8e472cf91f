/**
 * The output contract (SPEC §3), defined once. Types come from `z.infer`, the JSON Schema
 * printed by `claims schema` from `z.toJSONSchema`. No transforms here: what is validated
 * is exactly what is written.
 */
import { z } from "zod";

const offset = z.number().int().nonnegative();

export const Mention = z
  .object({
    text: z.string().meta({ description: "the exact text of the mention" }),
    start: offset.meta({ description: "start, in Unicode code points of the normalised text" }),
    end: offset.meta({ description: "end (exclusive), in code points" }),
  })
  .meta({ id: "Mention", description: "a span of the normalised text" });

export const ActorKind = z.enum(["country", "person", "organization", "bloc", "asset", "place", "group"]);

export const Actor = z
  .object({
    id: z.string().meta({ description: "stable slug of the name, unique in the document" }),
    name: z.string().meta({ description: "canonical name (countries: common English short name; persons: fullest form)" }),
    kind: ActorKind,
    title: z.string().nullable().meta({ description: "title or role given by the text, for persons" }),
    affiliation: z.string().nullable().meta({ description: "id of the actor this one belongs to" }),
    code: z
      .string()
      .nullable()
      .meta({ description: "ISO 3166-1 alpha-3 for countries, ISO 4217 for currencies, usual abbreviation for blocs" }),
    mentions: z.array(Mention),
  })
  .meta({ id: "Actor" });

export const FigureKind = z.enum(["money", "percent", "quantity", "count", "number"]);
export const Qualifier = z.enum(["exact", "approximate", "over", "under", "at-least", "at-most", "range", "vague"]);

export const Figure = Mention.extend({
  kind: FigureKind,
  value: z.number().nullable().meta({ description: "the amount in whole units (null when vague); the low end of a range" }),
  max: z.number().optional().meta({ description: "the high end of a range" }),
  unit: z.string().nullable().meta({ description: "ISO 4217 for money; %, pp or bp for percent; the unit or counted noun otherwise" }),
  per: z.string().optional().meta({ description: "the denominator of a rate: barrel in \"$50 a barrel\"" }),
  qualifier: Qualifier,
  measures: z.string().nullable().meta({ description: "the noun phrase the figure quantifies" }),
}).meta({ id: "Figure" });

export const DateKind = z.enum(["date", "time", "duration", "set"]);
export const DateMod = z.enum([
  "BEFORE",
  "AFTER",
  "ON_OR_BEFORE",
  "ON_OR_AFTER",
  "LESS_THAN",
  "MORE_THAN",
  "EQUAL_OR_LESS",
  "EQUAL_OR_MORE",
  "START",
  "MID",
  "END",
  "APPROX",
]);

export const DateMention = Mention.extend({
  kind: DateKind,
  value: z.string().nullable().meta({ description: "TIMEX3 value; null for a deictic expression without a reference date" }),
  mod: DateMod.nullable(),
}).meta({ id: "DateMention" });

export const Quote = Mention.extend({
  id: z.string(),
  direct: z.boolean().meta({ description: "words inside quotation marks (true) or reported speech (false)" }),
  speaker: z.string().nullable().meta({ description: "actor id of the speaker" }),
  speakerName: z.string().nullable(),
  speakerTitle: z.string().nullable(),
  speakerOrg: z.string().nullable().meta({ description: "actor id of the speaker's organisation" }),
  verb: z.string().nullable().meta({ description: "the reporting verb as written" }),
}).meta({ id: "Quote" });

export const ClaimType = z.enum([
  "asset-sale",
  "asset-purchase",
  "investment",
  "lending",
  "market-move",
  "trade",
  "sanction",
  "agreement",
  "cooperation",
  "meeting",
  "policy",
  "statement",
  "forecast",
  "conflict",
  "other",
]);
export const Modality = z.enum(["asserted", "reported", "hedged", "speculative", "planned"]);

export const ClaimActor = z.object({
  ref: z.string().meta({ description: "actor id" }),
  name: z.string(),
  role: z.enum(["subject", "object", "other"]),
});

export const Attribution = z.object({
  to: z.string().meta({ description: "\"article\" or the speaker's actor id" }),
  verb: z.string().optional(),
  quote: z.string().optional().meta({ description: "id of the quote that carries the claim" }),
});

export const Claim = Mention.extend({
  id: z.string(),
  type: ClaimType,
  predicate: z.string().nullable().meta({ description: "lemma of the main verb" }),
  actors: z.array(ClaimActor),
  figures: z.array(Figure),
  dates: z.array(DateMention),
  attribution: Attribution,
  modality: Modality,
  score: z.number().min(0).max(1).meta({ description: "check-worthiness" }),
}).meta({ id: "Claim" });

export const SkipReason = z.enum(["boilerplate", "metadata", "byline", "navigation", "markup"]).meta({
  description:
    "what the skipped span is: boilerplate (promotions, newsletter and cookie blurbs, disclaimers, copyright, the page's tail), " +
    "metadata (front matter, \"Key: value\" headers, date stamps, captions), byline (the author line), navigation (menus, " +
    "breadcrumbs, share rows, lists of links and related headlines), markup (HTML tags, Markdown images, link targets, URLs, rules)",
});

export const Skipped = Mention.extend({
  reason: SkipReason,
}).meta({ id: "Skipped" });

export const ErrorCode = z.enum([
  "binary",
  "encoding",
  "unreadable",
  "not-found",
  "too-large",
  "timeout",
  "internal",
  "html",
  "jsonl",
]);

export const ProblemRecord = z.object({ code: ErrorCode, message: z.string() });

const recordId = z.string().nullable().meta({ description: "a JSONL record's `id` (as a string), null without one or for other inputs" });
const recordLine = z.number().int().positive().nullable().meta({ description: "a JSONL record's line number in its input, null for other inputs" });

export const Source = z.object({
  path: z.string().nullable().meta({ description: "the input's path, `-` for stdin, `file#id` (else `file#line`) for a JSONL record" }),
  sha256: z.string().optional(),
  chars: z.number().int().nonnegative().optional().meta({ description: "length of the normalised text in code points" }),
  title: z.string().nullable().optional(),
  date: z.string().nullable().optional().meta({ description: "reference date (YYYY-MM-DD) or null" }),
  id: recordId,
  line: recordLine,
  author: z
    .string()
    .nullable()
    .optional()
    .meta({ description: "the article's author as the page gives it (a byline, front matter, HTML meta), or null" }),
});

export const ClaimsDocument = z
  .object({
    schemaVersion: z.literal(1),
    source: Source,
    actors: z.array(Actor),
    claims: z.array(Claim),
    figures: z.array(Figure),
    dates: z.array(DateMention),
    quotes: z.array(Quote),
    skipped: z.array(Skipped),
    errors: z.array(ProblemRecord),
  })
  .meta({ id: "Document", description: "one input's claims (SPEC §3)" });

/** An empty list of the document's items: what an error document carries in place of each. */
const none = <T extends z.ZodType>(item: T) => z.array(item).max(0).meta({ description: "always empty: the input could not be read" });

export const ErrorDocument = z
  .object({
    schemaVersion: z.literal(1),
    source: z.object({ path: z.string().nullable(), id: recordId, line: recordLine }),
    error: ProblemRecord,
    actors: none(Actor),
    claims: none(Claim),
    figures: none(Figure),
    dates: none(DateMention),
    quotes: none(Quote),
    skipped: none(Skipped),
    errors: none(ProblemRecord),
  })
  .meta({
    id: "ErrorDocument",
    description: "an input that could not be processed, in its place in the stream: the document's lists are empty, so that `.claims[]` runs over a batch with failures (SPEC §2)",
  });

/** The error document of an input that failed. */
export function errorDocument(
  path: string | null,
  error: z.infer<typeof ProblemRecord>,
  record: { id?: string | null; line?: number | null } = {},
): z.infer<typeof ErrorDocument> {
  const source = { path, id: record.id ?? null, line: record.line ?? null };
  return { schemaVersion: 1, source, error, actors: [], claims: [], figures: [], dates: [], quotes: [], skipped: [], errors: [] };
}

/**
 * One document of the json, ndjson and yaml formats (one line of ndjson). The error document
 * first: it needs `error`, which a document never has (a document first would take it and drop `error`).
 */
export const OutputDocument = z.union([ErrorDocument, ClaimsDocument]);

/** One line of the jsonl format: a claim with the input it comes from, or a failed input. */
export const JsonlLine = z
  .union([
    Claim.extend({ source: z.string().meta({ description: "the input's path (`file#id` for a JSONL record), `-` for stdin" }) }),
    z.object({ source: z.string(), error: ProblemRecord }).strict(),
  ])
  .meta({ id: "JsonlLine", description: "one line of -f jsonl" });

export type Mention = z.infer<typeof Mention>;
export type ActorKind = z.infer<typeof ActorKind>;
export type Actor = z.infer<typeof Actor>;
export type FigureKind = z.infer<typeof FigureKind>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Figure = z.infer<typeof Figure>;
export type DateKind = z.infer<typeof DateKind>;
export type DateMod = z.infer<typeof DateMod>;
export type DateMention = z.infer<typeof DateMention>;
export type Quote = z.infer<typeof Quote>;
export type ClaimType = z.infer<typeof ClaimType>;
export type Modality = z.infer<typeof Modality>;
export type ClaimActor = z.infer<typeof ClaimActor>;
export type Claim = z.infer<typeof Claim>;
export type SkipReason = z.infer<typeof SkipReason>;
export type Skipped = z.infer<typeof Skipped>;
export type ErrorCode = z.infer<typeof ErrorCode>;
export type ProblemRecord = z.infer<typeof ProblemRecord>;
export type ClaimsDocument = z.infer<typeof ClaimsDocument>;
export type ErrorDocument = z.infer<typeof ErrorDocument>;
export type OutputDocument = z.infer<typeof OutputDocument>;
export type JsonlLine = z.infer<typeof JsonlLine>;

/**
 * JSON Schema (draft 2020-12), for `claims schema`: of one document of json, yaml and
 * ndjson (each ndjson line is one), or of one jsonl line.
 */
export function jsonSchema(of: "document" | "jsonl" = "document"): unknown {
  return z.toJSONSchema(of === "jsonl" ? JsonlLine : OutputDocument, { target: "draft-2020-12" });
}
