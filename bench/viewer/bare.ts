// bare: the benchmark's baseline page — the same graph.json drawn by sigma with its default settings,
// no validation, reducers, panels or state: what "within 1.5x of bare sigma" is measured against.
import Graph from "graphology";
import Sigma from "sigma";

async function start(): Promise<void> {
  const container = document.getElementById("graph")!;
  const response = await fetch("/graph.json", { cache: "no-cache" });
  const graph = Graph.from(await response.json());
  const renderer = new Sigma(graph, container);
  (window as unknown as { __bare: unknown }).__bare = { renderer };
  container.dataset.state = "ready";
}

void start();
