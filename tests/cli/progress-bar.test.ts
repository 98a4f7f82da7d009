// The progress bar: drawn on a terminal only, never with --quiet, throttled, with an ETA, and cleared.
import { describe, expect, it } from "vitest";
import { createProgressBar } from "../../src/cli/progress-bar.js";

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, columns: 100, write: (t: string) => written.push(t) };
}

describe("createProgressBar", () => {
  it.each([
    ["stderr is not a terminal", false, false],
    ["--quiet", true, true],
  ])("draws nothing when %s", (_name, isTTY, quiet) => {
    const s = stream(isTTY);
    const bar = createProgressBar(s, { quiet });
    bar.update("extract", 1, 2);
    bar.clear();
    expect(s.written).toEqual([]);
  });

  it("draws the count and an ETA on one line, then clears it", () => {
    const s = stream(true);
    let t = 0;
    const bar = createProgressBar(s, { now: () => t });
    bar.update("extract", 0, 100);
    t = 1000;
    bar.update("extract", 25, 100);
    expect(s.written.at(-1)).toMatch(/^\rextract \[######-+\] 25\/100 ETA 3s\x1b\[K$/);
    bar.clear();
    expect(s.written.at(-1)).toBe("\r\x1b[K");
  });

  it("redraws at most every 100 ms, but always at the end", () => {
    const s = stream(true);
    let t = 0;
    const bar = createProgressBar(s, { now: () => t });
    bar.update("extract", 1, 10);
    t = 50;
    bar.update("extract", 2, 10);
    t = 60;
    bar.update("extract", 10, 10);
    expect(s.written).toHaveLength(2);
  });
});
