/**
 * html: one self-contained page per run, as displaCy shows entities. Per input a section
 * with the article text, every mention (actors, figures, dates, quotes) marked in place by
 * kind and linked to the claim that holds it, skipped boilerplate struck through; then the
 * claims table (filterable by type and actor), the quotes with their speakers, the actors.
 * Several inputs get a table of contents. No network: inline style and script, and a
 * Content-Security-Policy that forbids everything else. Everything from the input is
 * HTML-escaped; control characters stay in the text (so that a mark's text is exactly its
 * mention's) but are shown as escapes.
 */
import type { Actor, Claim, ClaimsDocument, DateMention, ErrorDocument, Figure, Quote } from "../schema.js";
import { countBefore } from "../pipeline/spans.js";
import { CONTROL, visible } from "./escape.js";
import { CSS, SCRIPT } from "./html-assets.js";
import { locator } from "./locate.js";
import { plural } from "./plural.js";
import type { Reporter } from "./types.js";

const CHARS: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\r": "&#13;" };
const SPECIAL = new RegExp(`[&<>"'\\r]|(?:${CONTROL.source})`, "g");

/** Text for an element's content: escaped, control characters kept but shown as their escape. */
function text(s: string): string {
  return s.replace(SPECIAL, (c) => {
    if (CHARS[c]) return CHARS[c];
    if (c === "\n" || c === "\t") return c;
    return `<span class="ctl" data-c="${visible(c).replace(/\\/g, "&#92;")}">${c}</span>`;
  });
}

/** Text for an attribute value (always written in double quotes): escaped, control characters as escapes. */
function attr(s: string): string {
  return s.replace(SPECIAL, (c) => CHARS[c] ?? visible(c));
}

/** Kinds as the marks label them, short enough to sit beside a name. */
const SHORT_KIND: Readonly<Record<string, string>> = { organization: "org" };

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });
const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 });

interface Entry {
  id: string;
  name: string;
  sub: string;
  failed: boolean;
}

export function htmlReporter(): Reporter {
  const toc: Entry[] = [];
  return {
    start: () =>
      `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="claims">
<title>claims report</title>
<style>${CSS}</style>
</head>
<body>
<div class="page">
<main>
<header class="run"><h1>claims</h1><div class="legend">${legend()}</div></header>
`,
    document(doc, source) {
      const id = `d${toc.length + 1}`;
      const name = doc.source.title ?? doc.source.path ?? "-";
      toc.push({ id, name, sub: [doc.source.title ? doc.source.path : null, plural(doc.claims.length, "claim")].filter(Boolean).join(" · "), failed: false });
      return section(doc, source, id);
    },
    failure(doc: ErrorDocument) {
      const id = `d${toc.length + 1}`;
      const path = doc.source.path ?? "-";
      toc.push({ id, name: path, sub: doc.error.code, failed: true });
      return `<section class="doc failed" id="${id}">
<header><h2>${text(path)}</h2><p class="error">${text(doc.error.code)}: ${text(doc.error.message)}</p></header>
</section>
`;
    },
    end() {
      const nav =
        toc.length > 1
          ? `<nav class="toc"><h2>${plural(toc.length, "document")}</h2><ol>${toc
              .map((e) => `<li${e.failed ? ' class="failed"' : ""}><a href="#${e.id}">${text(e.name)}</a><span class="sub">${text(e.sub)}</span></li>`)
              .join("")}</ol></nav>\n`
          : "";
      return `</main>\n${nav}</div>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`;
    },
  };
}

function legend(): string {
  const sw = (cls: string, label: string) => `<span class="swatch ${cls}">${label}</span>`;
  return [sw("actor", "actor"), sw("figure", "figure"), sw("date", "date"), sw("quote", "quote"), sw("skip", "skipped"), `<span class="cl" data-label="c1"></span> claim`].join(" ");
}

function section(doc: ClaimsDocument, source: string, id: string): string {
  const at = locator(source);
  const loc = (offset: number) => {
    const { line, column } = at(offset);
    return `${line}:${column}`;
  };
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  const meta = [
    doc.source.title && doc.source.path ? text(doc.source.path) : null,
    doc.source.date ? `date ${text(doc.source.date)}` : null,
    [plural(doc.claims.length, "claim"), plural(doc.actors.length, "actor"), plural(doc.figures.length, "figure"), plural(doc.dates.length, "date"), plural(doc.quotes.length, "quote"), `${doc.skipped.length} skipped`].join(" · "),
    doc.source.sha256 ? `<code title="sha256 of the normalised text">${doc.source.sha256.slice(0, 12)}</code>` : null,
  ].filter(Boolean);
  const parts = [
    `<section class="doc" id="${id}">`,
    `<header><h2>${text(doc.source.title ?? doc.source.path ?? "-")}</h2><p class="meta">${meta.join(" · ")}</p></header>`,
  ];
  for (const e of doc.errors) parts.push(`<p class="error">${text(e.code)}: ${text(e.message)}</p>`);
  parts.push(`<h3>Article</h3>`, `<div class="article">${article(doc, source, id)}</div>`);
  if (doc.claims.length) parts.push(`<h3>Claims</h3>`, claimsTable(doc, id, names, loc));
  if (doc.quotes.length) parts.push(`<h3>Quotes</h3>`, quotesList(doc.quotes, id, names, loc));
  if (doc.actors.length) parts.push(`<h3>Actors</h3>`, actorsTable(doc.actors, names));
  parts.push(`</section>\n`);
  return parts.join("\n");
}

/** One mark in the article: where it is, the element it opens, and whether it is a link. */
interface Mark {
  start: number;
  end: number;
  /** outer marks first when two start together and are as long */
  rank: number;
  /**
   * the mention, as `data-m`: `actor/ID/N` (its Nth mention), `figure/N`, `date/N`, `quote/ID`,
   * `skipped/N`; the pieces of a mark split by a crossing one share it
   */
  key: string;
  tag: "a" | "span" | "del";
  cls: string;
  attrs: string;
  href: string | null;
  /** an id for the mark's first piece, to link to it */
  anchor?: string;
}

/**
 * The article text with its marks. Marks nest; one that crosses another's end is closed
 * there and opened again (a `part`), with the same `data-m`. Claims are not elements of
 * their own, which would cross quotes: each piece of text inside a claim is a `.c` span
 * with the claim's id, and the claim's label opens it.
 */
function article(doc: ClaimsDocument, source: string, id: string): string {
  const chars = [...source];
  const claims = [...doc.claims].sort((a, b) => a.start - b.start);
  const claimAt = (pos: number): Claim | null => {
    const i = countBefore(claims, (c) => c.start <= pos) - 1;
    return i >= 0 && pos < claims[i].end ? claims[i] : null;
  };
  const hrefOf = (m: { start: number }) => {
    const c = claimAt(m.start);
    return c ? `${id}-${c.id}` : null;
  };
  const marks: Mark[] = [];
  doc.skipped.forEach((s, i) =>
    marks.push({ start: s.start, end: s.end, rank: 0, key: `skipped/${i}`, tag: "del", cls: "skip", attrs: ` title="skipped: ${s.reason}"`, href: null }),
  );
  for (const q of doc.quotes) {
    const who = [q.speakerName ?? "unknown speaker", q.verb, q.direct ? null : "reported"].filter(Boolean).join(" · ");
    marks.push({ start: q.start, end: q.end, rank: 1, key: `quote/${q.id}`, tag: "span", cls: "m quote", attrs: ` title="${attr(`${q.id}: ${who}`)}"`, href: `${id}-${q.id}`, anchor: `${id}-${q.id}-text` });
  }
  for (const a of doc.actors) {
    const label = a.code ?? SHORT_KIND[a.kind] ?? a.kind;
    const title = [a.name, a.kind, a.code, a.title].filter(Boolean).join(" · ");
    a.mentions.forEach((m, i) =>
      marks.push({ start: m.start, end: m.end, rank: 2, key: `actor/${a.id}/${i}`, tag: "a", cls: `m actor k-${a.kind}`, attrs: ` data-label="${attr(label)}" title="${attr(title)}"`, href: hrefOf(m) }),
    );
  }
  doc.figures.forEach((f, i) =>
    marks.push({ start: f.start, end: f.end, rank: 3, key: `figure/${i}`, tag: "a", cls: "m figure", attrs: ` data-label="${attr(figureLabel(f))}" title="${attr(figureTitle(f))}"`, href: hrefOf(f) }),
  );
  doc.dates.forEach((d, i) =>
    marks.push({ start: d.start, end: d.end, rank: 4, key: `date/${i}`, tag: "a", cls: "m date", attrs: ` data-label="${attr(d.value ?? d.kind)}" title="${attr(dateTitle(d))}"`, href: hrefOf(d) }),
  );
  marks.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);

  // every place where something opens or closes
  const cuts = new Set<number>([0, chars.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  for (const c of claims) cuts.add(c.start).add(c.end);
  const stops = [...cuts].filter((p) => p >= 0 && p <= chars.length).sort((a, b) => a - b);

  const out: string[] = [];
  const open: { mark: Mark; link: boolean }[] = [];
  const opening = (mark: Mark, part: boolean) => {
    // no link inside a link: a nested mark follows its claim through the script
    const link = mark.href !== null && mark.tag === "a" && !open.some((o) => o.link);
    const tag = mark.tag === "a" && !link ? "span" : mark.tag;
    const target = mark.href ? (link ? ` href="#${mark.href}"` : ` data-href="${mark.href}"`) : "";
    const anchor = mark.anchor && !part ? ` id="${mark.anchor}"` : "";
    out.push(`<${tag}${anchor} class="${mark.cls}${part ? " part" : ""}" data-m="${mark.key}"${target}${mark.attrs}>`);
    open.push({ mark, link });
  };
  const closing = () => {
    const o = open.pop()!;
    out.push(`</${o.mark.tag === "a" && !o.link ? "span" : o.mark.tag}>`);
  };
  let next = 0;
  const claimStarts = new Map(claims.map((c) => [c.start, c]));
  for (let i = 0; i < stops.length; i++) {
    const pos = stops[i];
    // close what ends here; what crosses it is closed with it and opened again
    let deepest = -1;
    open.forEach((o, k) => {
      if (o.mark.end <= pos && deepest < 0) deepest = k;
    });
    if (deepest >= 0) {
      const reopen: Mark[] = [];
      while (open.length > deepest) {
        const m = open[open.length - 1].mark;
        closing();
        if (m.end > pos) reopen.unshift(m);
      }
      for (const m of reopen) opening(m, true);
    }
    const claim = claimStarts.get(pos);
    if (claim) {
      const inLink = open.some((o) => o.link);
      const label = `${id}-t-${claim.id}`;
      out.push(
        inLink
          ? `<span class="cl" id="${label}" data-label="${claim.id}" data-href="${id}-${claim.id}"></span>`
          : `<a class="cl" id="${label}" data-label="${claim.id}" href="#${id}-${claim.id}" title="${attr(`${claim.id}: ${claim.type}`)}"></a>`,
      );
    }
    while (next < marks.length && marks[next].start === pos) opening(marks[next++], false);
    if (i + 1 < stops.length) {
      const piece = text(chars.slice(pos, stops[i + 1]).join(""));
      const c = claimAt(pos);
      out.push(c ? `<span class="c" data-claim="${id}-${c.id}">${piece}</span>` : piece);
    }
  }
  while (open.length) closing();
  return out.join("");
}

function claimsTable(doc: ClaimsDocument, id: string, names: Map<string, string>, loc: (o: number) => string): string {
  const types = [...new Set(doc.claims.map((c) => c.type))].sort();
  const actorIds = [...new Set(doc.claims.flatMap((c) => c.actors.map((a) => a.ref)))].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b, "en"));
  const option = (value: string, label: string) => `<option value="${attr(value)}">${text(label)}</option>`;
  const filters = `<div class="filters">
<label>type <select aria-label="claim type"><option value="">all types</option>${types.map((t) => option(t, t)).join("")}</select></label>
<label>actor <select aria-label="actor"><option value="">all actors</option>${actorIds.map((a) => option(a, names.get(a) ?? a)).join("")}</select></label>
<span class="count">${doc.claims.length} of ${doc.claims.length}</span>
</div>`;
  const rows = doc.claims.map((c) => {
    const actors = c.actors.map((a) => `<li>${text(a.name)} <span class="role">${a.role}</span></li>`).join("");
    const figures = c.figures.map((f) => `<li title="${attr(figureTitle(f))}">${text(f.text)}<span class="val">${text(figureLabel(f))}</span></li>`).join("");
    const dates = c.dates.map((d) => `<li title="${attr(dateTitle(d))}">${text(d.text)}<span class="val">${text(d.value ?? "?")}</span></li>`).join("");
    const to = c.attribution.to === "article" ? `<span class="muted">article</span>` : text(names.get(c.attribution.to) ?? c.attribution.to);
    const said = [c.attribution.verb ? text(c.attribution.verb) : null, c.attribution.quote ? `<a href="#${id}-${c.attribution.quote}">${c.attribution.quote}</a>` : null].filter(Boolean).join(" · ");
    return `<tr id="${id}-${c.id}" data-row data-type="${c.type}" data-actors="${attr(c.actors.map((a) => a.ref).join(" "))}">
<td><a href="#${id}-t-${c.id}">${c.id}</a><span class="loc">${loc(c.start)}</span></td><td><span class="type">${c.type}</span>${c.predicate ? `<span class="loc">${text(c.predicate)}</span>` : ""}</td>
<td class="text">${text(c.text)}</td><td><ul class="list">${actors}</ul></td><td><ul class="list">${figures}</ul></td><td><ul class="list">${dates}</ul></td>
<td>${to}${said ? `<span class="loc">${said}</span>` : ""}</td><td>${c.modality}</td><td class="num">${c.score.toFixed(2)}</td></tr>`;
  });
  return `${filters}
<div class="scroll"><table class="claims"><thead><tr><th>claim</th><th>type</th><th>text</th><th>actors</th><th>figures</th><th>dates</th><th>attribution</th><th>modality</th><th class="num">score</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table></div>`;
}

function quotesList(quotes: readonly Quote[], id: string, names: Map<string, string>, loc: (o: number) => string): string {
  const items = quotes.map((q) => {
    const who = [
      `<b>${text(q.speakerName ?? "unknown speaker")}</b>`,
      q.speakerTitle ? text(q.speakerTitle) : null,
      q.speakerOrg ? text(names.get(q.speakerOrg) ?? q.speakerOrg) : null,
    ].filter(Boolean);
    const how = [q.verb ? text(q.verb) : null, q.direct ? "direct" : "reported", `<a href="#${id}-${q.id}-text" data-q>${loc(q.start)}</a>`].filter(Boolean).join(" · ");
    const body = q.direct ? `“${text(q.text)}”` : text(q.text);
    return `<li id="${id}-${q.id}"><blockquote>${body}</blockquote><p class="who">— ${who.join(", ")} <span class="muted">(${how})</span></p></li>`;
  });
  return `<ol class="quotes">${items.join("\n")}</ol>`;
}

function actorsTable(actors: readonly Actor[], names: Map<string, string>): string {
  const rows = [...actors]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, "en"))
    .map(
      (a) =>
        `<tr><td>${text(a.name)}</td><td>${a.kind}</td><td>${text(a.code ?? "")}</td><td>${text(a.title ?? "")}</td><td>${text(a.affiliation ? (names.get(a.affiliation) ?? a.affiliation) : "")}</td><td class="num">${a.mentions.length}</td></tr>`,
    );
  return `<table class="actors"><thead><tr><th>name</th><th>kind</th><th>code</th><th>title</th><th>affiliation</th><th class="num">mentions</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/** "53.3B USD", "60 %", "$50 a barrel" → "50 USD/barrel". */
function figureLabel(f: Figure): string {
  if (f.value === null) return f.kind;
  const value = COMPACT.format(f.value) + (f.max !== undefined ? `–${COMPACT.format(f.max)}` : "");
  return [value, f.unit, f.per ? `/${f.per}` : null].filter(Boolean).join(" ").replace(" /", "/");
}

function figureTitle(f: Figure): string {
  const value = f.value === null ? "?" : NUMBER.format(f.value) + (f.max !== undefined ? `–${NUMBER.format(f.max)}` : "");
  return [f.kind, `${value}${f.unit ? ` ${f.unit}` : ""}${f.per ? ` per ${f.per}` : ""}`, f.qualifier, f.measures ? `measures: ${f.measures}` : null].filter(Boolean).join(" · ");
}

function dateTitle(d: DateMention): string {
  return [d.kind, d.value ?? "unresolved", d.mod].filter(Boolean).join(" · ");
}
