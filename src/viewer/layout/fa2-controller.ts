// fa2-controller: start/stop ForceAtlas2 in a web worker over the loaded graph, and reset to the
// precomputed layout. Positions are the graph's layout data (x, y; what the CLI's layout stage
// writes), so the worker's steps are written there and sigma redraws; the opening positions are
// kept for reset. Nothing else is written, and filters never re-lay out (hidden nodes still count).
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { assignLayoutChanges, graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
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

export function createFa2Controller(graph: NewsGraph, createWorker: () => LayoutWorker): LayoutController {
  const opening = new Map(graph.mapNodes((node, a) => [node, { x: a.x, y: a.y }] as const));
  const listeners = new Set<(running: boolean) => void>();
  const settings = layoutSettings(graph);
  const iterations = iterationsPerMessage(graph);
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
      assignLayoutChanges(graph as never, nodes, null);
      created.postMessage({ settings, nodes: nodes.buffer, iterations, run }, [nodes.buffer]);
    });
    worker = created;
    return created;
  };

  return {
    start() {
      if (running || graph.order === 0) return;
      running = true;
      run++;
      const matrices = graphToByteArrays(graph as never, (_edge, attributes) => Number(attributes.weight) || 1);
      workerOf().postMessage({ settings, nodes: matrices.nodes.buffer, edges: matrices.edges.buffer, iterations, run }, [matrices.nodes.buffer, matrices.edges.buffer]);
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
      graph.updateEachNodeAttributes((node, a) => {
        const at = opening.get(node);
        return at ? { ...a, x: at.x, y: at.y } : a;
      }, { attributes: ["x", "y"] });
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
