// readJsonLine: one line of a JSON-lines corpus → an article (with an id, given or "<file>:<line>"),
// a reason to skip it, or nothing for a blank line.
import { describe, expect, it } from "vitest";
import { readJsonLine } from "../../../src/cli/readers/jsonl.js";
import { DEFAULT_READ_LIMITS } from "../../../src/cli/readers/read-result.js";

const line = (record: unknown) => JSON.stringify(record);

describe("readJsonLine", () => {
  it.each<[string, string, unknown]>([
    ["text only: the id is <file>:<line>", line({ text: "Chile signed." }), { article: { id: "news.jsonl:7", text: "Chile signed." } }],
    [
      "every field",
      line({ id: "w-1", title: "Pact", date: "2026-03-06", url: "https://w.example/1", outlet: "Wire", text: "Chile signed." }),
      { article: { id: "w-1", title: "Pact", date: "2026-03-06", url: "https://w.example/1", outlet: "Wire", text: "Chile signed." } },
    ],
    ["a numeric id", line({ id: 42, text: "Chile signed." }), { article: { id: "42", text: "Chile signed." } }],
    [
      "other fields, ignored",
      line({ text: "Chile signed.", category: "politics", topics: ["trade"] }),
      { article: { id: "news.jsonl:7", text: "Chile signed." } },
    ],
    [
      "a date made ISO",
      line({ text: "Chile signed.", date: "6 March 2026" }),
      { article: { id: "news.jsonl:7", text: "Chile signed.", date: "2026-03-06" } },
    ],
    [
      "a date that cannot be read, dropped",
      line({ text: "Chile signed.", date: "soon" }),
      { article: { id: "news.jsonl:7", text: "Chile signed." } },
    ],
    ["a wrong-typed title, dropped", line({ text: "Chile signed.", title: 7 }), { article: { id: "news.jsonl:7", text: "Chile signed." } }],
    ["a blank line", "   ", undefined],
    ["a line that is not JSON", "{text: oops", { skip: { reason: "not an article", detail: "not JSON" } }],
    ["a JSON value that is not an object", "[1, 2]", { skip: { reason: "not an article", detail: 'not an object with a "text" string' } }],
    ["an object without text", line({ id: "x" }), { skip: { reason: "not an article", detail: 'not an object with a "text" string' } }],
    [
      "an object whose text is a number",
      line({ text: 5 }),
      { skip: { reason: "not an article", detail: 'not an object with a "text" string' } },
    ],
    ["an empty text", line({ text: " \n " }), { skip: { reason: "empty" } }],
  ])("reads %s", (_name, input, expected) => {
    expect(readJsonLine(input, 7, "news.jsonl", DEFAULT_READ_LIMITS)).toEqual(expected);
  });

  it("skips a text over the size limit as too large", () => {
    const result = readJsonLine(line({ text: "x".repeat(2000) }), 1, "news.jsonl", { ...DEFAULT_READ_LIMITS, maxArticleBytes: 1000 });
    expect(result).toMatchObject({ skip: { reason: "too large" } });
  });
});
