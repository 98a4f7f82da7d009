// fa2.worker: ForceAtlas2 iterations off the main thread. Receives { settings, nodes, edges? } (the
// matrices of graphology-layout-forceatlas2, transferred), runs `iterations` steps, sends the nodes back
// with the run number it was given.
// A same-origin module worker bundled by Vite: allowed by the page's CSP without blob: or eval.
import iterate from "graphology-layout-forceatlas2/iterate.js";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

interface Request {
  readonly settings: ForceAtlas2Settings;
  readonly nodes: ArrayBuffer;
  readonly edges?: ArrayBuffer;
  readonly iterations: number;
  /** Echoed back, so the controller can drop answers to a run it has stopped. */
  readonly run: number;
}

let edges = new Float32Array(0);

self.addEventListener("message", (event: MessageEvent<Request>) => {
  const { settings, iterations, run } = event.data;
  const nodes = new Float32Array(event.data.nodes);
  if (event.data.edges) edges = new Float32Array(event.data.edges);
  for (let i = 0; i < iterations; i++) iterate(settings, nodes, edges);
  (self as unknown as Worker).postMessage({ nodes: nodes.buffer, run }, [nodes.buffer]);
});
