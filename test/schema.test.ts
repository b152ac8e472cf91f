import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchema } from "../src/schema.js";

describe("schema/claims.schema.json", () => {
  it("is the JSON Schema generated from the zod schema (run `npm run schema` after changing src/schema.ts)", () => {
    const committed = JSON.parse(readFileSync(new URL("../schema/claims.schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(jsonSchema());
  });
});
