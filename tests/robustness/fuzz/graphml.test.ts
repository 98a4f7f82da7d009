// The GraphML writer with any text (fast-check): markup, "]]>", entities, quotes, control characters,
// line separators (NEL and U+2028, which some readers turn into "\n"), lone surrogates and emoji in labels, aliases, evidence, titles and keys give a well-formed document
// that reads back with the same strings (plain ones less the characters XML cannot carry); keys that differ only
// in those characters are refused, not merged into one id.
import Graph from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTRACT_VERSION, KIND_COLORS, createNewsGraph, toGraphml, type NewsGraph } from "../../../src/core/index.js";
import { dropInvalidXmlChars } from "../../../src/core/io/xml-chars.js";
import { buildGraph } from "../../helpers/core-graph.js";
import { readXml } from "../../helpers/core-xml.js";
import { runs } from "../../helpers/robust-arbitraries.js";

/** Any text, weighted towards what breaks XML writers. */
const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom(
      "<",
      ">",
      "&",
      '"',
      "'",
      "]]>",
      "<![CDATA[",
      "&amp;",
      "&#0;",
      "\u0000",
      "\u0001",
      "\u001b",
      "\ud800",
      "\udfff",
      "\ufffe",
      "\r",
      "\t",
      "\n",
      "\u0085",
      "\u2028",
      "\u2029",
      " ",
      "🐟",
      "a",
    ),
    maxLength: 30,
  }),
);

/** Two nodes and one edge carrying `text` everywhere a string goes; keys made distinct after XML's dropping. */
function graphWith(text: string): NewsGraph {
  const graph = createNewsGraph();
  graph.replaceAttributes({ contract: CONTRACT_VERSION, articles: [{ id: `a${text}`, title: text, outlet: text }] });
  const [a, b] = [`person:a${text}`, `person:b${text}`];
  for (const key of [a, b]) {
    graph.addNode(key, {
      label: `${text}!`,
      kind: "person",
      aliases: [text, "x"],
      mentions: 1,
      articles: [`a${text}`],
      x: 0,
      y: 0,
      size: 1,
      color: KIND_COLORS.person,
    });
  }
  graph.addDirectedEdgeWithKey(`${a}|met|${b}`, a, b, {
    relation: "met",
    weight: 1,
    evidence: [{ article: `a${text}`, sentence: text, start: 0, end: text.length }],
    to: text,
  });
  return graph;
}

describe("toGraphml with any text", () => {
  it("writes a document that a strict XML parser accepts", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(readXml(toGraphml(graphWith(text))).errors).toEqual([]);
      }),
      { numRuns: runs(200, 0.1) },
    );
  });

  // Plain string attributes lose the characters XML cannot carry; list attributes are JSON strings,
  // where JSON escapes ("\u0000", "\ud800") keep them all but U+FFFE and U+FFFF, which JSON leaves as they are.
  it("reads back with every string as written, less the characters XML cannot carry (JSON lists keep escaped ones)", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const back = parseGraphml(Graph, toGraphml(graphWith(text)));
        const clean = dropInvalidXmlChars(text);
        const listed = text.replace(/[\uFFFE\uFFFF]/g, "");
        const node = back.getNodeAttributes(`person:a${clean}`);
        const edge = back.getEdgeAttributes(`person:a${clean}|met|person:b${clean}`);
        expect([node.label, JSON.parse(String(node.aliases)), edge.to, JSON.parse(String(edge.evidence))[0].sentence]).toEqual([
          `${clean}!`,
          [listed, "x"],
          clean,
          listed,
        ]);
      }),
      { numRuns: runs(200, 0.1) },
    );
  });
});

describe("toGraphml with keys that differ only in characters XML cannot carry", () => {
  it.each<[string, () => NewsGraph]>([
    [
      "two nodes",
      () =>
        buildGraph(
          [
            { kind: "person", label: "A", key: "person:a\u0001" },
            { kind: "person", label: "B", key: "person:a" },
          ],
          [],
        ),
    ],
    [
      "two edges",
      () => {
        const g = buildGraph(
          [
            { kind: "person", label: "A" },
            { kind: "person", label: "B" },
          ],
          [],
        );
        for (const key of ["e\u0002", "e"])
          g.addDirectedEdgeWithKey(key, "person:a", "person:b", {
            relation: "met",
            weight: 1,
            evidence: [{ article: "a.txt", sentence: "s" }],
          });
        return g;
      },
    ],
    ["two attribute names", () => buildGraph([{ kind: "person", label: "A", attributes: { "note\u0003": "x", note: "y" } as object }], [])],
  ])("refuses %s with a ContractError naming both", (_name, make) => {
    expect(() => toGraphml(make())).toThrow(
      expect.objectContaining({ name: "ContractError", message: expect.stringMatching(/cannot keep the \w+s ".*" and ".*" apart/) }),
    );
  });

  it("writes keys with such characters when they stay distinct", () => {
    const graph = buildGraph(
      [
        { kind: "person", label: "A", key: "person:\u0001a" },
        { kind: "person", label: "B", key: "person:b" },
      ],
      [],
    );
    expect(parseGraphml(Graph, toGraphml(graph)).nodes().sort()).toEqual(["person:a", "person:b"]);
  });
});
