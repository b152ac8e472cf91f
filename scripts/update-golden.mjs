#!/usr/bin/env node
// Rewrites the golden documents of the fixtures (test/golden/*.json) from the built code.
// Run after `npm run build`; review the diff like code before committing. CI never runs this.
import { readFileSync, writeFileSync } from "node:fs";
import { extract } from "../dist/index.js";

const manifest = JSON.parse(readFileSync(new URL("../test/golden/manifest.json", import.meta.url), "utf8"));
for (const [name, { date }] of Object.entries(manifest)) {
  const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
  const doc = extract(text, { path: `fixtures/${name}`, date });
  const out = new URL(`../test/golden/${name.replace(/\.\w+$/, "")}.json`, import.meta.url);
  writeFileSync(out, JSON.stringify(doc, null, 2) + "\n");
  console.log(`wrote ${out.pathname}: ${doc.claims.length} claims, ${doc.figures.length} figures, ${doc.dates.length} dates, ${doc.actors.length} actors, ${doc.quotes.length} quotes`);
}
