// Same inputs, byte-identical outputs: whatever the order of the arguments, the order in which the
// file system lists a folder, the order files were created in, or how the paths are spelled.
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, writeTree } from "../helpers/core-tmp.js";
import { runCliRobust, type Faults } from "../helpers/robust-cli.js";
import { snapshot } from "../helpers/robust-files.js";
import { STORY_A, STORY_B, story } from "../helpers/robust-prose.js";

/** Folder a/ and folder b/, with distinct article ids (a folder's articles are named from it). */
const A = { "01.txt": STORY_A, "deep/02.txt": story(2), "deep/er/03.txt": story(3) };
const B = { "11.txt": STORY_B, "12.txt": story(12), "sub/13.txt": story(13) };

/** Writes `files` into `dir` in the order of `order` (indexes into the entries). */
function writeInOrder(dir: string, files: Record<string, string>, order: readonly number[]): string {
  const entries = Object.entries(files);
  for (const i of order) writeTree(dir, { [entries[i]![0]]: entries[i]![1] });
  return dir;
}

interface Variant {
  readonly name: string;
  /** Arguments before --out, with {root} for the shared input folder. */
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly faults?: Faults;
}

describe("newsgraph build writes byte-identical outputs for the same inputs", () => {
  let root: string;
  const outputs = new Map<string, Map<string, Buffer>>();
  const statuses = new Map<string, number | null>();

  const VARIANTS: readonly Variant[] = [
    { name: "a/ b/", args: ["{root}/a", "{root}/b"] },
    { name: "b/ a/ (arguments reversed)", args: ["{root}/b", "{root}/a"] },
    { name: "a/ b/ with every folder listed in reverse order", args: ["{root}/a", "{root}/b"], faults: { reverseListing: true } },
    { name: "a/ b/ created file by file in reverse order", args: ["{root}/a-reversed/a", "{root}/b-reversed/b"] },
    { name: "a/ b/ created in a shuffled order", args: ["{root}/a-shuffled/a", "{root}/b-shuffled/b"] },
    { name: "a/ b/ as relative paths from another working directory", args: ["a", "b"], cwd: "{root}" },
    { name: "a/ b/ as paths with ./ and trailing slashes", args: ["{root}/./a/", "{root}/b//"] },
  ];

  beforeAll(async () => {
    root = makeTempDir();
    writeTree(join(root, "a"), A);
    writeTree(join(root, "b"), B);
    writeInOrder(join(root, "a-reversed", "a"), A, [2, 1, 0]);
    writeInOrder(join(root, "b-reversed", "b"), B, [2, 1, 0]);
    writeInOrder(join(root, "a-shuffled", "a"), A, [1, 2, 0]);
    writeInOrder(join(root, "b-shuffled", "b"), B, [2, 0, 1]);
    await Promise.all(
      VARIANTS.map(async (v, i) => {
        const out = join(root, `out-${i}`);
        const args = v.args.map((a) => a.replace("{root}", root));
        const cwd = v.cwd?.replace("{root}", root);
        const run = await runCliRobust(["build", ...args, "--out", cwd ? relative(cwd, out) : out, "--quiet"], { cwd, faults: v.faults });
        statuses.set(v.name, run.status);
        outputs.set(v.name, snapshot(out));
      }),
    );
  });

  it.each(VARIANTS.map((v) => [v.name]))("builds %s (exit 0)", (name) => {
    expect(statuses.get(name)).toBe(0);
  });

  it.each(VARIANTS.slice(1).map((v) => [v.name]))("writes for %s exactly the bytes written for a/ b/", (name) => {
    const reference = outputs.get(VARIANTS[0]!.name)!;
    expect([...reference.keys()]).toEqual(["graph.graphml", "graph.json"]);
    expect(outputs.get(name)).toEqual(reference);
  });

  it("lists every article of both folders, whatever the order", () => {
    const json = JSON.parse(outputs.get(VARIANTS[1]!.name)!.get("graph.json")!.toString("utf8")) as {
      attributes: { articles: { id: string }[] };
    };
    expect(json.attributes.articles.map((a) => a.id)).toEqual([
      "01.txt",
      "11.txt",
      "12.txt",
      "deep/02.txt",
      "deep/er/03.txt",
      "sub/13.txt",
    ]);
  });
});

describe("newsgraph build with one article id in two folders", () => {
  // Which of two articles with one id is kept does not depend on the order of the arguments (the smaller path wins).
  it("writes the same graph.json for a/ b/ and b/ a/", async () => {
    const root = makeTempDir();
    writeTree(join(root, "a"), { "same.txt": STORY_A });
    writeTree(join(root, "b"), { "same.txt": STORY_B });
    const [ab, ba] = await Promise.all([
      runCliRobust(["build", join(root, "a"), join(root, "b"), "--out", join(root, "ab"), "-q"]),
      runCliRobust(["build", join(root, "b"), join(root, "a"), "--out", join(root, "ba"), "-q"]),
    ]);
    expect([ab.status, ba.status]).toEqual([0, 0]);
    expect(snapshot(join(root, "ba"))).toEqual(snapshot(join(root, "ab")));
  });
});
