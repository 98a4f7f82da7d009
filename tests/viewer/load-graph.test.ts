// load-graph: a good graph.json loads; every failure becomes a LoadError whose message says what
// went wrong and how to fix it (shown in the page as "Could not load graph.json: …").
import { describe, expect, it } from "vitest";
import { toGraphJson } from "../../src/core/index.js";
import { loadGraph } from "../../src/viewer/load-graph.js";
import { buildTinyGraph } from "../helpers/tiny-graph.js";

const respond =
  (body: string, init: ResponseInit = {}): typeof fetch =>
  async () =>
    new Response(body, init);

describe("loadGraph", () => {
  it("returns the validated graph", async () => {
    const { graph } = buildTinyGraph();
    const loaded = await loadGraph("graph.json", respond(toGraphJson(graph)));
    expect([loaded.order, loaded.size]).toEqual([graph.order, graph.size]);
  });

  it.each([
    [
      "an HTTP error, with the build hint",
      respond("nope", { status: 404, statusText: "Not Found" }),
      /server answered 404 Not Found\. Build it first with "npm start"/,
    ],
    [
      "a network failure",
      (async () => {
        throw new TypeError("Failed to fetch");
      }) as typeof fetch,
      /request failed \(Failed to fetch\)/,
    ],
    ["text that is not JSON", respond("{ nodes: ["), /not valid JSON/],
    ["JSON that breaks the contract", respond(JSON.stringify({ options: { type: "undirected" } })), /does not satisfy the contract/],
  ])("turns %s into a LoadError", async (_name, fetcher, message) => {
    const error = await loadGraph("graph.json", fetcher).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("LoadError");
    expect((error as Error).message).toMatch(message);
  });
});
