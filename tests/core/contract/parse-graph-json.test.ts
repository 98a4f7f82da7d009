// parseGraphJson: the boundary where graph.json text enters; every failure is a ContractError.
import { describe, expect, it } from "vitest";
import { parseGraphJson, toGraphJson } from "../../../src/core/index.js";
import { sampleGraph } from "../../helpers/core-graph.js";

/** The error `fn` throws (fails the test if it does not throw). */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error("expected a throw");
}

const valid = toGraphJson(sampleGraph());

describe("parseGraphJson", () => {
  it("restores a valid graph.json", () => {
    const graph = parseGraphJson(valid);
    expect([graph.order, graph.size]).toEqual([sampleGraph().order, sampleGraph().size]);
  });

  it.each<[string, string]>([
    ["invalid JSON", "{ nodes: [ }"],
    ["an empty text", ""],
    ["a JSON array instead of an object", "[]"],
    ["JSON null", "null"],
    ["a JSON object of the wrong shape", JSON.stringify({ hello: "world" })],
    ["a graph with an unknown kind", valid.replace('"kind":"leader"', '"kind":"wizard"')],
    ["a graph with an unknown relation", valid.replace('"relation":"met"', '"relation":"befriended"')],
    ["a graph from contract version 99", valid.replace('"contract":1', '"contract":99')],
    ["a text truncated in the middle", valid.slice(0, Math.floor(valid.length / 2))],
    ["a text missing its last character", valid.trimEnd().slice(0, -1)],
    ["an edge pointing at a missing node", valid.replace(/"source":"country:norway"/, '"source":"country:atlantis"')],
  ])("throws a ContractError on %s", (_name, text) => {
    const err = thrown(() => parseGraphJson(text));
    expect(err.name).toBe("ContractError");
  });
});
