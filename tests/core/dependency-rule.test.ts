// The dependency rule, enforced: nothing in src/core imports Node builtins, the CLI or the
// viewer, or touches process, console, document or window. The checker is tested too.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { CORE_DIR } from "../helpers/core-paths.js";

const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith("_")));
const GLOBALS = ["process", "console", "document", "window"] as const;

/** Every .ts/.js/.mts file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(?:[cm]?ts|[cm]?js)$/.test(e.name) ? [path] : [];
  });
}

/** The text without comments (so "// see process.env" in a comment does not count). */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** Module specifiers of static imports/exports, dynamic imports and requires. */
function specifiers(code: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]!);
  return out;
}

/** Why `spec`, imported from `file`, breaks the rule (undefined when it is allowed). */
function forbiddenImport(file: string, spec: string): string | undefined {
  if (spec.startsWith("node:")) return "a node: builtin";
  if (BUILTINS.has(spec) || BUILTINS.has(spec.split("/")[0]!)) return "a Node builtin";
  if (spec.startsWith(".")) {
    const target = resolve(dirname(file), spec);
    const rel = relative(CORE_DIR, target);
    if (rel.startsWith("..")) {
      const first = relative(join(CORE_DIR, ".."), target).split(sep)[0];
      return first === "cli" || first === "viewer" ? `src/${first}` : "a file outside src/core";
    }
  }
  return undefined;
}

/** Every violation in one file's text, as "path:line: reason". */
function violations(file: string, text: string): string[] {
  const code = stripComments(text);
  const out: string[] = [];
  const where = (index: number) => `${relative(CORE_DIR, file)}:${code.slice(0, index).split("\n").length}`;
  for (const spec of specifiers(code)) {
    const why = forbiddenImport(file, spec);
    if (why) out.push(`${relative(CORE_DIR, file)}: imports "${spec}" (${why})`);
  }
  for (const g of GLOBALS) {
    for (const m of code.matchAll(new RegExp(`(?<![\\w$.])${g}\\s*\\.`, "g"))) out.push(`${where(m.index)}: uses ${g}.`);
  }
  return out;
}

const FILES = sourceFiles(CORE_DIR);

describe("src/core dependency rule", () => {
  it("finds the core's source files", () => {
    expect(FILES.length).toBeGreaterThan(10);
  });

  it.each(FILES.map((f) => [relative(CORE_DIR, f), f]))("%s stays pure", (_rel, file) => {
    expect(violations(file, readFileSync(file, "utf8"))).toEqual([]);
  });
});

describe("the dependency checker itself", () => {
  const file = join(CORE_DIR, "io", "example.ts");

  it.each<[string, string]>([
    ["a node: import", 'import { readFileSync } from "node:fs";'],
    ["a bare builtin import", 'import { join } from "path";'],
    ["a builtin subpath import", 'import { readFile } from "fs/promises";'],
    ["a type-only builtin import", 'import type { Stats } from "fs";'],
    ["a re-export from a builtin", 'export { EventEmitter } from "events";'],
    ["a dynamic builtin import", 'const fs = await import("node:fs");'],
    ["a require of a builtin", 'const os = require("os");'],
    ["an import of the CLI", 'import { build } from "../../cli/build-command.js";'],
    ["an import of the viewer", 'import { createStore } from "../../viewer/state/store.js";'],
    ["a side-effect import of the viewer", 'import "../../viewer/styles.css";'],
    ["an import outside src/", 'import pkg from "../../../package.json";'],
    ["process.", "const quiet = process.env.QUIET;"],
    ["console.", 'console.log("hi");'],
    ["document.", 'document.getElementById("graph");'],
    ["window.", "window.addEventListener('load', f);"],
  ])("flags %s", (_name, line) => {
    expect(violations(file, line)).not.toEqual([]);
  });

  it.each<[string, string]>([
    ["a sibling import inside core", 'import { slug } from "../contract/keys.js";'],
    ["graphology", 'import Graph from "graphology";'],
    ["zod", 'import { z } from "zod";'],
    ["a word in a comment", "// the process. is described in README"],
    ["a block comment", "/* console.log(x) */ const x = 1;"],
    ["a property named like a global", "const w = layout.window.size; const p = job.process.id;"],
  ])("allows %s", (_name, line) => {
    expect(violations(file, line)).toEqual([]);
  });
});
