import { describe, expect, it } from "vitest";
import { escapeXml } from "../../../src/core/io/graphml.js";
import { sortedJson, sortKeys } from "../../../src/core/io/sorted-json.js";

// sortedJson writes in one pass what JSON.stringify(sortKeys(value)) writes from a sorted copy
const CASES: [string, unknown][] = [
  ["scalars", [null, true, false, 0, -0, 1.5, -3e-9, 1e21, "x", ""]],
  ["non-finite numbers", [NaN, Infinity, -Infinity]],
  ["nested objects", { title: "x", id: "a", evidence: [{ end: 2, start: 1, doc: "d" }], empty: {}, list: [] }],
  ["undefined and functions", { a: undefined, b: () => 1, c: [undefined, () => 1], d: 1 }],
  ["array-index keys first, in numeric order", { b: 1, "10": 2, "9": 3, "01": 4, a: { "2": 0, "1": 0, z: 0 } }],
  ["escapes in keys and strings", { 'q"k': "line\nbreak\u2028", "\u0001": "\ud800" }],
];

describe("sortedJson", () => {
  it.each(CASES)("%s: the text of JSON.stringify(sortKeys(value))", (_, value) => {
    expect(sortedJson(value)).toBe(JSON.stringify(sortKeys(value)));
  });
});

// the fast path (nothing to escape) and the slow one give what the chain of replacements gave
const escapeChain = (text: string) =>
  text
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      "",
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\u0085/g, "&#133;")
    .replace(/\u2028/g, "&#8232;")
    .replace(/\u2029/g, "&#8233;");

describe("escapeXml", () => {
  it.each([
    "plain words",
    "Ana Ruiz & Co <b>",
    `"it's"\r\n\tx`,
    "a\u0085b\u2028c\u2029d",
    "\u0001\uFFFE\uFFFF",
    "emoji 😀 lone \ud800 and \udc00",
    "&amp; already",
  ])("%j", (text) => {
    expect(escapeXml(text)).toBe(escapeChain(text));
  });
});
