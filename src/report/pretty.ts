/**
 * pretty: a readable summary for the terminal — one block per claim, with its type, its
 * actors and roles, and its figures, dates and actor mentions highlighted in the text.
 * Not a contract: for people, not for programs.
 */
import { Chalk, type ChalkInstance } from "chalk";
import type { Claim, ClaimsDocument } from "../schema.js";
import { terminalSafe as t } from "./escape.js";
import type { ReportOptions, Reporter } from "./types.js";

export function prettyReporter(o: ReportOptions): Reporter {
  const c = new Chalk({ level: o.color });
  return {
    document: (doc) => renderDocument(doc, c),
    failure: (doc) => `${c.red.bold("✖")} ${c.bold(t(doc.source.path ?? "-"))}  ${c.red(`${doc.error.code}: ${t(doc.error.message)}`)}\n\n`,
    end: () => "",
  };
}

function renderDocument(doc: ClaimsDocument, c: ChalkInstance): string {
  const lines: string[] = [];
  const head = [c.bold(t(doc.source.path ?? "-"))];
  if (doc.source.title) head.push(c.italic(t(doc.source.title)));
  if (doc.source.date) head.push(c.dim(doc.source.date));
  lines.push(head.join("  "));
  lines.push(
    c.dim(
      `${doc.claims.length} claims · ${doc.actors.length} actors · ${doc.figures.length} figures · ${doc.dates.length} dates · ${doc.quotes.length} quotes · ${doc.skipped.length} skipped`,
    ),
  );
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  for (const claim of doc.claims) {
    lines.push("");
    const who = claim.attribution.to === "article" ? "" : ` ${c.magenta(`← ${t(byId.get(claim.attribution.to)?.name ?? claim.attribution.to)}`)}`;
    lines.push(
      `${c.dim(claim.id.padEnd(4))}${c.bold.cyan(claim.type)} ${c.dim(`${t(claim.predicate ?? "–")} · ${claim.modality} · score ${claim.score.toFixed(2)}`)}${who}`,
    );
    lines.push("    " + highlight(claim, doc, c));
    if (claim.actors.length) {
      lines.push("    " + claim.actors.map((a) => `${c.blue(t(a.name))}${c.dim(`/${a.role}`)}`).join(c.dim(", ")));
    }
    const facts = [
      ...claim.figures.map((f) => c.yellow(t(`${f.text} = ${f.value ?? "?"}${f.max !== undefined ? `–${f.max}` : ""} ${f.unit ?? ""}${f.per ? `/${f.per}` : ""}${f.qualifier !== "exact" ? ` (${f.qualifier})` : ""}`.trim()))),
      ...claim.dates.map((d) => c.green(t(`${d.text} = ${d.value ?? "?"}${d.mod ? ` (${d.mod})` : ""}`))),
    ];
    if (facts.length) lines.push("    " + facts.join(c.dim(" · ")));
  }
  if (doc.quotes.length) {
    lines.push("", c.bold("Quotes"));
    for (const q of doc.quotes) {
      const text = q.text.length > 100 ? q.text.slice(0, 97) + "…" : q.text;
      lines.push(`  ${c.dim(q.id.padEnd(4))}${q.direct ? "“" + t(text) + "”" : c.italic(t(text))} ${c.magenta(`— ${t(q.speakerName ?? "unknown")}`)}`);
    }
  }
  for (const e of doc.errors) lines.push(c.red(`  ${e.code}: ${t(e.message)}`));
  return lines.join("\n") + "\n\n";
}

/** The claim's text with its figures, dates and actor mentions coloured. */
function highlight(claim: Claim, doc: ClaimsDocument, c: ChalkInstance): string {
  const chars = [...claim.text];
  const marks: { start: number; end: number; paint: (s: string) => string }[] = [];
  for (const f of claim.figures) marks.push({ start: f.start, end: f.end, paint: c.yellow });
  for (const d of claim.dates) marks.push({ start: d.start, end: d.end, paint: c.green });
  for (const a of doc.actors) {
    for (const m of a.mentions) if (m.start >= claim.start && m.end <= claim.end) marks.push({ start: m.start, end: m.end, paint: c.blue });
  }
  marks.sort((a, b) => a.start - b.start);
  let out = "";
  let at = claim.start;
  for (const m of marks) {
    if (m.start < at) continue;
    out += t(chars.slice(at - claim.start, m.start - claim.start).join(""));
    out += m.paint(t(chars.slice(m.start - claim.start, m.end - claim.start).join("")));
    at = m.end;
  }
  return out + t(chars.slice(at - claim.start).join(""));
}
