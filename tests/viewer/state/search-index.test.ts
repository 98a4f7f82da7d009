// search-index: names and aliases, accent- and case-insensitive, prefix and small-typo tolerant,
// results grouped by kind with the best group first.
import { describe, expect, it } from "vitest";
import { createDeferredSearchIndex, createSearchIndex, flatHits, foldText } from "../../../src/viewer/state/search-index.js";
import { addFixtureNode, buildTinyGraph } from "../../helpers/tiny-graph.js";

const { graph, nodes } = buildTinyGraph();
const zurich = addFixtureNode(graph, "place", "Zürich Nord", { aliases: ["Zürich Nord", "ZN"] });
const malmo = addFixtureNode(graph, "organization", "Malmö Wind Cooperative", { aliases: ["Malmö Wind Cooperative", "MWC"] });
const index = createSearchIndex(graph);
const first = (q: string) => flatHits(index.search(q))[0]?.node ?? null;

describe("foldText", () => {
  it.each([
    ["Zürich", "zurich"],
    ["ÉNERGIE Île", "energie ile"],
    ["Iberian–Nordic", "iberian–nordic"],
  ])("%s → %s", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe("search", () => {
  it.each([
    ["an exact label", "Bo Lind", nodes.bo],
    ["lower case", "bo lind", nodes.bo],
    ["a prefix", "Iber", nodes.pact],
    ["a prefix of a later word", "nordic en", nodes.pact],
    ["without the accent", "zurich", zurich],
    ["with an accent the name lacks", "Spaín", nodes.spain],
    ["an alias", "President Ruiz", nodes.ana],
    ["an acronym alias, any case", "mwc", malmo],
    ["one typo", "Swedn", nodes.sweden],
    ["a typo in a later word", "Malmo Wimd", malmo],
  ])("finds %s: %s", (_name, query, node) => {
    expect(first(query)).toBe(node);
  });

  it("finds nothing for an empty query or unrelated words", () => {
    expect(index.search("  ")).toEqual([]);
    expect(index.search("xylophone")).toEqual([]);
  });

  it("groups hits by kind, the group of the best hit first, and says which alias matched", () => {
    // Both start a word with "wind": the more mentioned first (a tie goes by label), and its group with it.
    const groups = index.search("wind");
    expect(groups.map((g) => g.kind).slice(0, 2)).toEqual(["organization", "sector"]);
    graph.setNodeAttribute(nodes.wind, "mentions", 5);
    expect(
      createSearchIndex(graph)
        .search("wind")
        .map((g) => g.kind)
        .slice(0, 2),
    ).toEqual(["sector", "organization"]);
    graph.setNodeAttribute(nodes.wind, "mentions", 1);
    expect(
      createSearchIndex(graph)
        .search("wind power")[0]!
        .hits.map((h) => h.node),
    ).toEqual([nodes.wind]);
    expect(flatHits(index.search("mwc"))[0]).toMatchObject({ alias: "MWC", label: "Malmö Wind Cooperative" });
  });
});

describe("createDeferredSearchIndex", () => {
  it("builds nothing until asked, then once: by build() or by the first search", () => {
    const deferred = createDeferredSearchIndex(graph);
    expect(deferred.isBuilt()).toBe(false);
    // A search typed before the page built the index waits for it (builds it) and answers as the eager index does.
    expect(flatHits(deferred.search("zurich")).map((h) => h.node)).toEqual(flatHits(index.search("zurich")).map((h) => h.node));
    expect(deferred.isBuilt()).toBe(true);
    const other = createDeferredSearchIndex(graph);
    other.build();
    expect(other.isBuilt()).toBe(true);
    expect(flatHits(other.search("MWC"))[0]?.node).toBe(malmo);
  });
});

describe("ranking: what the user most likely means", () => {
  const { graph: g } = buildTinyGraph();
  const uk = addFixtureNode(g, "country", "United Kingdom", { aliases: ["United Kingdom", "UK", "U.K.", "Britain"], mentions: 2111 });
  const us = addFixtureNode(g, "country", "United States", { aliases: ["United States", "US", "U.S.", "America"], mentions: 2081 });
  const ukraine = addFixtureNode(g, "country", "Ukraine", { mentions: 40 });
  const ukip = addFixtureNode(g, "organization", "UKIP", { mentions: 60 });
  const tony = addFixtureNode(g, "leader", "Tony Blair", { aliases: ["Tony Blair", "Blair", "Tony"], mentions: 535 });
  const blairOrg = addFixtureNode(g, "organization", "Blair", { mentions: 10 });
  const cherie = addFixtureNode(g, "person", "Cherie Blair", { aliases: ["Cherie Blair", "Blair"], mentions: 6 });
  const blairite = addFixtureNode(g, "person", "Blairite Third Way", { mentions: 1 });
  const ranked = createSearchIndex(g);
  const order = (q: string) => flatHits(ranked.search(q)).map((h) => h.node);

  it.each([
    ["UK", uk],
    ["uk", uk],
    ["U.K.", uk],
    ["US", us],
    ["u.s.", us],
  ])("an acronym alias %s finds its entity first, before longer names that start with it", (query, node) => {
    expect(order(query)[0]).toBe(node);
  });

  it("exact matches first (label or alias, by mentions), then word prefixes, then fuzzy; Ukraine and UKIP after UK", () => {
    expect(order("blair").slice(0, 3)).toEqual([tony, blairOrg, cherie]);
    expect(order("blair")).toContain(blairite);
    expect(order("blair").indexOf(blairite)).toBeGreaterThan(2);
    // Grouped by kind (the group of the best hit first), each group in rank order.
    expect(ranked.search("uk").map((group) => group.hits.map((h) => h.node))).toEqual([[uk, ukraine], [ukip]]);
    const top = flatHits(ranked.search("blair"))[0]!;
    expect(top).toMatchObject({ tier: 3, alias: "Blair", label: "Tony Blair" });
    expect(flatHits(ranked.search("ukr"))[0]).toMatchObject({ node: ukraine, tier: 2 });
    expect(flatHits(ranked.search("Ukrane"))[0]).toMatchObject({ node: ukraine, tier: 1 });
  });

  it("the group of the best hit comes first, so Enter (the first hit) takes it", () => {
    expect(ranked.search("blair")[0]!.kind).toBe("leader");
  });
});
