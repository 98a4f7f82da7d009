// fa2-controller: start/stop/reset of ForceAtlas2 through a worker — here a stand-in that runs the same
// iterations in-process, answering when the test says so, so each step is checked without timing.
import iterate from "graphology-layout-forceatlas2/iterate.js";
import { describe, expect, it } from "vitest";
import { createFa2Controller, type LayoutWorker } from "../../../src/viewer/layout/fa2-controller.js";
import { buildTinyGraph } from "../../helpers/tiny-graph.js";

type Message = { settings: never; nodes: ArrayBuffer; edges?: ArrayBuffer; iterations: number; run: number };

/** A worker whose answers are delivered one at a time by `answer()`. */
function fakeWorker() {
  const inbox: Message[] = [];
  let listener: ((event: MessageEvent<{ nodes: ArrayBuffer; run: number }>) => void) | null = null;
  let edges = new Float32Array(0);
  let terminated = false;
  const worker: LayoutWorker = {
    postMessage: (message) => inbox.push(message as Message),
    addEventListener: (_type, l) => {
      listener = l;
    },
    terminate: () => {
      terminated = true;
    },
  };
  return {
    worker,
    pending: () => inbox.length,
    terminated: () => terminated,
    answer() {
      const message = inbox.shift();
      if (!message) throw new Error("nothing to answer");
      const nodes = new Float32Array(message.nodes);
      if (message.edges) edges = new Float32Array(message.edges);
      for (let i = 0; i < message.iterations; i++) iterate(message.settings, nodes, edges);
      listener?.({ data: { nodes: nodes.buffer, run: message.run } } as MessageEvent<{ nodes: ArrayBuffer; run: number }>);
    },
  };
}

const positions = (graph: ReturnType<typeof buildTinyGraph>["graph"]) => graph.mapNodes((n, a) => [n, a.x, a.y]);

describe("createFa2Controller", () => {
  it("moves nodes on each answer and asks for more while running", () => {
    const { graph } = buildTinyGraph();
    const fake = fakeWorker();
    const layout = createFa2Controller(graph, () => fake.worker);
    const before = positions(graph);
    layout.start();
    expect(layout.isRunning()).toBe(true);
    fake.answer();
    expect(positions(graph)).not.toEqual(before);
    expect(fake.pending()).toBe(1);
  });
  it("stops asking after stop(), and drops the answer in flight", () => {
    const { graph } = buildTinyGraph();
    const fake = fakeWorker();
    const layout = createFa2Controller(graph, () => fake.worker);
    layout.start();
    fake.answer();
    layout.stop();
    const stopped = positions(graph);
    fake.answer();
    expect(positions(graph)).toEqual(stopped);
    expect(fake.pending()).toBe(0);
    expect(layout.isRunning()).toBe(false);
  });
  it("runs one loop only after stop and start again", () => {
    const { graph } = buildTinyGraph();
    const fake = fakeWorker();
    const layout = createFa2Controller(graph, () => fake.worker);
    layout.start();
    layout.stop();
    layout.start();
    fake.answer(); // the old run's answer: dropped, no new request
    fake.answer(); // the new run's answer: one new request
    expect(fake.pending()).toBe(1);
  });
  it("reset() puts every node back where it opened, and only x and y were ever written", () => {
    const { graph } = buildTinyGraph();
    const before = JSON.stringify(graph.export());
    const fake = fakeWorker();
    const layout = createFa2Controller(graph, () => fake.worker);
    layout.start();
    fake.answer();
    fake.answer();
    layout.reset();
    expect(JSON.stringify(graph.export())).toBe(before);
    expect(layout.isRunning()).toBe(false);
  });
  it("tells listeners when it starts and stops, and kill() terminates the worker", () => {
    const { graph } = buildTinyGraph();
    const fake = fakeWorker();
    const layout = createFa2Controller(graph, () => fake.worker);
    const seen: boolean[] = [];
    layout.onChange((running) => seen.push(running));
    layout.start();
    layout.stop();
    layout.kill();
    expect(seen).toEqual([true, false]);
    expect(fake.terminated()).toBe(true);
  });
});
