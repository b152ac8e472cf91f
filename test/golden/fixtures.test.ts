/**
 * The fixtures' golden documents: the pipeline's output for each bundled article,
 * compared as files. When a change alters them, rerun `npm run golden` and review the
 * diff line by line; CI never rewrites them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { DocumentSchema } from "../../src/index.js";
import { jsonReporter } from "../../src/report/json.js";

const manifest = JSON.parse(readFileSync(new URL("./manifest.json", import.meta.url), "utf8")) as Record<string, { date: string | null }>;
const cases = Object.entries(manifest).map(([name, { date }]) => ({
  name,
  date,
  text: readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8"),
  golden: new URL(`./${name.replace(/\.\w+$/, "")}.json`, import.meta.url),
}));

describe.each(cases)("fixture $name", ({ name, date, text, golden }) => {
  const doc = extract(text, { path: `fixtures/${name}`, date });

  it("matches its golden document", () => {
    expect(JSON.stringify(doc, null, 2) + "\n").toBe(readFileSync(golden, "utf8"));
  });

  it("is written as a document the schema accepts, equal to its golden file", () => {
    // what the CLI writes, read back: the golden file and the written JSON, not the object extract() already parsed
    const written = JSON.parse(jsonReporter().document(doc, text));
    const result = DocumentSchema.safeParse(written);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(DocumentSchema.safeParse(JSON.parse(readFileSync(golden, "utf8"))).success).toBe(true);
  });

  it("gives every mention back when its offsets slice the text", () => {
    const cps = [...text.replace(/^\uFEFF/, "")];
    const slice = (m: { start: number; end: number }) => cps.slice(m.start, m.end).join("");
    const mentions = [
      ...doc.figures,
      ...doc.dates,
      ...doc.quotes,
      ...doc.skipped,
      ...doc.claims,
      ...doc.claims.flatMap((c) => [...c.figures, ...c.dates]),
      ...doc.actors.flatMap((a) => a.mentions),
    ];
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(slice(m)).toBe(m.text);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(extract(text, { path: `fixtures/${name}`, date }))).toBe(JSON.stringify(doc));
  });

  it("extracts nothing from skipped boilerplate", () => {
    const inSkipped = (m: { start: number; end: number }) => doc.skipped.some((s) => m.start < s.end && s.start < m.end);
    const all = [...doc.figures, ...doc.dates, ...doc.quotes, ...doc.claims, ...doc.actors.flatMap((a) => a.mentions)];
    expect(all.filter(inSkipped)).toEqual([]);
  });
});
