// The node positions of the graph.json already in the output folder, so a rebuild keeps them.
// Anything unreadable (no file, not a regular file, not JSON, another shape) means no previous
// positions, never an error; a FIFO or device is not read at all (reading one would block).
import { readFile, stat } from "node:fs/promises";
import type { Point } from "../core/pipeline/7-layout/apply-layout.js";

export async function readPreviousPositions(path: string): Promise<Map<string, Point> | undefined> {
  let raw: unknown;
  try {
    if (!(await stat(path)).isFile()) return undefined;
    raw = JSON.parse(await readFile(path, "utf8"));
  } catch {
    return undefined;
  }
  const nodes = (raw as { nodes?: unknown }).nodes;
  if (!Array.isArray(nodes)) return undefined;
  const positions = new Map<string, Point>();
  for (const n of nodes as { key?: unknown; attributes?: { x?: unknown; y?: unknown } }[]) {
    const x = n?.attributes?.x;
    const y = n?.attributes?.y;
    if (typeof n?.key === "string" && typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y))
      positions.set(n.key, { x, y });
  }
  return positions.size ? positions : undefined;
}
