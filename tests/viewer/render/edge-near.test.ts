// edge-near: the point-to-segment distance behind "a click a few pixels off an edge selects it".
import { describe, expect, it } from "vitest";
import { distanceToSegment } from "../../../src/viewer/render/edge-near.js";

const a = { x: 0, y: 0 };
const b = { x: 10, y: 0 };

describe("distanceToSegment", () => {
  it.each([
    ["on the segment", { x: 5, y: 0 }, 0],
    ["beside the middle", { x: 5, y: 3 }, 3],
    ["beyond an end: distance to that end", { x: 13, y: 4 }, 5],
    ["before the start: distance to the start", { x: -3, y: -4 }, 5],
  ])("%s", (_name, p, expected) => {
    expect(distanceToSegment(p, a, b)).toBeCloseTo(expected);
  });

  it("treats a zero-length segment as a point", () => {
    expect(distanceToSegment({ x: 3, y: 4 }, a, a)).toBeCloseTo(5);
  });
});
