// toGexf: the GEXF writer (graphology-gexf's, fed flat attributes) — well-formed for any text,
// typed attribute columns, layout in viz fields, byte-stable. Read-back is in round-trip.test.ts.
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { nodeKey, toGexf } from "../../../src/core/index.js";
import { SAMPLE_EDGES, SAMPLE_NODES, buildGraph, sampleGraph } from "../../helpers/core-graph.js";

interface GexfReading {
  readonly errors: string[];
  /** "node:mentions" → "integer", from <attributes class="node"><attribute id title type/>. */
  readonly columns: Record<string, string>;
  readonly namespaces: Record<string, string>;
  readonly elements: string[];
}

function readGexf(text: string): GexfReading {
  const errors: string[] = [];
  const columns: Record<string, string> = {};
  const namespaces: Record<string, string> = {};
  const elements: string[] = [];
  let attributeClass = "";
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (err) => errors.push(err.message));
  parser.on("opentag", (tag) => {
    const attr = (name: string) => tag.attributes[name]?.value ?? "";
    elements.push(`${tag.prefix ? `${tag.prefix}:` : ""}${tag.local}`);
    if (tag.local === "gexf")
      for (const [name, a] of Object.entries(tag.attributes)) if (name.startsWith("xmlns")) namespaces[name] = a.value;
    if (tag.local === "attributes") attributeClass = attr("class");
    if (tag.local === "attribute") columns[`${attributeClass}:${attr("title")}`] = attr("type");
  });
  parser.write(text).close();
  return { errors, columns, namespaces, elements };
}

describe("toGexf attribute columns", () => {
  const reading = readGexf(toGexf(sampleGraph()));

  it.each<[string, string]>([
    ["node:kind", "string"],
    ["node:aliases", "string"], // a list, as JSON
    ["node:articles", "string"],
    ["node:mentions", "integer"],
    ["edge:relation", "string"],
    ["edge:evidence", "string"],
    ["edge:modality", "string"],
    ["edge:to", "string"],
  ])("declares %s as %s", (column, type) => {
    expect(reading.columns[column]).toBe(type);
  });

  it.each([["node:label"], ["node:x"], ["node:y"], ["node:size"], ["node:color"], ["edge:weight"]])(
    "keeps %s out of the columns (GEXF has its own field for it)",
    (column) => {
      expect(reading.columns[column]).toBeUndefined();
    },
  );

  it("puts colour, size and position in GEXF 1.2's viz namespace", () => {
    expect([reading.namespaces["xmlns"], reading.namespaces["xmlns:viz"]]).toEqual([
      "http://www.gexf.net/1.2draft",
      "http://www.gexf.net/1.2draft/viz",
    ]);
    expect(reading.elements).toEqual(expect.arrayContaining(["viz:color", "viz:size", "viz:position"]));
  });
});

describe("toGexf text", () => {
  // [case, text used as a label, an alias, an export destination and an evidence sentence]
  it.each<[string, string]>([
    ["an ampersand and angle brackets", "Berg & <Sons>"],
    ["quotes of both kinds", `"Blue" 'Harbour'`],
    ["a CDATA terminator", "a ]]> b"],
    ["emoji and right-to-left scripts", "🐟 שלום عربي"],
    ["C0 control characters and a NUL", "Ana\u0000\u0001\u001FRuiz"],
    ["lone surrogates and noncharacters", "Ana\uD800Ruiz\uDC00\uFFFE"],
    ["tabs and line breaks", "one\ttwo\r\nthree"],
  ])("is well-formed XML with %s", (_name, text) => {
    const graph = buildGraph(
      [
        { kind: "person", label: text, key: "person:odd", attributes: { aliases: [text] } },
        { kind: "country", label: "Norway" },
      ],
      [
        {
          source: "person:odd",
          relation: "represents",
          target: nodeKey("country", "Norway"),
          attributes: { to: text, evidence: [{ article: text, sentence: text }] },
        },
      ],
    );
    expect(readGexf(toGexf(graph)).errors).toEqual([]);
  });

  it("is byte-identical for the same graph built in another order", () => {
    const reversed = buildGraph([...SAMPLE_NODES].reverse(), [...SAMPLE_EDGES].reverse());
    expect(toGexf(reversed)).toBe(toGexf(sampleGraph()));
  });

  it("names newsgraph as the creator in <meta>", () => {
    expect(toGexf(sampleGraph())).toContain("<creator>newsgraph</creator>");
  });
});
