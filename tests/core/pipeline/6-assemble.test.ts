// Stage 6, assemble: one node per entity and one edge per (source, relation, target), keyed
// from content, with verbatim evidence, weights counted in articles and `met` stored once.
import { describe, expect, it } from "vitest";
import {
  CONTRACT_VERSION,
  KIND_COLORS,
  RELATION_SIGNATURES,
  edgeKey,
  nodeKey,
  runPipeline,
  toGraphJson,
  type Evidence,
} from "../../../src/core/index.js";
import { graphOf } from "../../helpers/core-pipeline.js";

const STORY_A = "Ana Ruiz met Tomas Berg in Oslo. Norway exports natural gas to Chile.";
const STORY_B = "date 2026-03-06\nTomas Berg met Ana Ruiz in Lima. Ruiz signed the Blue Harbour Agreement.";

const ruiz = nodeKey("person", "Ana Ruiz");
const berg = nodeKey("person", "Tomas Berg");
const metKey = edgeKey(ruiz, "met", berg);

describe("buildGraph nodes", () => {
  const graph = graphOf(STORY_A, STORY_B);

  it.each<[string, string]>([
    ["person:ana-ruiz", "Ana Ruiz"],
    ["person:tomas-berg", "Tomas Berg"],
    ["country:norway", "Norway"],
    ["sector:natural-gas", "natural gas"],
    ["agreement:blue-harbour-agreement", "Blue Harbour Agreement"],
  ])("keys the node %s from its kind and label", (key, label) => {
    expect(graph.getNodeAttribute(key, "label")).toBe(label);
  });

  it("colours every node by its kind", () => {
    expect(graph.filterNodes((_, a) => a.color !== KIND_COLORS[a.kind])).toEqual([]);
  });

  it("sorts aliases and articles", () => {
    expect(graph.getNodeAttributes(ruiz)).toMatchObject({ aliases: ["Ana Ruiz", "Ruiz"], articles: ["a.txt", "b.txt"] });
  });
});

describe("buildGraph edges", () => {
  const graph = graphOf(STORY_A, STORY_B);

  it("stores a `met` stated in both directions once, from the smaller key", () => {
    const met = graph.filterEdges((_, a) => a.relation === "met");
    expect(met).toEqual([metKey]);
    expect(graph.extremities(metKey)).toEqual([ruiz, berg]);
  });

  it("weighs an edge by the number of articles that state it", () => {
    expect(graph.getEdgeAttribute(metKey, "weight")).toBe(2);
  });

  it("keeps one evidence item per stating sentence, verbatim, sorted by article", () => {
    expect(graph.getEdgeAttribute(metKey, "evidence").map((e) => [e.article, e.sentence])).toEqual([
      ["a.txt", "Ana Ruiz met Tomas Berg in Oslo."],
      ["b.txt", "Tomas Berg met Ana Ruiz in Lima."],
    ]);
  });

  it("gives evidence offsets that slice the sentence out of the article text", () => {
    const texts: Record<string, string> = { "a.txt": STORY_A, "b.txt": STORY_B };
    const bad: Evidence[] = [];
    graph.forEachEdge((_, a) => {
      for (const e of a.evidence) if (texts[e.article]!.slice(e.start, e.end) !== e.sentence) bad.push(e);
    });
    expect(bad).toEqual([]);
  });

  it("gives every evidence item a confidence in [0, 1]", () => {
    const confidences = graph.mapEdges((_, a) => a.evidence.map((e) => e.confidence)).flat();
    expect(confidences.every((c) => c !== undefined && c >= 0 && c <= 1)).toBe(true);
  });

  it("counts one article once even when several of its sentences state the edge", () => {
    const twice = graphOf("Ana Ruiz met Tomas Berg in Oslo. Ana Ruiz met Tomas Berg again in Lima.");
    const key = twice.edges().find((e) => twice.getEdgeAttribute(e, "relation") === "met")!;
    expect([twice.getEdgeAttribute(key, "weight"), twice.getEdgeAttribute(key, "evidence").length]).toEqual([1, 2]);
  });

  it("keys each edge as source|relation|target", () => {
    expect(graph.filterEdges((k, a, s, t) => k !== edgeKey(s, a.relation, t))).toEqual([]);
  });

  it("joins only kinds the relation's signature allows", () => {
    const wrong = graph.filterEdges((_, a, _s, _t, sa, ta) => {
      const sig = RELATION_SIGNATURES[a.relation];
      return !sig.source.includes(sa.kind) || !sig.target.includes(ta.kind);
    });
    expect(wrong).toEqual([]);
  });

  it("records the destination of an export as `to`", () => {
    expect(graph.getEdgeAttribute(edgeKey("country:norway", "exports", "sector:natural-gas"), "to")).toBe("Chile");
  });
});

describe("buildGraph graph attributes", () => {
  it("stamps the contract version", () => {
    expect(graphOf(STORY_A).getAttribute("contract")).toBe(CONTRACT_VERSION);
  });

  it("lists the articles by id, with the date read from a header, without their text", () => {
    expect(graphOf(STORY_A, STORY_B).getAttribute("articles")).toEqual([{ id: "a.txt" }, { id: "b.txt", date: "2026-03-06" }]);
  });

  it("keeps article metadata given with the input", () => {
    const graph = runPipeline([{ id: "x.txt", title: "Ferries", outlet: "Harbour Post", text: STORY_A }], { layout: false });
    expect(graph.getAttribute("articles")).toEqual([{ id: "x.txt", title: "Ferries", outlet: "Harbour Post" }]);
  });
});

describe("buildGraph evidence metadata", () => {
  const META = { title: "Ferries resume", date: "2026-03-07", url: "https://harbour.example/ferries", outlet: "Harbour Post" };

  // [case, the article's metadata, what each of its evidence items carries besides article/sentence/offsets]
  it.each<[string, Record<string, string>, Record<string, string>]>([
    ["all four fields", META, META],
    ["some fields", { outlet: "Harbour Post" }, { outlet: "Harbour Post" }],
    ["a date read from the text's date line", {}, { date: "2026-03-06" }],
  ])("copies the article's %s into each evidence item", (_name, meta, expected) => {
    const text = Object.keys(meta).length ? STORY_A : STORY_B;
    const graph = runPipeline([{ id: "x.txt", ...meta, text }], { layout: false });
    const evidence = graph.mapEdges((_e, a) => a.evidence).flat();
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      const { article: _a, sentence: _s, start: _st, end: _en, confidence: _c, ...rest } = e;
      expect(rest).toEqual(expected);
    }
  });

  it("adds nothing to the evidence of an article with no metadata", () => {
    const evidence = graphOf(STORY_A)
      .mapEdges((_e, a) => a.evidence)
      .flat();
    expect(evidence.map((e) => Object.keys(e).sort())).toEqual(evidence.map(() => ["article", "confidence", "end", "sentence", "start"]));
  });
});

describe("buildGraph output", () => {
  it("satisfies the contract (toGraphJson validates it)", () => {
    expect(() => toGraphJson(graphOf(STORY_A, STORY_B))).not.toThrow();
  });

  it("is an empty, valid graph for a text with nothing to extract", () => {
    const graph = graphOf("the ferry left on time and nobody minded.");
    expect([graph.order, graph.size]).toEqual([0, 0]);
    expect(() => toGraphJson(graph)).not.toThrow();
  });

  it("does not depend on the order the articles are given in (without layout)", () => {
    const a = { id: "a.txt", text: STORY_A };
    const b = { id: "b.txt", text: STORY_B };
    expect(toGraphJson(runPipeline([b, a], { layout: false }))).toBe(toGraphJson(runPipeline([a, b], { layout: false })));
  });
});

describe("buildGraph and broad domains", () => {
  it("leaves out a domain sector that nothing relates to", () => {
    expect(graphOf("Officials talked about trade and energy in Oslo.").someNode((_, a) => a.kind === "sector")).toBe(false);
  });

  it("keeps a domain sector that an edge touches", () => {
    expect(graphOf("Japan imports energy from Norway.").someNode((_, a) => a.kind === "sector" && a.label === "energy")).toBe(true);
  });

  it("keeps a traded good even when nothing relates to it", () => {
    expect(graphOf("Prices of copper rose in Oslo.").someNode((_, a) => a.kind === "sector" && a.label === "copper")).toBe(true);
  });
});
