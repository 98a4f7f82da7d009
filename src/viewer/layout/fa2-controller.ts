// fa2-controller: start/stop ForceAtlas2 in a web worker over the loaded graph, and reset to the
// precomputed layout. Positions are the graph's layout data (x, y; what the CLI's layout stage
// writes), so the worker's steps are written there and sigma redraws; the opening positions are
// kept for reset. Nothing else is written. The worker lays out only the nodes shown that have a
// relation shown (in a big graph, thousands of unconnected nodes would cost it most of its time and
// never move); the others keep their places.
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { assignLayoutChanges, graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import Graph from "graphology";
import type { NewsGraph } from "../../core/index.js";

/** The little of Worker the controller uses, so tests can run the iterations in-process. */
export interface LayoutWorker {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<{ nodes: ArrayBuffer; run: number }>) => void): void;
  terminate(): void;
}

export interface LayoutController {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Stops and puts every node back where the page opened it. */
  reset(): void;
  /** Called with `running` after start, stop and reset. */
  onChange(listener: (running: boolean) => void): () => void;
  kill(): void;
}

/** The settings the CLI's layout stage uses (inferred from the graph; Barnes-Hut above 2,000 nodes). */
export function layoutSettings(graph: NewsGraph): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 0.5, barnesHutOptimize: graph.order > 2000 };
}

/** Steps per message: a few per round trip on small graphs, one on big ones, so each answer comes back within a frame or two. */
export function iterationsPerMessage(graph: NewsGraph): number {
  return graph.order < 1000 ? 5 : graph.order < 5000 ? 2 : 1;
}

/** The nodes of `graph` among `shown` that have an edge to another shown node, with those edges: what the worker lays out. */
export function layoutSubgraph(graph: NewsGraph, shown: ReadonlySet<string> | null): Graph {
  const sub = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  graph.forEachEdge((edge, attributes, source, target, s, t) => {
    if (shown && (!shown.has(source) || !shown.has(target))) return;
    if (!sub.hasNode(source)) sub.addNode(source, { x: s.x, y: s.y, size: s.size });
    if (!sub.hasNode(target)) sub.addNode(target, { x: t.x, y: t.y, size: t.size });
    sub.addDirectedEdgeWithKey(edge, source, target, { weight: attributes.weight });
  });
  return sub;
}

/** `shown()`: the nodes the view shows when the layout starts (null: all); the others are left where they are. */
export function createFa2Controller(
  graph: NewsGraph,
  createWorker: () => LayoutWorker,
  shown: () => ReadonlySet<string> | null = () => null,
): LayoutController {
  const opening = new Map(graph.mapNodes((node, a) => [node, { x: a.x, y: a.y }] as const));
  const listeners = new Set<(running: boolean) => void>();
  let sub: Graph = new Graph();
  let settings: ForceAtlas2Settings = layoutSettings(graph);
  let iterations = iterationsPerMessage(graph);
  let worker: LayoutWorker | null = null;
  let running = false;
  /** Bumped on every start, reset and kill: the worker echoes it, and an answer to an older run is dropped. */
  let run = 0;

  const notify = () => listeners.forEach((listener) => listener(running));
  const workerOf = (): LayoutWorker => {
    if (worker) return worker;
    const created = createWorker();
    created.addEventListener("message", (event) => {
      if (event.data.run !== run || !running) return;
      const nodes = new Float32Array(event.data.nodes);
      // Positions go to the laid-out sub-graph, then to the graph in one batch (one sigma refresh).
      assignLayoutChanges(sub, nodes, null);
      const laid = sub;
      graph.updateEachNodeAttributes(
        (node, a) => (laid.hasNode(node) ? { ...a, x: laid.getNodeAttribute(node, "x"), y: laid.getNodeAttribute(node, "y") } : a),
        { attributes: ["x", "y"] },
      );
      created.postMessage({ settings, nodes: nodes.buffer, iterations, run }, [nodes.buffer]);
    });
    worker = created;
    return created;
  };

  return {
    start() {
      if (running || graph.order === 0) return;
      sub = layoutSubgraph(graph, shown());
      if (sub.order === 0) return;
      settings = layoutSettings(sub as unknown as NewsGraph);
      iterations = iterationsPerMessage(sub as unknown as NewsGraph);
      running = true;
      run++;
      const matrices = graphToByteArrays(sub, (_edge, attributes) => Number(attributes.weight) || 1);
      workerOf().postMessage({ settings, nodes: matrices.nodes.buffer, edges: matrices.edges.buffer, iterations, run }, [
        matrices.nodes.buffer,
        matrices.edges.buffer,
      ]);
      notify();
    },
    stop() {
      if (!running) return;
      running = false;
      run++;
      notify();
    },
    isRunning: () => running,
    reset() {
      running = false;
      run++;
      graph.updateEachNodeAttributes(
        (node, a) => {
          const at = opening.get(node);
          return at ? { ...a, x: at.x, y: at.y } : a;
        },
        { attributes: ["x", "y"] },
      );
      notify();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    kill() {
      running = false;
      run++;
      worker?.terminate();
      worker = null;
      listeners.clear();
    },
  };
}

/** The page's worker: Vite bundles fa2.worker.ts as a same-origin module script. */
export function createBrowserLayoutWorker(): LayoutWorker {
  return new Worker(new URL("./fa2.worker.ts", import.meta.url), { type: "module", name: "forceatlas2" }) as unknown as LayoutWorker;
}
