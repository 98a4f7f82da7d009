// edge-near: the point-to-segment and point-to-curve distances behind "a click a few pixels off an edge selects it".
import { describe, expect, it } from "vitest";
import { curveControlPoint, curvePoint, distanceToEdge, distanceToSegment } from "../../../src/viewer/render/edge-near.js";

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

describe("distanceToEdge: curved parallel edges are measured along their curve", () => {
  const from = { x: 0, y: 0 };
  const to = { x: 100, y: 0 };
  it("puts the control point on the chord's normal, as @sigma/edge-curve does", () => {
    expect(curveControlPoint(from, to, 0.25)).toEqual({ x: 50, y: -25 });
    expect(curveControlPoint(to, from, 0.25)).toEqual({ x: 50, y: 25 });
  });

  it.each([
    ["straight: the chord", 0, { x: 50, y: 0 }, 0],
    ["curved: the curve's middle is on it", 0.25, { x: 50, y: -12.5 }, 0],
    ["curved: the chord's middle is off it", 0.25, { x: 50, y: 0 }, 12.5],
    ["curved the other way", -0.25, { x: 50, y: 12.5 }, 0],
    ["curved: near an end", 0.25, { x: 0, y: 0 }, 0],
  ])("%s", (_name, curvature, p, expected) => {
    expect(distanceToEdge(p, from, to, curvature)).toBeCloseTo(expected, 1);
  });

  it("follows the curve all along: every point of it is within half a pixel", () => {
    const control = curveControlPoint(from, to, 0.45);
    for (let t = 0; t <= 1; t += 0.01) expect(distanceToEdge(curvePoint(t, from, control, to), from, to, 0.45)).toBeLessThan(0.5);
  });
});
