/**
 * The style and the few lines of script of the html report, inlined in the page (no
 * network: the page's Content-Security-Policy allows nothing else).
 */

/** Colours by kind of mention, named once for the marks and the legend. */
export const CSS = `
:root { --ink: #1f2430; --muted: #6b7280; --line: #e5e7eb; --paper: #ffffff; --wash: #f7f7f8;
  --actor: #dbeafe; --actor-edge: #3b82f6; --figure: #fef3c7; --figure-edge: #d97706;
  --date: #dcfce7; --date-edge: #16a34a; --quote: #f3e8ff; --quote-edge: #9333ea; --claim: #fff7d6; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--wash); }
.page { max-width: 1180px; margin: 0 auto; padding: 24px; }
.page:has(> nav.toc) { display: grid; grid-template-columns: 240px minmax(0, 1fr); gap: 24px; max-width: 1420px; }
.page > main { grid-column: -2; min-width: 0; }
nav.toc { grid-column: 1; grid-row: 1; position: sticky; top: 24px; align-self: start; max-height: calc(100vh - 48px); overflow: auto; font-size: 13px; }
nav.toc h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 8px; }
nav.toc ol { list-style: none; margin: 0; padding: 0; }
nav.toc li { margin: 0 0 8px; }
nav.toc a { color: var(--ink); font-weight: 600; text-decoration: none; }
nav.toc a:hover { text-decoration: underline; }
nav.toc .sub { display: block; color: var(--muted); overflow-wrap: anywhere; }
nav.toc li.failed a { color: #b91c1c; }
header.run { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px 20px; margin: 0 0 16px; }
header.run h1 { font-size: 20px; margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 12px; font-size: 13px; color: var(--muted); align-items: center; }
section.doc { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 20px 24px; margin: 0 0 24px; }
section.doc > header h2 { font-size: 22px; line-height: 1.25; margin: 0 0 4px; }
.meta { color: var(--muted); font-size: 13px; margin: 0; overflow-wrap: anywhere; }
.meta code { font-size: 12px; }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 22px 0 8px; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; font: 16px/1.75 Georgia, "Noto Serif", "DejaVu Serif", serif; max-width: 78ch;
  padding: 4px 0; }
.m { border-radius: 4px; padding: 1px 2px; text-decoration: none; color: inherit; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.m::after { content: attr(data-label); font: 600 9.5px/1 system-ui, sans-serif; letter-spacing: .04em; text-transform: uppercase;
  margin-left: 4px; vertical-align: 1px; opacity: .75; white-space: nowrap; }
.m.actor { background: var(--actor); box-shadow: inset 0 -2px var(--actor-edge); }
.m.figure { background: var(--figure); box-shadow: inset 0 -2px var(--figure-edge); }
.m.date { background: var(--date); box-shadow: inset 0 -2px var(--date-edge); }
.m.quote { background: var(--quote); padding: 2px 0; }
.m.quote::after { content: none; }
.m.part::after { content: none; }
a.m:hover, .m[data-href]:hover { filter: brightness(.93); cursor: pointer; }
.c.lit { background: var(--claim); }
.m.quote .c.lit { background: #fbe6a2; }
.cl { font: 700 10px/1 system-ui, sans-serif; color: #fff; background: #475569; border-radius: 8px; padding: 2px 5px; margin: 0 3px 0 1px;
  vertical-align: 3px; text-decoration: none; }
.cl::before { content: attr(data-label); }
.cl:hover { background: #1e293b; }
del.skip { color: #9ca3af; text-decoration: line-through; text-decoration-color: #9ca3af; }
.ctl { font-size: 0; }
.ctl::before { content: attr(data-c); font: 11px/1 ui-monospace, monospace; color: #b91c1c; background: #fee2e2; border-radius: 3px; padding: 0 2px; }
.swatch { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; color: var(--ink); }
.swatch.actor { background: var(--actor); box-shadow: inset 0 -2px var(--actor-edge); }
.swatch.figure { background: var(--figure); box-shadow: inset 0 -2px var(--figure-edge); }
.swatch.date { background: var(--date); box-shadow: inset 0 -2px var(--date-edge); }
.swatch.quote { background: var(--quote); }
.swatch.skip { color: #9ca3af; text-decoration: line-through; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; font-size: 13px; margin: 0 0 8px; }
.filters select { font: inherit; padding: 2px 4px; border: 1px solid var(--line); border-radius: 6px; background: var(--paper); }
.filters .count { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--line); padding: 6px; white-space: nowrap; }
td { border-bottom: 1px solid var(--line); padding: 6px; vertical-align: top; }
tr:target td, tr.lit td { background: var(--claim); }
td.text { width: 30%; min-width: 24ch; }
.scroll { overflow-x: auto; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td .loc { color: var(--muted); font-size: 11px; display: block; }
.type { display: inline-block; border: 1px solid #cbd5e1; border-radius: 10px; padding: 0 7px; font-size: 12px; white-space: nowrap; background: #f8fafc; }
.role { color: var(--muted); font-size: 11px; }
.val { display: block; color: var(--muted); font-size: 11px; white-space: nowrap; }
.list li + li { margin-top: 4px; }
.list { margin: 0; padding: 0; list-style: none; }
.list li { margin: 0 0 2px; }
ol.quotes { list-style: none; margin: 0; padding: 0; }
ol.quotes li { margin: 0 0 12px; padding: 0 0 0 12px; border-left: 3px solid var(--quote-edge); }
ol.quotes li:target { background: var(--quote); }
ol.quotes blockquote { margin: 0; font: 15px/1.6 Georgia, "Noto Serif", "DejaVu Serif", serif; white-space: pre-wrap; }
ol.quotes .who { margin: 2px 0 0; font-size: 13px; color: var(--muted); }
ol.quotes .who b { color: var(--ink); }
.error { color: #b91c1c; }
.muted { color: var(--muted); }
details summary { cursor: pointer; color: var(--muted); font-size: 13px; }
`;

/**
 * Clicks on marks nested in a link follow their claim; a claim lights up in the text and
 * the table when its row, label or text is pointed at; the table filters by type and actor.
 */
export const SCRIPT = `
(() => {
  const lit = (id, on) => document.querySelectorAll('[data-claim="' + id + '"], tr[id="' + id + '"]').forEach((e) => e.classList.toggle("lit", on));
  for (const ev of ["mouseover", "mouseout"]) document.addEventListener(ev, (e) => {
    const el = e.target.closest && e.target.closest("[data-claim], tr[data-row]");
    if (el) lit(el.dataset.claim || el.id, ev === "mouseover");
  });
  document.addEventListener("click", (e) => {
    const el = e.target.closest && e.target.closest("[data-href]");
    if (el && !e.target.closest("a[href]")) location.hash = el.dataset.href;
  });
  for (const sec of document.querySelectorAll("section.doc")) {
    const selects = sec.querySelectorAll(".filters select"), rows = sec.querySelectorAll("tr[data-row]"), count = sec.querySelector(".filters .count");
    const apply = () => {
      const [type, actor] = [...selects].map((s) => s.value);
      let n = 0;
      for (const r of rows) { const show = (!type || r.dataset.type === type) && (!actor || r.dataset.actors.split(" ").includes(actor)); r.hidden = !show; n += show; }
      if (count) count.textContent = n + " of " + rows.length;
    };
    selects.forEach((s) => s.addEventListener("change", apply));
  }
})();
`;
