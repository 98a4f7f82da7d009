// label-layer: labels placed most important first, on a side that fits, never over one another, past
// the canvas edge or under an overlay.
import { describe, expect, it } from "vitest";
import { compareCandidates, placeLabels, type Box, type LabelCandidate } from "../../../src/viewer/render/label-layer.js";

const label = (text: string, x: number, y: number, size = 5, forced = false, highlighted = false): LabelCandidate => ({
  label: text,
  x,
  y,
  size,
  forced,
  highlighted,
});
const options = { width: 400, height: 300, fontSize: 12, obstacles: [] as Box[], measure: (t: string) => t.length * 7 };
const placed = (candidates: LabelCandidate[], extra: Partial<typeof options> = {}) =>
  placeLabels(candidates, { ...options, ...extra }).map((p) => p.candidate.label);

describe("placeLabels", () => {
  it("puts a label right of its node, as sigma does", () => {
    const [p] = placeLabels([label("Oslo", 100, 100)], options);
    expect(p!.box).toMatchObject({ left: 108, right: 108 + 28 });
  });

  it("flips a label that would run past the right edge to the left of its node", () => {
    const [p] = placeLabels([label("Trondheim", 390, 100)], options);
    expect(p!.box.right).toBeLessThanOrEqual(382);
  });

  it("keeps labels out from under an overlay (the legend), trying the other sides first", () => {
    const legend = { left: 0, top: 0, right: 120, bottom: 200 };
    expect(placed([label("Bergen", 110, 100)], { obstacles: [legend] })).toEqual([]);
    const [p] = placeLabels([label("Bergen", 130, 100)], { ...options, obstacles: [legend] });
    expect(p!.box.left).toBeGreaterThanOrEqual(120);
  });

  it("lets the larger of two colliding labels win, and a forced one over a larger unforced one", () => {
    // Three nodes on one spot: only so many sides are free.
    const crowd = Array.from({ length: 12 }, (_, i) => label(`node ${i}`, 200, 150, i));
    const shown = placed(crowd);
    expect(shown.length).toBeLessThan(12);
    expect(shown[0]).toBe("node 11");
    expect(shown).toContain("node 10");
    expect(shown).not.toContain("node 0");
    expect(placed([label("big", 200, 150, 9), label("forced", 200, 150, 2, true)])[0]).toBe("forced");
  });

  it("never places two labels over one another", () => {
    const many = Array.from({ length: 60 }, (_, i) => label(`n${i}`, 50 + ((i * 37) % 300), 40 + ((i * 53) % 220), 3 + (i % 5)));
    const boxes = placeLabels(many, options).map((p) => p.box);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
  });

  it("orders highlighted, then forced, then larger", () => {
    const order = [label("c", 0, 0, 9), label("a", 0, 0, 1, false, true), label("b", 0, 0, 1, true)]
      .sort(compareCandidates)
      .map((c) => c.label);
    expect(order).toEqual(["a", "b", "c"]);
  });
});
