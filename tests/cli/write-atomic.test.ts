// writeAtomic: a file is written whole (temp file + rename), its folder created if missing.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeAtomic } from "../../src/cli/write-atomic.js";
import { makeTempDir } from "../helpers/core-tmp.js";

describe("writeAtomic", () => {
  it.each<[string, string]>([
    ["plain text", "hello\n"],
    ["non-ASCII text", "Ana Ruiz 🐟 שלום\n"],
    ["an empty text", ""],
  ])("writes %s exactly", async (_name, text) => {
    const path = join(makeTempDir(), "graph.json");
    await writeAtomic(path, text);
    expect(readFileSync(path, "utf8")).toBe(text);
  });

  it("creates missing folders", async () => {
    const path = join(makeTempDir(), "a", "b", "graph.json");
    await writeAtomic(path, "x");
    expect(readFileSync(path, "utf8")).toBe("x");
  });

  it("replaces an existing file", async () => {
    const path = join(makeTempDir(), "graph.json");
    writeFileSync(path, "old");
    await writeAtomic(path, "new");
    expect(readFileSync(path, "utf8")).toBe("new");
  });

  it("leaves no temporary file behind", async () => {
    const dir = makeTempDir();
    await writeAtomic(join(dir, "graph.json"), "x");
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it("rejects, leaving no temporary file, when the target is a folder", async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, "graph.json"));
    await expect(writeAtomic(join(dir, "graph.json"), "x")).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });
});
