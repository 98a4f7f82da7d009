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
    const groups = index.search("wind");
    expect(groups.map((g) => g.kind).slice(0, 2)).toEqual(["sector", "organization"]);
    expect(groups[0]!.hits.map((h) => h.node)).toEqual([nodes.wind]);
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
