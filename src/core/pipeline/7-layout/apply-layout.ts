// Stage 7: positions and sizes, precomputed so the page opens laid out. Seeded initial
// positions (a hash of the node key), ForceAtlas2 with settings inferred from the graph,
// then noverlap; coordinates rounded so that output is byte-stable.
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { NewsGraph } from "../../contract/news-graph.js";

/** FNV-1a hash of a string → [0, 1). */
function hash01(text: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x100000000;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export interface LayoutOptions {
  readonly iterations?: number;
}

export function applyLayout(graph: NewsGraph, options: LayoutOptions = {}): void {
  const maxMentions = Math.max(1, ...graph.mapNodes((_, a) => a.mentions));
  graph.forEachNode((key, a) => {
    graph.mergeNodeAttributes(key, {
      x: (hash01(key, 1) - 0.5) * 100,
      y: (hash01(key, 2) - 0.5) * 100,
      size: round(4 + 14 * Math.sqrt(a.mentions / maxMentions)),
    });
  });
  if (graph.order > 1) {
    // iterations fall with size so the layout stays within seconds (Barnes-Hut above 2,000 nodes)
    const iterations = options.iterations ?? (graph.order < 500 ? 300 : graph.order < 2000 ? 150 : graph.order < 10000 ? 60 : 25);
    const settings = { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 0.5, barnesHutOptimize: graph.order > 2000 };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
    noverlap.assign(graph, { maxIterations: graph.order < 2000 ? 150 : 10, settings: { ratio: 1.2, margin: 2 } });
  }
  graph.forEachNode((key, a) => graph.mergeNodeAttributes(key, { x: round(a.x), y: round(a.y) }));
}
