// robust-files: what a build leaves behind: folder snapshots (name → bytes), whether graph.json and
// graph.graphml are whole (parsed back by the contract and by a strict XML parser), and tiny
// tmpfs mounts for a full disk or a read-only folder (root only; skipped with a reason elsewhere).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import { parseGraphJson, type NewsGraph } from "../../src/core/index.js";
import { readXml } from "./core-xml.js";

/** A graph.json and graph.graphml that are not newsgraph's, so "left as it was" is easy to see. */
export const OLD_OUTPUT: Readonly<Record<string, string>> = {
  "graph.json": '{"old": "graph, must survive"}\n',
  "graph.graphml": "<graphml><!-- old graph, must survive --></graphml>\n",
};

const FOLDER = Buffer.from("(a folder)");

/** Every entry of `dir` (not recursive), sorted by name: a file's bytes, or a marker for a folder. */
export function snapshot(dir: string): Map<string, Buffer> {
  if (!existsSync(dir)) return new Map();
  // (the build's cache, <out>/.cache, is not an output: a failed build may add entries to it)
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.name !== ".cache")
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return new Map(entries.map((e) => [e.name, e.isDirectory() ? FOLDER : readFileSync(join(dir, e.name))] as const));
}

/** The graph in a graph.json text, or the reason it is not a whole, valid graph.json. */
export function readGraphJson(text: string): NewsGraph | string {
  try {
    return parseGraphJson(text);
  } catch (err) {
    return `${(err as Error).name}: ${(err as Error).message}`;
  }
}

/** Problems of a graph.graphml text: XML well-formedness errors, or graphology-graphml's refusal. */
export function graphmlProblems(text: string): string[] {
  const { errors } = readXml(text);
  if (errors.length) return errors;
  try {
    parseGraphml(Graph, text);
    return [];
  } catch (err) {
    return [(err as Error).message];
  }
}

/** True when graph.json and graph.graphml of `dir` are whole and hold the same nodes and edges. */
export function wholeOutput(dir: string): { ok: true; graph: NewsGraph } | { ok: false; why: string } {
  const json = readGraphJson(readFileSync(join(dir, "graph.json"), "utf8"));
  if (typeof json === "string") return { ok: false, why: `graph.json: ${json}` };
  const graphmlText = readFileSync(join(dir, "graph.graphml"), "utf8");
  const problems = graphmlProblems(graphmlText);
  if (problems.length) return { ok: false, why: `graph.graphml: ${problems[0]}` };
  const graphml = parseGraphml(Graph, graphmlText);
  const same =
    JSON.stringify([graphml.nodes().sort(), graphml.edges().sort()]) === JSON.stringify([json.nodes().sort(), json.edges().sort()]);
  return same ? { ok: true, graph: json } : { ok: false, why: "graph.graphml and graph.json hold different nodes or edges" };
}

/** Mounts a tmpfs of `size` (e.g. "64k") on `dir`; returns why it could not (not root, no mount, a sandbox). */
export function mountTmpfs(dir: string, size: string): string | undefined {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size},mode=0777`, "tmpfs", dir], { stdio: "pipe" });
    return undefined;
  } catch (err) {
    return `cannot mount a tmpfs here (${
      String((err as { stderr?: Buffer }).stderr ?? (err as Error).message)
        .trim()
        .split("\n")[0]
    })`;
  }
}

/** Remounts a tmpfs mounted by mountTmpfs read-only. */
export function remountReadOnly(dir: string): void {
  execFileSync("mount", ["-o", "remount,ro", dir], { stdio: "pipe" });
}

export function unmount(dir: string): void {
  execFileSync("umount", [dir], { stdio: "pipe" });
}
