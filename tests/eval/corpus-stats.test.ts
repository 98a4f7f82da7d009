// The pure helpers of npm run eval:corpus (tests/helpers/corpus-stats.ts, seeded-sample.ts) on a hand-made
// graph of six nodes in our own prose: two isolated, one edge with tagged evidence, one without.
import { describe, expect, it } from "vitest";
import type { Evidence } from "../../src/core/index.js";
import {
  NO_PATTERN,
  evidencePattern,
  evidenceSentence,
  isolatedShare,
  patternCounts,
  relationsPerArticle,
  sampleEdges,
  sentenceContaining,
  topEntities,
  wrap,
} from "../helpers/corpus-stats.js";
import { seededRandom, seededSample } from "../helpers/seeded-sample.js";
import { addFixtureEdge, addFixtureNode, createFixtureGraph } from "../helpers/tiny-graph.js";

const ev = (article: string, sentence: string, extra: Record<string, unknown> = {}): Evidence => ({ article, sentence, ...extra });

/** Ana leads Norland, visited Port Vell (twice, two patterns) and met Bo; Carl and Dunmore are isolated. */
function corpusGraph() {
  const graph = createFixtureGraph([{ id: "a1" }, { id: "a2" }, { id: "a3" }, { id: "a4" }]);
  const ana = addFixtureNode(graph, "leader", "Ana Ruiz", { mentions: 9, articles: ["a1", "a2", "a3"] });
  const bo = addFixtureNode(graph, "leader", "Bo Lind", { mentions: 4, articles: ["a2"] });
  const carl = addFixtureNode(graph, "person", "Carl Ek", { mentions: 4, aliases: ["Carl Ek", "Ek"], articles: ["a4"] });
  const norland = addFixtureNode(graph, "country", "Norland", { mentions: 7, articles: ["a1"] });
  const port = addFixtureNode(graph, "place", "Port Vell", { mentions: 2, articles: ["a2", "a3"] });
  addFixtureNode(graph, "place", "Dunmore", { mentions: 2, articles: ["a4"] });
  addFixtureEdge(graph, ana, "leads", norland, { evidence: [ev("a1", "President Ana Ruiz of Norland spoke.")] });
  addFixtureEdge(graph, ana, "visited", port, {
    evidence: [
      ev("a2", "Ana Ruiz arrived in Port Vell.", { pattern: "arrived-in" }),
      ev("a3", "Ana Ruiz toured Port Vell.", { rule: "toured" }),
    ],
  });
  addFixtureEdge(graph, ana, "met", bo, { evidence: [ev("a2", "Ana Ruiz met Bo Lind.", { pattern: "met" })] });
  return { graph, ana, bo, carl };
}

describe("seeded sampling", () => {
  it("draws the same numbers from the same seed and others from another", () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    expect(take(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it.each([
    ["fewer than there are", 3, 3],
    ["more than there are", 20, 10],
    ["none", 0, 0],
  ])("takes %s without repeating an item", (_name, k, expected) => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const sample = seededSample(items, k, 1);
    expect(sample).toHaveLength(expected);
    expect(new Set(sample).size).toBe(expected);
    expect(seededSample(items, k, 1)).toEqual(sample);
    expect(items).toEqual(Array.from({ length: 10 }, (_, i) => i));
  });
});

describe("corpus figures on a tiny graph", () => {
  it("counts isolated nodes overall and per kind, in ontology order", () => {
    const { graph } = corpusGraph();
    const isolated = isolatedShare(graph);
    expect(isolated).toMatchObject({ nodes: 6, isolated: 2, share: 2 / 6 });
    expect(Object.keys(isolated.byKind)).toEqual(["leader", "person", "country", "place"]);
    expect(isolated.byKind.person).toEqual({ nodes: 1, isolated: 1, share: 1 });
    expect(isolated.byKind.place).toEqual({ nodes: 2, isolated: 1, share: 0.5 });
    expect(isolated.byKind.leader).toEqual({ nodes: 2, isolated: 0, share: 0 });
  });

  it("divides edges and evidence items by the graph's articles, listing absent relations as 0", () => {
    const rates = relationsPerArticle(corpusGraph().graph);
    expect(rates.total).toEqual({ edges: 3, evidence: 4, edgesPerArticle: 0.75, evidencePerArticle: 1 });
    expect(rates.byRelation.visited).toEqual({ edges: 1, evidence: 2, edgesPerArticle: 0.25, evidencePerArticle: 0.5 });
    expect(rates.byRelation.signed).toEqual({ edges: 0, evidence: 0, edgesPerArticle: 0, evidencePerArticle: 0 });
  });

  it.each([
    ["a pattern", { pattern: "met" }, "met"],
    ["a rule", { rule: "toured" }, "toured"],
    ["neither", {}, undefined],
    ["a pattern that is not a string", { pattern: 3 }, undefined],
  ])("reads the pattern of evidence with %s", (_name, extra, expected) => {
    expect(evidencePattern(ev("a1", "Some words.", extra))).toBe(expected);
  });

  it("counts evidence per pattern, most frequent first, untagged as (none)", () => {
    expect(patternCounts(corpusGraph().graph)).toEqual([
      ["(none)", 1],
      ["arrived-in", 1],
      ["met", 1],
      ["toured", 1],
    ]);
  });

  it("ranks entities per kind by mentions, then label, with their articles and degree", () => {
    const { graph } = corpusGraph();
    const top = topEntities(graph, 1);
    expect(top.leader).toEqual([{ key: expect.any(String), label: "Ana Ruiz", kind: "leader", mentions: 9, articles: 3, degree: 3 }]);
    expect(top.place?.map((e) => e.label)).toEqual(["Dunmore"]);
    expect(Object.keys(topEntities(graph, 50, ["person", "event"]))).toEqual(["person"]);
  });

  it("takes a node's sample sentence from its first edge's evidence, and none for an isolated node", () => {
    const { graph, bo, carl } = corpusGraph();
    expect(evidenceSentence(graph, bo)).toEqual({ sentence: "Ana Ruiz met Bo Lind.", article: "a2" });
    expect(evidenceSentence(graph, carl)).toBeUndefined();
  });
});

describe("edge sample", () => {
  it("is the same for the same seed and holds each edge once", () => {
    const { graph } = corpusGraph();
    const sample = sampleEdges(graph, { size: 10, seed: 3 });
    expect(sample).toHaveLength(3);
    expect(new Set(sample.map((s) => s.key)).size).toBe(3);
    expect(sampleEdges(graph, { size: 10, seed: 3 })).toEqual(sample);
  });

  it.each([
    ["a relation", { relation: "leads" as const }, ["Ana Ruiz —leads→ Norland: President Ana Ruiz of Norland spoke."]],
    ["a pattern", { pattern: "toured" }, ["Ana Ruiz —visited→ Port Vell: Ana Ruiz toured Port Vell."]],
    ["untagged evidence", { pattern: NO_PATTERN }, ["Ana Ruiz —leads→ Norland: President Ana Ruiz of Norland spoke."]],
    ["a relation and a pattern that do not meet", { relation: "met" as const, pattern: "toured" }, []],
  ])("keeps only the evidence of %s", (_name, filter, expected) => {
    const sample = sampleEdges(corpusGraph().graph, { size: 10, seed: 1, ...filter });
    expect(sample.map((s) => `${s.source} —${s.relation}→ ${s.target}: ${s.evidence.sentence}`)).toEqual(expected);
    expect(sample.every((s) => s.matching === 1)).toBe(true);
  });
});

describe("text helpers", () => {
  it.each([
    ["the sentence around the label", "Rain fell. Carl Ek spoke at noon. Then it stopped.", ["Carl Ek"], "Carl Ek spoke at noon."],
    ["an alias when the label is absent", "Rain fell.\n\nMr Ek  said\nlittle! Then it stopped.", ["Carl Ek", "Ek"], "Mr Ek said little!"],
    ["past titles and initials", "Rain fell. Mr. Ek told U.S. Officials so. Then it stopped.", ["Ek"], "Mr. Ek told U.S. Officials so."],
    [
      "a label broken over two lines",
      "Rain fell. The Port\n    Vell council met. Then it stopped.",
      ["Port Vell"],
      "The Port Vell council met.",
    ],
    ["whole words only", "Ekholm left. Then Ek came.", ["Ek"], "Then Ek came."],
    ["a paragraph break as an end", "Title with Ek\n\nBody text.", ["Ek"], "Title with Ek"],
    ["nothing when no needle occurs", "Rain fell.", ["Ek"], undefined],
  ])("sentenceContaining finds %s", (_name, text, needles, expected) => {
    expect(sentenceContaining(text, needles)).toBe(expected);
  });

  it("wraps at spaces within the width, keeping a longer word whole", () => {
    expect(wrap("aa bb cc dddddddd ee", 5, "> ")).toEqual(["> aa bb", "> cc", "> dddddddd", "> ee"]);
    expect(wrap("", 5)).toEqual([""]);
  });
});
