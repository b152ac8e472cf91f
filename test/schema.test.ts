import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ClaimsDocument, errorDocument, ErrorDocument, jsonSchema, OutputDocument } from "../src/schema.js";

describe("the committed JSON Schemas (run `npm run schema` after changing src/schema.ts)", () => {
  it.each([
    ["schema/claims.schema.json", "document"],
    ["schema/claims-jsonl.schema.json", "jsonl"],
  ] as const)("%s is generated from the zod schema (%s)", (file, of) => {
    const committed = JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"));
    expect(committed).toEqual(jsonSchema(of));
  });
});

describe("error documents", () => {
  const failed = errorDocument("news/scan.txt", { code: "binary", message: "NUL bytes: not text" });

  it("carry the document's lists, empty, beside the error", () => {
    const lists = Object.keys(ClaimsDocument.shape).filter((k) => k !== "schemaVersion" && k !== "source");
    for (const k of lists) expect(failed, k).toHaveProperty(k, []);
    expect(ErrorDocument.parse(failed)).toEqual(failed);
  });

  it("stay error documents through the output union (the error is not dropped)", () => {
    expect(OutputDocument.parse(failed)).toEqual(failed);
  });

  it.each([
    ["a claim in an error document", { ...failed, claims: [{}] }],
    ["no error", { ...failed, error: undefined }],
    ["a list left out", { ...failed, figures: undefined }],
  ])("refuse %s", (_, doc) => {
    expect(ErrorDocument.safeParse(doc).success).toBe(false);
  });
});
