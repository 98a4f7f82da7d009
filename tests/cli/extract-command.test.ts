// newsgraph extract: prints, per article, the entities found and every relation with the
// sentence behind it; writes nothing; bad input gets the usual one-line error.
// The CLI runs in this process (in-process-cli.ts: the bin's main function, the same exit code and output,
// without a Node start per case); main.test.ts and compiled-cli.test.ts run the spawned, compiled command.
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTempDir } from "../helpers/core-tmp.js";
import { runCliInProcess } from "../helpers/in-process-cli.js";

const STORY =
  "Chile and Norway sign fisheries pact\n\nChilean President Ana Ruiz met Norwegian Prime Minister Tomas Berg in Oslo on Monday. Chile and Norway signed the Blue Harbour Agreement, which covers fishing.\n";

describe("newsgraph extract", () => {
  it("prints the entities and each relation with its sentence, and writes no file", async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, "story.txt"), STORY);
    const run = await runCliInProcess(["extract", join(dir, "story.txt")]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("# story.txt — Chile and Norway sign fisheries pact");
    expect(run.stdout).toMatch(/leader:\n(?:  .*\n)*  Ana Ruiz/);
    expect(run.stdout).toContain("Ana Ruiz -met-> Tomas Berg");
    expect(run.stdout).toContain('"Chilean President Ana Ruiz met Norwegian Prime Minister Tomas Berg in Oslo on Monday."');
    expect(run.stdout).toContain("Blue Harbour Agreement -covers-> fishing");
    expect(readdirSync(dir)).toEqual(["story.txt"]);
  });

  it("says when an article has no relations", async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, "quiet.txt"), "Nothing much happened in Oslo today.\n");
    const run = await runCliInProcess(["extract", join(dir, "quiet.txt")]);
    expect(run.stdout).toContain("relations: none found");
  });

  it.each([[["extract"]], [["extract", "/no/such/file.txt"]]])("exits 2 with one line for %j", async (args) => {
    const run = await runCliInProcess(args);
    expect(run.status).toBe(2);
    expect(run.errorLines).toHaveLength(1);
    expect(run.errorLines[0]).toMatch(/^newsgraph: /);
  });
});
