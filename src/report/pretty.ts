/**
 * pretty: a readable summary for the terminal — per document a head line with its counts,
 * a short table of its actors, then one block per claim (place as line:column, type,
 * attribution, the full text with its actors, figures and dates coloured in place, and what
 * they were read as), then the quotes in full with their speakers. Everything is wrapped to
 * the terminal's width with a hanging indent, and text from the input has its control
 * characters escaped. Not a contract: for people, not for programs.
 */
import { Chalk, type ChalkInstance } from "chalk";
import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";
import type { Actor, Claim, ClaimsDocument, DateMention, Figure, Quote } from "../schema.js";
import { escapeControls } from "./escape.js";
import { locator, type Locate } from "./locate.js";
import { plural } from "./plural.js";
import { DEFAULT_WIDTH, type ReportOptions, type Reporter } from "./types.js";

/** Narrower than this and the hanging indents leave no room: wrap as if this wide. */
const MIN_WIDTH = 30;
/** Rows of the actors table; the rest are counted. */
const ACTORS_SHOWN = 10;
/** Claim blocks and quotes are indented this far. */
const INDENT = 4;

/** Input text as shown: control characters escaped, runs of white space (line breaks too) one space. */
const shown = (s: string): string => escapeControls(s.replace(/[ \t\r\n\f\v]+/g, " "));

/** The colours of the view, named once: the legend and the text use the same. */
function palette(c: ChalkInstance) {
  return {
    actor: c.blue,
    figure: c.yellow,
    date: c.green,
    speaker: c.magenta,
    type: c.bold.cyan,
    dim: c.dim,
    bad: c.red,
  };
}
type Palette = ReturnType<typeof palette>;

export function prettyReporter(o: ReportOptions): Reporter {
  const c = new Chalk({ level: o.color });
  const p = palette(c);
  const width = Math.max(MIN_WIDTH, o.width ?? DEFAULT_WIDTH);
  const legend = `${p.dim("colours:")} ${p.actor("actor")} ${p.figure("figure")} ${p.date("date")} ${p.speaker("speaker")} ${p.type("claim type")}`;
  return {
    // the legend is only worth its line when there are colours to explain
    start: () => (o.color ? hang(legend, "", width) + "\n\n" : ""),
    document: (doc, text) => renderDocument(doc, locator(text), c, p, width),
    failure: (doc) =>
      hang(`${p.bad.bold("✖")} ${c.bold(shown(doc.source.path ?? "-"))}  ${p.bad(`${doc.error.code}: ${shown(doc.error.message)}`)}`, "  ", width) + "\n\n",
    end: () => "",
  };
}

/**
 * Wrap `text` to `width` columns: the first line after `first`, the others after as many
 * spaces as `rest` is wide (a hanging indent). Words are never cut, unless one alone is
 * wider than the line.
 */
function hang(text: string, rest: string | number, width: number, first = typeof rest === "number" ? " ".repeat(rest) : rest): string {
  const indent = typeof rest === "number" ? rest : stringWidth(rest);
  const lead = stringWidth(first);
  const room = Math.max(10, width - Math.max(indent, lead));
  const lines = wrapAnsi(text, room, { hard: true, trim: true }).split("\n");
  return lines.map((l, i) => (i === 0 ? first : " ".repeat(indent)) + l).join("\n");
}

function renderDocument(doc: ClaimsDocument, at: Locate, c: ChalkInstance, p: Palette, width: number): string {
  const out: string[] = [];
  const head = [c.bold(shown(doc.source.path ?? "-"))];
  if (doc.source.title) head.push(c.italic(shown(doc.source.title)));
  if (doc.source.date) head.push(p.dim(doc.source.date));
  out.push(hang(head.join("  "), 2, width, ""));
  const counts = [
    plural(doc.claims.length, "claim"),
    plural(doc.actors.length, "actor"),
    plural(doc.figures.length, "figure"),
    plural(doc.dates.length, "date"),
    plural(doc.quotes.length, "quote"),
    `${doc.skipped.length} skipped`,
  ];
  out.push(hang(p.dim(counts.join(" · ")), 2, width, ""));
  for (const e of doc.errors) out.push(hang(p.bad(`${e.code}: ${shown(e.message)}`), 4, width, "  "));

  if (doc.actors.length) out.push("", actorsTable(doc.actors, c, p, width).join("\n"));

  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  for (const claim of doc.claims) out.push("", claimBlock(claim, doc, byId, at, c, p, width));

  if (doc.quotes.length) {
    out.push("", c.bold("Quotes"));
    for (const q of doc.quotes) out.push(quoteBlock(q, at, p, width));
  }
  return out.join("\n") + "\n\n";
}

/** The actors most mentioned first: name, kind, code, number of mentions. */
function actorsTable(actors: readonly Actor[], c: ChalkInstance, p: Palette, width: number): string[] {
  const rows = [...actors].sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const top = rows.slice(0, ACTORS_SHOWN);
  const kindW = top.reduce((w, a) => Math.max(w, a.kind.length), 4);
  const codeW = top.reduce((w, a) => Math.max(w, (a.code ?? "").length), 4);
  const countW = "mentions".length;
  // the name column takes what the others leave, up to its longest name
  const fixed = 2 + 3 * 2 + kindW + codeW + countW;
  const nameW = Math.max(8, Math.min(top.reduce((w, a) => Math.max(w, stringWidth(shown(a.name))), 4), width - fixed));
  const cell = (s: string, w: number) => {
    const fit = stringWidth(s) <= w ? s : cut(s, w);
    return fit + " ".repeat(Math.max(0, w - stringWidth(fit)));
  };
  const line = (name: string, kind: string, code: string, count: string) => `  ${name}  ${kind}  ${code}  ${count}`;
  const lines = [c.bold("Actors"), p.dim(line(cell("name", nameW), cell("kind", kindW), cell("code", codeW), "mentions"))];
  for (const a of top) {
    lines.push(line(p.actor(cell(shown(a.name), nameW)), cell(a.kind, kindW), cell(a.code ?? "–", codeW), String(a.mentions.length).padStart(countW)));
  }
  if (rows.length > top.length) lines.push(p.dim(`  … ${plural(rows.length - top.length, "more actor")} (all of them in -f json)`));
  return lines;
}

/** `s` in at most `w` columns, ending in "…" when shortened. */
function cut(s: string, w: number): string {
  let out = "";
  for (const ch of s) {
    if (stringWidth(out + ch) > w - 1) break;
    out += ch;
  }
  return out + "…";
}

function claimBlock(claim: Claim, doc: ClaimsDocument, byId: Map<string, Actor>, at: Locate, c: ChalkInstance, p: Palette, width: number): string {
  const { line, column } = at(claim.start);
  const head = [`${c.bold(claim.id)} ${p.dim(`${line}:${column}`)}`, p.type(claim.type), p.dim([claim.predicate ?? "–", claim.modality, `score ${claim.score.toFixed(2)}`].join(" · "))];
  if (claim.attribution.to !== "article") {
    const who = byId.get(claim.attribution.to)?.name ?? claim.attribution.to;
    head.push(p.speaker(`← ${shown(who)}${claim.attribution.verb ? ` (${shown(claim.attribution.verb)})` : ""}`));
  }
  const lines = [hang(head.join("  "), INDENT, width, "")];
  lines.push(hang(highlight(claim, doc, p), INDENT, width));
  if (claim.actors.length) {
    lines.push(hang(claim.actors.map((a) => `${p.actor(shown(a.name))} ${p.dim(a.role)}`).join(p.dim(", ")), INDENT + 2, width, " ".repeat(INDENT)));
  }
  const facts = [...claim.figures.map((f) => p.figure(figureValue(f))), ...claim.dates.map((d) => p.date(dateValue(d)))];
  if (facts.length) lines.push(hang(facts.join(p.dim(" · ")), INDENT + 2, width, " ".repeat(INDENT)));
  return lines.join("\n");
}

function quoteBlock(q: Quote, at: Locate, p: Palette, width: number): string {
  const { line, column } = at(q.start);
  const who = [q.speakerName ?? "unknown speaker", q.speakerTitle].filter(Boolean).map((s) => shown(s!)).join(", ");
  const head = `${q.id} ${p.dim(`${line}:${column}`)}  ${p.speaker(who)}${q.verb ? p.dim(` (${shown(q.verb)})`) : ""}${q.direct ? "" : p.dim(" · reported")}`;
  const body = q.direct ? `“${shown(q.text)}”` : shown(q.text);
  return hang(head, INDENT, width, "  ") + "\n" + hang(body, INDENT + (q.direct ? 1 : 0), width, " ".repeat(INDENT));
}

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

/** "$53.3 billion = 53,300,000,000 USD", "over 60% = 60 % (over)". */
function figureValue(f: Figure): string {
  const value = f.value === null ? "?" : NUMBER.format(f.value) + (f.max !== undefined ? `–${NUMBER.format(f.max)}` : "");
  const unit = [f.unit, f.per ? `per ${f.per}` : null].filter(Boolean).join(" ");
  return `${shown(f.text)} = ${value}${unit ? ` ${shown(unit)}` : ""}${f.qualifier !== "exact" ? ` (${f.qualifier})` : ""}`;
}

/** "the first quarter of 2024 = 2024-Q1". */
function dateValue(d: DateMention): string {
  return `${shown(d.text)} = ${d.value ?? "?"}${d.mod ? ` (${d.mod})` : ""}`;
}

/** The claim's text with its figures, dates and actor mentions coloured in place. */
function highlight(claim: Claim, doc: ClaimsDocument, p: Palette): string {
  const chars = [...claim.text];
  const marks: { start: number; end: number; paint: (s: string) => string }[] = [];
  for (const f of claim.figures) marks.push({ start: f.start, end: f.end, paint: p.figure });
  for (const d of claim.dates) marks.push({ start: d.start, end: d.end, paint: p.date });
  for (const a of doc.actors) {
    for (const m of a.mentions) if (m.start >= claim.start && m.end <= claim.end) marks.push({ start: m.start, end: m.end, paint: p.actor });
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let from = claim.start;
  const piece = (s: number, e: number) => shown(chars.slice(s - claim.start, e - claim.start).join(""));
  for (const m of marks) {
    if (m.start < from) continue;
    out += piece(from, m.start) + m.paint(piece(m.start, m.end));
    from = m.end;
  }
  return out + piece(from, claim.end);
}
