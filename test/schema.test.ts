import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchema } from "../src/schema.js";

describe("the committed JSON Schemas (run `npm run schema` after changing src/schema.ts)", () => {
  it.each([
    ["schema/claims.schema.json", "document"],
    ["schema/claims-jsonl.schema.json", "jsonl"],
  ] as const)("%s is generated from the zod schema (%s)", (file, of) => {
    const committed = JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"));
    expect(committed).toEqual(jsonSchema(of));
  });
});
