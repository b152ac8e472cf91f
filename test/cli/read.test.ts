import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { articleOf, jsonlRecord, readRecords, recordsOf, type ReadResult } from "../../src/input/read.js";

const show = (r: ReadResult | null) =>
  r === null ? null : "error" in r ? [r.path, r.error.code] : [r.article.path, r.article.text, r.article.date, r.article.title, r.article.format];

describe("a JSONL record", () => {
  it.each([
    ["id, text, title and date", '{"id": "a", "text": "Oil rose.", "title": " Oil ", "date": "2024-05-20T10:00:00Z"}', ["f#a", "Oil rose.", "2024-05-20", "Oil", "text"]],
    ["a number id", '{"id": 7, "text": "x"}', ["f#7", "x", null, null, "text"]],
    ["no id: the line number", '{"text": "x"}', ["f#3", "x", null, null, "text"]],
    ["an empty id: the line number", '{"id": "", "text": "x"}', ["f#3", "x", null, null, "text"]],
    ["a null date", '{"text": "x", "date": null}', ["f#3", "x", null, null, "text"]],
    ["an empty date", '{"text": "x", "date": ""}', ["f#3", "x", null, null, "text"]],
    ["an impossible date", '{"text": "x", "date": "2024-02-30"}', ["f#3", "jsonl"]],
    ["a date that is not YYYY-MM-DD", '{"id": "a", "text": "x", "date": "May 31 2024"}', ["f#a", "jsonl"]],
    ["a date that is not a string", '{"text": "x", "date": 20240520}', ["f#3", "jsonl"]],
    ["an HTML text", '{"text": "<html><body><p>x</p></body></html>"}', ["f#3", "<html><body><p>x</p></body></html>", null, null, "html"]],
    ["a CRLF line end", '{"text": "x"}\r', ["f#3", "x", null, null, "text"]],
    ["a blank line", "   ", null],
    ["not JSON", '{"text": "x"', ["f#3", "jsonl"]],
    ["no text", '{"body": "x"}', ["f#3", "jsonl"]],
    ["a text that is not a string", '{"text": 5}', ["f#3", "jsonl"]],
    ["an array", '["x"]', ["f#3", "jsonl"]],
    ["null", "null", ["f#3", "jsonl"]],
  ])("%s", (_, line, want) => {
    expect(show(jsonlRecord("f", line, 3))).toEqual(want);
  });

  it("a record longer than the limit is too-large", () => {
    expect(show(jsonlRecord("f", JSON.stringify({ text: "x".repeat(200) }), 1, 100))).toEqual(["f#1", "too-large"]);
  });
});

describe("bytes → article", () => {
  it.each([
    ["UTF-8", Buffer.from("Oil rose."), ["a.txt", "Oil rose.", null, null, "text"]],
    ["UTF-16 LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Oil", "utf16le")]), ["a.txt", "Oil", null, null, "text"]],
    ["NUL bytes", Buffer.from("Oil\0rose"), ["a.txt", "binary"]],
    ["invalid UTF-8", Buffer.from([0x4f, 0xff, 0x69]), ["a.txt", "encoding"]],
    ["over the limit", Buffer.alloc(101, 0x61), ["a.txt", "too-large"]],
  ])("%s", (_, bytes, want) => {
    expect(show(articleOf("a.txt", bytes, 100))).toEqual(want);
  });
});

describe("a JSONL file, streamed", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "claims-read-"));
  });
  const records = async (content: Buffer | string, max?: number) => {
    const file = path.join(dir, `r${Math.random().toString(36).slice(2)}.jsonl`);
    writeFileSync(file, content);
    const out: unknown[] = [];
    for await (const r of readRecords("f.jsonl", file, { maxBytes: max })) out.push(show(r));
    return out;
  };

  it("reads records that cross read-chunk boundaries, and a last line without a newline", async () => {
    const long = "Oil rose. ".repeat(120_000); // over 1 MB: streamed in 64 kB chunks
    const got = await records(`${JSON.stringify({ id: "a", text: long })}\n\n${JSON.stringify({ id: "b", text: "x" })}`);
    expect(got).toEqual([["f.jsonl#a", long, null, null, "text"], ["f.jsonl#b", "x", null, null, "text"]]);
  });

  it("a bad line is one error record; the others still run", async () => {
    const got = await records(Buffer.concat([Buffer.from('{"text": "a"}\n{"text": "\xff"}\n', "latin1"), Buffer.from('nope\n{"text": "c"}\n')]));
    expect(got).toEqual([["f.jsonl#1", "a", null, null, "text"], ["f.jsonl#2", "encoding"], ["f.jsonl#3", "jsonl"], ["f.jsonl#4", "c", null, null, "text"]]);
  });

  it("a line over the size limit is too-large, without holding it", async () => {
    const got = await records(`{"text": "a"}\n${JSON.stringify({ text: "x".repeat(300_000) })}\n{"text": "c"}\n`, 1000);
    expect(got).toEqual([["f.jsonl#1", "a", null, null, "text"], ["f.jsonl#2", "too-large"], ["f.jsonl#3", "c", null, null, "text"]]);
  });

  it("UTF-16 JSONL with a BOM", async () => {
    const got = await records(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id": "u", "text": "Öl"}\n', "utf16le")]));
    expect(got).toEqual([["f.jsonl#u", "Öl", null, null, "text"]]);
  });
});

describe("a JSONL byte stream, decoded line by line", () => {
  const utf16 = (s: string, be = false) => {
    const le = Buffer.from(s, "utf16le");
    if (be) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
  };
  /** the stream cut into chunks of `size` bytes: lines and characters cross chunk boundaries */
  const chunked = (b: Buffer, size: number) => Array.from({ length: Math.ceil(b.length / size) }, (_, i) => b.subarray(i * size, (i + 1) * size));
  const read = async (b: Buffer, size: number, max?: number) => {
    const out: unknown[] = [];
    for await (const r of recordsOf("-", chunked(b, size), { maxBytes: max })) out.push("error" in r ? [r.line, r.error.code] : [r.article.line, r.article.text]);
    return out;
  };
  // "ਊ" is U+0A0A and "Ċ" U+010A: in UTF-16 they hold 0x0A bytes that are not line feeds
  const RECORDS = '{"text": "Öl ਊ Ċ"}\r\n\n{"text": "b"}\n{"text": "c"}';
  const WANT = [[1, "Öl ਊ Ċ"], [3, "b"], [4, "c"]];

  it.each([1, 2, 3, 7, 64])("UTF-8, UTF-8 with a BOM, UTF-16 LE and BE with a BOM, in chunks of %i bytes", async (size) => {
    for (const b of [Buffer.from(RECORDS), Buffer.from("\ufeff" + RECORDS), utf16(RECORDS), utf16(RECORDS, true)]) expect(await read(b, size)).toEqual(WANT);
  });

  it.each([
    ["invalid UTF-8", Buffer.from('{"text": "a"}\n{"text": "\xff"}\n{"text": "c"}\n', "latin1"), [[1, "a"], [2, "encoding"], [3, "c"]]],
    ["a NUL byte", Buffer.from('{"text": "a"}\n{"text": "\0"}\n{"text": "c"}\n'), [[1, "a"], [2, "binary"], [3, "c"]]],
    ["UTF-16 with an unpaired surrogate", utf16('{"text": "a"}\n{"text": "\ud800"}\n{"text": "c"}\n'), [[1, "a"], [2, "encoding"], [3, "c"]]],
    ["UTF-16 with a NUL character", utf16('{"text": "a"}\n{"text": "\0"}\n{"text": "c"}\n', true), [[1, "a"], [2, "binary"], [3, "c"]]],
    ["a line over the limit", Buffer.from(`{"text": "a"}\n{"text": "${"x".repeat(5000)}"}\n{"text": "c"}\n`), [[1, "a"], [2, "too-large"], [3, "c"]]],
    ["a last line without a line feed", Buffer.from('{"text": "a"}\n{"text": "c"}'), [[1, "a"], [2, "c"]]],
    ["only a BOM", Buffer.from([0xef, 0xbb, 0xbf]), []],
  ])("%s: that line alone fails", async (_, b, want) => {
    expect(await read(b, 5, 1000)).toEqual(want);
  });
});
