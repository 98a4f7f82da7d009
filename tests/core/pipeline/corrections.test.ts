// Stage 4b, corrections: each kind of entry applied by the pipeline, what it reports, and the file's
// validation (contract/corrections.ts). Texts are our own.
import { describe, expect, it } from "vitest";
import {
  correctGraph,
  Corrections,
  correctionsProblem,
  runPipeline,
  toGraphJsonObject,
  type Correction,
  type NewsGraph,
} from "../../../src/core/index.js";
import { nodesOf } from "../../helpers/core-pipeline.js";

const ARTICLES = [
  { id: "a.txt", text: "Nordvik Air chief executive Ana Ruiz said the carrier would grow. Vestrafly boss Tomas Berg met Ruiz in Oslo." },
  { id: "b.txt", text: "Ana Ruiz, a spokesperson for NVA, said so. Chile signed the Blue Harbour Agreement on salmon." },
];

function build(entries: Correction[], articles = ARTICLES): NewsGraph {
  const corrections = Corrections.parse({ corrections: 1, entries });
  return runPipeline(articles, { layout: false, corrections });
}
/** Every edge as "source -relation-> target" (labels). */
const edgesOf = (graph: NewsGraph) => graph.mapEdges((_, a, _s, _t, sa, ta) => `${sa.label} -${a.relation}-> ${ta.label}`).sort();
const reports = (graph: NewsGraph) => graph.getAttribute("corrections");

describe("corrections applied by the build", () => {
  it("without a corrections file the graph has no corrections attribute", () => {
    expect(runPipeline(ARTICLES, { layout: false }).getAttribute("corrections")).toBeUndefined();
  });

  it("merge: the one entity takes the other's mentions, aliases and relations", () => {
    const before = nodesOf(build([]));
    expect(before).toEqual(expect.arrayContaining(["organization:Nordvik Air", "organization:NVA"]));
    const graph = build([{ op: "merge", from: "NVA", into: "organization:nordvik-air" }]);
    const nodes = nodesOf(graph);
    expect(nodes).toContain("organization:Nordvik Air");
    expect(nodes).not.toContain("organization:NVA");
    const air = graph.getNodeAttributes("organization:nordvik-air");
    expect(air.aliases).toEqual(expect.arrayContaining(["NVA", "Nordvik Air"]));
    expect(air.articles).toEqual(["a.txt", "b.txt"]);
    expect(edgesOf(graph)).toContain("Ana Ruiz -represents-> Nordvik Air");
    expect(reports(graph)).toEqual([{ entry: 0, op: "merge", status: "applied" }]);
  });

  it("rename and retype: the node's label and kind, and its key with them", () => {
    const graph = build([
      { op: "rename", entity: "Vestrafly", label: "Vestrafly Airlines" },
      { op: "retype", entity: "Blue Harbour Agreement", kind: "event" },
    ]);
    expect(nodesOf(graph)).toEqual(expect.arrayContaining(["organization:Vestrafly Airlines", "event:Blue Harbour Agreement"]));
    // a relation whose signature the new kind does not fit is not found
    expect(edgesOf(graph).filter((e) => e.includes("Blue Harbour"))).toEqual([]);
    expect(reports(graph)!.map((r: { status: string }) => r.status)).toEqual(["applied", "applied"]);
  });

  it("hide: the node and every relation touching it are left out", () => {
    const graph = build([{ op: "hide", entity: "person:ana-ruiz" }]);
    expect(nodesOf(graph).some((n) => n.includes("Ana Ruiz"))).toBe(false);
    expect(edgesOf(graph).some((e) => e.includes("Ana Ruiz"))).toBe(false);
  });

  it("alias: another name of the node", () => {
    const graph = build([{ op: "alias", entity: "Tomas Berg", alias: "T. Berg" }]);
    expect(graph.getNodeAttributes("person:tomas-berg").aliases).toContain("T. Berg");
  });

  it("hideRelation: one edge, either way round for a symmetric relation", () => {
    const before = edgesOf(build([]));
    expect(before).toContain("Ana Ruiz -met-> Tomas Berg");
    const graph = build([{ op: "hideRelation", source: "Tomas Berg", relation: "met", target: "Ana Ruiz" }]);
    expect(edgesOf(graph)).not.toContain("Ana Ruiz -met-> Tomas Berg");
    expect(edgesOf(graph)).toContain("Ana Ruiz -represents-> Nordvik Air");
  });

  it("hideEvidence: one sentence's evidence; an edge left with none is gone", () => {
    const whole = build([]);
    const edge = whole.findEdge((_, a) => a.relation === "signed")!;
    const { article, start } = whole.getEdgeAttribute(edge, "evidence")[0]!;
    const graph = build([{ op: "hideEvidence", article, start: start! }]);
    expect(graph.findEdge((_, a) => a.relation === "signed")).toBeUndefined();
    expect(reports(graph)).toEqual([{ entry: 0, op: "hideEvidence", status: "applied" }]);
  });

  it("an entry that matches nothing is reported stale and the build goes on", () => {
    const graph = build([
      { op: "merge", from: "Nobody Here", into: "Ana Ruiz" },
      { op: "hideRelation", source: "Ana Ruiz", relation: "visited", target: "Chile" },
      { op: "rename", entity: "Tomas Berg", label: "Tomas A. Berg" },
    ]);
    expect(reports(graph)).toEqual([
      { entry: 0, op: "merge", status: "stale", reason: 'no entity "Nobody Here"' },
      { entry: 1, op: "hideRelation", status: "stale", reason: 'no visited relation from "Ana Ruiz" to "Chile"' },
      { entry: 2, op: "rename", status: "applied" },
    ]);
    expect(nodesOf(graph)).toContain("person:Tomas A. Berg");
  });

  it("a merge of incompatible kinds is refused with its reason", () => {
    const graph = build([{ op: "merge", from: "Chile", into: "Blue Harbour Agreement" }]);
    expect(reports(graph)).toEqual([{ entry: 0, op: "merge", status: "refused", reason: "a country cannot be merged into an agreement" }]);
    expect(nodesOf(graph)).toContain("country:Chile");
  });

  it("applies the same corrections to the same articles in the same way, whatever their order", () => {
    const entries: Correction[] = [
      { op: "merge", from: "NVA", into: "Nordvik Air" },
      { op: "hideRelation", source: "Ana Ruiz", relation: "met", target: "Tomas Berg" },
    ];
    const a = build(entries);
    const b = build(entries, [...ARTICLES].reverse());
    expect(JSON.stringify(b.export())).toBe(JSON.stringify(a.export()));
  });
});

describe("the corrections file", () => {
  const problem = (value: unknown) => {
    const r = Corrections.safeParse(value);
    return r.success ? undefined : correctionsProblem(r.error);
  };

  it("accepts every kind of entry, with notes", () => {
    expect(
      problem({
        corrections: 1,
        entries: [
          { op: "merge", from: "A", into: "B", note: "same party (ana, 2026-12-03)" },
          { op: "retype", entity: "C", kind: "organization" },
        ],
      }),
    ).toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ["an unknown operation", { corrections: 1, entries: [{ op: "split", entity: "A" }] }, "entry 0"],
    ["an unknown kind", { corrections: 1, entries: [{ op: "retype", entity: "A", kind: "city" }] }, "entry 0 (kind)"],
    ["an unknown field", { corrections: 1, entries: [{ op: "hide", entity: "A", colour: "red" }] }, "entry 0"],
    ["an empty reference", { corrections: 1, entries: [{ op: "hide", entity: " " }] }, "entry 0 (entity): names no entity"],
    ["a newer version", { corrections: 2, entries: [] }, "corrections: is from a newer format"],
    ["a merge into itself", { corrections: 1, entries: [{ op: "merge", from: "A", into: "a" }] }, 'entry 0: merges "A" into itself'],
    [
      "a cycle of merges",
      {
        corrections: 1,
        entries: [
          { op: "merge", from: "A", into: "B" },
          { op: "hide", entity: "C" },
          { op: "merge", from: "B", into: "A" },
        ],
      },
      "entry 2: merging",
    ],
  ])("refuses %s, naming the entry", (_name, value, expected) => {
    expect(problem(value)).toContain(expected);
  });
});

describe("corrections applied to a built graph (the page, corrections check)", () => {
  /** The graph without what layout decides (positions, sizes), as JSON. */
  const content = (graph: NewsGraph) => {
    const json = toGraphJsonObject(graph);
    return JSON.stringify({ ...json, nodes: json.nodes.map(({ key, attributes: { x: _x, y: _y, size: _s, ...a } }) => ({ key, a })) });
  };

  it.each<[string, Correction[]]>([
    ["a merge", [{ op: "merge", from: "NVA", into: "organization:nordvik-air" }]],
    [
      "a rename, a retype, an alias",
      [
        { op: "rename", entity: "Vestrafly", label: "Vestrafly Airlines" },
        { op: "retype", entity: "Blue Harbour Agreement", kind: "event" },
        { op: "alias", entity: "Tomas Berg", alias: "T. Berg" },
      ],
    ],
    [
      "a hidden entity and a hidden relation",
      [
        { op: "hide", entity: "Chile" },
        { op: "hideRelation", source: "Tomas Berg", relation: "met", target: "Ana Ruiz" },
      ],
    ],
    [
      "stale and refused entries",
      [
        { op: "merge", from: "Nobody", into: "Chile" },
        { op: "merge", from: "Chile", into: "Blue Harbour Agreement" },
      ],
    ],
  ])("%s: the same graph as a build with the file", (_name, entries) => {
    const corrections = Corrections.parse({ corrections: 1, entries });
    const built = runPipeline(ARTICLES, { layout: false, corrections });
    const { graph, reports } = correctGraph(runPipeline(ARTICLES, { layout: false }), corrections);
    expect(reports).toEqual(built.getAttribute("corrections"));
    expect(content(graph)).toBe(content(built));
  });

  it("leaves the graph it was given as it was", () => {
    const graph = runPipeline(ARTICLES, { layout: false });
    const before = content(graph);
    correctGraph(graph, Corrections.parse({ corrections: 1, entries: [{ op: "hide", entity: "Chile" }] }));
    expect(content(graph)).toBe(before);
  });
});
