// Bad input, run through the real CLI on temp folders: a build that cannot use anything exits 2
// with one "newsgraph:" line and leaves an existing graph byte-identical; a build that can goes
// on, with one "skipped" line per unusable input; odd but usable text builds a whole graph.
// Most cases run the CLI's main function in this process (in-process-cli.ts: the same exit code and
// output as a spawned run, without a Node start per case); the cases that need a real process stay
// spawned: no arguments at all, a fault injected into the file system calls, and the 20,000-article
// build (the compiled CLI with its worker threads).
import { appendFileSync, chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, writeTree } from "../helpers/core-tmp.js";
import { runCliInProcess } from "../helpers/in-process-cli.js";
import { runCliRobust, type RobustRun } from "../helpers/robust-cli.js";
import { OLD_OUTPUT, readGraphJson, snapshot, wholeOutput } from "../helpers/robust-files.js";
import { CONTROL_STORY, HOSTILE_STORY, STORY_A, STORY_B, filler, longArticle, longLine, story } from "../helpers/robust-prose.js";

const MB = 1024 * 1024;

/** The first bytes of a PNG image (signature, IHDR chunk of a 1×1 image): binary, with NUL bytes. */
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15,
  0xc4, 0x89,
]);
/** A zip archive's local file header ("PK\3\4", version, flags…) and a stored file name. */
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0, 0, 0, 0x21, 0, 5, 0, 0, 0, 0x61, 0x2e, 0x74, 0x78, 0x74]);
/** Own prose with a stray continuation byte, an overlong "/" and a truncated sequence: not UTF-8. */
const BAD_UTF8 = Buffer.concat([
  Buffer.from("Ana Ruiz met Tomas Berg "),
  Buffer.from([0x80, 0xc0, 0xaf, 0xe2, 0x82]),
  Buffer.from(" in Oslo.\n"),
]);
/** The same story saved as UTF-16 little-endian with its byte-order mark (Notepad's "Unicode"). */
const UTF16 = Buffer.from(`\uFEFF${STORY_A}`, "utf16le");

/** Writes a file of `bytes` bytes made of repeated own-prose lines, without holding it in memory. */
function writeLarge(path: string, bytes: number): void {
  const chunk = Array.from({ length: 8000 }, (_, i) => filler(i)).join("");
  writeFileSync(path, "");
  for (let written = 0; written < bytes; written += chunk.length)
    appendFileSync(path, chunk.slice(0, Math.min(chunk.length, bytes - written)));
}

/** A folder holding a symbolic link to itself (a loop for any walker that follows links). */
function symlinkLoop(dir: string): void {
  mkdirSync(dir, { recursive: true });
  symlinkSync(".", join(dir, "again"));
  symlinkSync(join(dir, "b-loop"), join(dir, "a-loop"));
  symlinkSync(join(dir, "a-loop"), join(dir, "b-loop"));
}

const articleIds = (dir: string): string[] => {
  const graph = readGraphJson(readFileSync(join(dir, "graph.json"), "utf8"));
  if (typeof graph === "string") throw new Error(graph);
  return graph.getAttribute("articles").map((a) => a.id);
};

const lines = (run: RobustRun, prefix: string) => run.errorLines.filter((l) => l.startsWith(prefix));

interface Refused {
  readonly name: string;
  /** Builds what `build <input> --out <dir>/out` is given; returns the input path. */
  readonly setup: (dir: string) => string;
  /** What the one line must say, besides starting with "newsgraph:". */
  readonly says: RegExp;
}

// Each input alone: nothing usable, so the build fails and an existing graph stays as it was.
const REFUSED: readonly Refused[] = [
  { name: "a path that does not exist", setup: (dir) => join(dir, "no-such-folder"), says: /no-such-folder.*does not exist/ },
  {
    name: "a folder with no articles",
    setup: (dir) => (writeTree(join(dir, "in"), { "notes.csv": "a,b\n", "photo.png": PNG, ".DS_Store": ZIP }), join(dir, "in")),
    says: /no usable articles/,
  },
  { name: "an empty file", setup: (dir) => (writeTree(dir, { "empty.txt": "" }), join(dir, "empty.txt")), says: /empty\.txt is empty/ },
  {
    name: "a file of whitespace only",
    setup: (dir) => (writeTree(dir, { "blank.txt": " \n\t\r\n  \u00a0\n" }), join(dir, "blank.txt")),
    says: /blank\.txt is empty/,
  },
  {
    name: "a PNG image named .txt",
    setup: (dir) => (writeTree(dir, { "image.txt": PNG }), join(dir, "image.txt")),
    says: /image\.txt is not text/,
  },
  {
    name: "a zip archive named .txt",
    setup: (dir) => (writeTree(dir, { "archive.txt": ZIP }), join(dir, "archive.txt")),
    says: /archive\.txt is not text/,
  },
  {
    name: "invalid UTF-8",
    setup: (dir) => (writeTree(dir, { "latin.txt": BAD_UTF8 }), join(dir, "latin.txt")),
    says: /latin\.txt is not text/,
  },
  {
    name: "UTF-16 with a byte-order mark",
    setup: (dir) => (writeTree(dir, { "utf16.txt": UTF16 }), join(dir, "utf16.txt")),
    says: /utf16\.txt is not text/,
  },
  {
    name: "a 50 MB article",
    setup: (dir) => (writeLarge(join(dir, "huge.txt"), 50 * MB), join(dir, "huge.txt")),
    says: /huge\.txt is too large/,
  },
  {
    name: "a folder whose only entries are a symlink loop",
    setup: (dir) => (symlinkLoop(join(dir, "in")), join(dir, "in")),
    says: /no usable articles/,
  },
  {
    name: "a dangling symlink given as the input",
    setup: (dir) => (symlinkSync(join(dir, "gone.txt"), join(dir, "link.txt")), join(dir, "link.txt")),
    says: /link\.txt.*does not exist/,
  },
];

describe("newsgraph build refuses input it cannot use", () => {
  // Every case runs once, with an old graph in its --out folder; the cases below read the runs.
  const runs = new Map<string, { run: RobustRun; out: string; before: Map<string, Buffer> }>();

  beforeAll(async () => {
    await Promise.all(
      REFUSED.map(async (c) => {
        const dir = makeTempDir();
        const out = writeTree(join(dir, "out"), OLD_OUTPUT);
        const before = snapshot(out);
        runs.set(c.name, { run: await runCliInProcess(["build", c.setup(dir), "--out", out]), out, before });
      }),
    );
  });

  it("exits 2 with one 'newsgraph:' line when given no arguments", async () => {
    const run = await runCliRobust([]);
    expect([run.status, run.errorLines.length, run.errorLines[0]?.startsWith("newsgraph: ")]).toEqual([2, 1, true]);
  });

  it.each(REFUSED.map((c) => [c.name, c] as const))("%s: exits 2", (name) => {
    expect(runs.get(name)!.run.status).toBe(2);
  });

  it.each(REFUSED.map((c) => [c.name, c] as const))("%s: prints exactly one line, a 'newsgraph:' line saying why", (name, c) => {
    const { errorLines } = runs.get(name)!.run;
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(/^newsgraph: /);
    expect(errorLines[0]).toMatch(c.says);
  });

  it.each(REFUSED.map((c) => [c.name, c] as const))("%s: leaves an existing graph.json and graph.graphml byte-identical", (name) => {
    const { out, before } = runs.get(name)!;
    expect(snapshot(out)).toEqual(before);
  });

  it("creates no --out folder when the input does not exist", async () => {
    const dir = makeTempDir();
    const run = await runCliInProcess(["build", join(dir, "missing"), "--out", join(dir, "out")]);
    expect([run.status, snapshot(dir)]).toEqual([2, new Map()]);
  });
});

interface Skippable {
  readonly name: string;
  /** The file, under the input folder. */
  readonly file: string;
  readonly write: (path: string) => void;
  /** The reason on its "skipped" line. */
  readonly reason: RegExp;
}

const SKIPPABLE: readonly Skippable[] = [
  { name: "an empty file", file: "empty.txt", write: (p) => writeFileSync(p, ""), reason: /empty/ },
  { name: "a file of whitespace only", file: "blank.txt", write: (p) => writeFileSync(p, "\n \t \n"), reason: /empty/ },
  { name: "a PNG image", file: "image.txt", write: (p) => writeFileSync(p, PNG), reason: /not text/ },
  { name: "a zip archive", file: "archive.txt", write: (p) => writeFileSync(p, ZIP), reason: /not text/ },
  { name: "invalid UTF-8", file: "latin.txt", write: (p) => writeFileSync(p, BAD_UTF8), reason: /not text/ },
  { name: "UTF-16 with a byte-order mark", file: "utf16.txt", write: (p) => writeFileSync(p, UTF16), reason: /not text/ },
  { name: "a 50 MB article", file: "huge.txt", write: (p) => writeLarge(p, 50 * MB), reason: /too large/ },
];

describe("newsgraph build goes on past unusable files beside a good article", () => {
  let dir: string;
  let run: RobustRun;

  beforeAll(async () => {
    dir = makeTempDir();
    const input = writeTree(join(dir, "in"), { "good.txt": STORY_A });
    for (const c of SKIPPABLE) c.write(join(input, c.file));
    symlinkLoop(join(input, "loop"));
    symlinkSync(join(input, "nowhere.txt"), join(input, "dangling.txt"));
    run = await runCliInProcess(["build", input, "--out", join(dir, "out")]);
  });

  it("exits 0", () => {
    expect(run.status).toBe(0);
  });

  it.each(SKIPPABLE.map((c) => [c.name, c] as const))("prints one 'skipped' line for %s, with its reason", (_name, c) => {
    const skipped = lines(run, "newsgraph: skipped ").filter((l) => l.includes(c.file));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(c.reason);
  });

  it("prints nothing but 'newsgraph:' lines on stderr", () => {
    expect(run.errorLines.filter((l) => !l.startsWith("newsgraph: "))).toEqual([]);
  });

  it("builds the graph of the good article alone", () => {
    expect(articleIds(join(dir, "out"))).toEqual(["good.txt"]);
  });

  it("does not follow the symlink loop or the dangling link into the graph", () => {
    expect(wholeOutput(join(dir, "out")).ok).toBe(true);
  });
});

describe.concurrent("newsgraph build with a file that cannot be read", () => {
  // chmod 000 does not stop root (tests run as root here and in CI): there, the read is made to
  // fail with EACCES by the test's preload instead (see robust-cli.ts), and the real case is skipped.
  const probe = writeTree(makeTempDir(), { "probe.txt": "x" });
  chmodSync(join(probe, "probe.txt"), 0o000);
  const chmodStopsReads = (() => {
    try {
      readFileSync(join(probe, "probe.txt"));
      return false;
    } catch {
      return true;
    }
  })();
  if (!chmodStopsReads)
    console.warn(
      "robustness: chmod 000 does not stop reads for this user (root?): the real unreadable-file case is skipped; the simulated one runs.",
    );

  it.skipIf(!chmodStopsReads)("skips a chmod 000 file with an 'unreadable' line and builds the rest", async () => {
    const dir = writeTree(makeTempDir(), { "in/good.txt": STORY_A, "in/secret.txt": STORY_B });
    chmodSync(join(dir, "in/secret.txt"), 0o000);
    const run = await runCliRobust(["build", join(dir, "in"), "--out", join(dir, "out")]);
    expect([run.status, lines(run, "newsgraph: skipped ").filter((l) => /secret\.txt.*unreadable/.test(l)).length]).toEqual([0, 1]);
    expect(articleIds(join(dir, "out"))).toEqual(["good.txt"]);
  });

  it("skips a file whose read fails with EACCES, with an 'unreadable' line, and builds the rest", async () => {
    const dir = writeTree(makeTempDir(), { "in/good.txt": STORY_A, "in/secret.txt": STORY_B });
    const run = await runCliRobust(["build", join(dir, "in"), "--out", join(dir, "out")], { faults: { deny: "secret.txt" } });
    expect([run.status, lines(run, "newsgraph: skipped ").filter((l) => /secret\.txt.*unreadable.*EACCES/.test(l)).length]).toEqual([0, 1]);
    expect(articleIds(join(dir, "out"))).toEqual(["good.txt"]);
  });

  it("exits 2 with one line when the only article cannot be read", async () => {
    const dir = writeTree(makeTempDir(), { "in/secret.txt": STORY_B });
    const run = await runCliRobust(["build", join(dir, "in"), "--out", join(dir, "out")], { faults: { deny: "secret.txt" } });
    expect([run.status, run.errorLines.length]).toEqual([2, 1]);
    expect(run.errorLines[0]).toMatch(/^newsgraph: .*secret\.txt is unreadable/);
  });

  it("skips a file deleted between listing and reading, with an 'unreadable' line, and builds the rest", async () => {
    const dir = writeTree(makeTempDir(), { "in/good.txt": STORY_A, "in/vanishing.txt": STORY_B });
    const run = await runCliRobust(["build", join(dir, "in"), "--out", join(dir, "out")], { faults: { vanish: "vanishing.txt" } });
    expect(snapshot(join(dir, "in")).has("vanishing.txt"), "the preload deleted the file when the CLI read it").toBe(false);
    expect([run.status, lines(run, "newsgraph: skipped ").filter((l) => /vanishing\.txt.*unreadable.*ENOENT/.test(l)).length]).toEqual([
      0, 1,
    ]);
    expect(articleIds(join(dir, "out"))).toEqual(["good.txt"]);
  });
});

describe("newsgraph build on odd but usable text", () => {
  const LF =
    "President Ana Ruiz of Chile met Foreign Minister Tomas Berg in Oslo on Monday, and the two\nleaders spoke about fishing.\n\n" +
    "Chile and Norway signed the Blue Harbour Agreement.\nNorway exports salmon to Chile.\n";
  const TEXTS = {
    lf: LF,
    crlf: LF.replace(/\n/g, "\r\n"),
    control: CONTROL_STORY,
    hostile: HOSTILE_STORY,
    line: longLine(MB),
    limit: longArticle(4.5 * MB),
  } as const;
  type Name = keyof typeof TEXTS;
  /** Odd but usable articles: each builds with nothing skipped into outputs that parse back. */
  const ODD_BUT_USABLE: readonly [string, Name][] = [
    ["Windows line endings", "crlf"],
    ["control characters", "control"],
    ["<script>, ]]>, &, quotes and emoji", "hostile"],
    ["a single 1 MB line", "line"],
    ["an article just under the 5 MB limit", "limit"],
  ];
  const runs = new Map<Name, { run: RobustRun; out: string }>();
  const whole = (name: Name) => {
    const w = wholeOutput(runs.get(name)!.out);
    if (!w.ok) throw new Error(`${name}: ${w.why}`);
    return w.graph;
  };

  beforeAll(async () => {
    await Promise.all(
      (Object.keys(TEXTS) as Name[]).map(async (name) => {
        const dir = writeTree(makeTempDir(), { "in/story.txt": TEXTS[name] });
        runs.set(name, { run: await runCliInProcess(["build", join(dir, "in"), "--out", join(dir, "out")]), out: join(dir, "out") });
      }),
    );
  });

  it.each<[string, Name]>(ODD_BUT_USABLE)("builds %s: exit 0, nothing skipped", (_label, name) => {
    const { run } = runs.get(name)!;
    expect([run.status, run.errorLines.filter((l) => l.includes("skipped"))]).toEqual([0, []]);
  });

  it.each<[string, Name]>(ODD_BUT_USABLE)(
    "writes, for %s, a graph.json and a graph.graphml that parse back with the same nodes and edges",
    (_label, name) => {
      const w = wholeOutput(runs.get(name)!.out);
      expect(w.ok ? "whole" : w.why).toBe("whole");
    },
  );

  it.each<[string, Name]>([
    ["control characters", "control"],
    ["<script>, ]]>, &, quotes and emoji", "hostile"],
    ["a single 1 MB line", "line"],
    ["an article just under the 5 MB limit", "limit"],
  ])("finds the relations of %s", (_label, name) => {
    expect(whole(name).size).toBeGreaterThan(0);
  });

  it.each<[string, Name]>([
    ["control characters", "control"],
    ["<script>, ]]>, &, quotes and emoji", "hostile"],
  ])("finds the meeting in the story with %s", (_label, name) => {
    expect(whole(name).edges()).toContain("leader:ana-ruiz|met|person:tomas-berg");
  });

  it("builds Windows line endings into the same nodes and edges as LF", () => {
    const [lf, crlf] = [whole("lf"), whole("crlf")];
    expect([crlf.nodes().sort(), crlf.edges().sort()]).toEqual([lf.nodes().sort(), lf.edges().sort()]);
  });

  // The reader turns CRLF into LF, so offsets and evidence sentences (no "\r") match the LF build.
  it("builds Windows line endings into a graph.json byte-identical to LF's", () => {
    const read = (name: Name) => readFileSync(join(runs.get(name)!.out, "graph.json"), "utf8");
    expect(read("crlf")).toBe(read("lf"));
  });

  it("keeps markup in evidence as text: every evidence sentence is the article's, verbatim", () => {
    const sentences = whole("hostile")
      .mapEdges((_e, a) => a.evidence.map((ev) => ev.sentence))
      .flat();
    expect(sentences.filter((s) => s.includes("<script>window.__pwned = 1</script>"))).not.toEqual([]);
    expect(sentences.filter((s) => !HOSTILE_STORY.includes(s))).toEqual([]);
  });
});

describe("newsgraph build on 20,000 tiny articles", () => {
  let dir: string;
  let run: RobustRun;

  beforeAll(async () => {
    dir = makeTempDir();
    for (let folder = 0; folder < 20; folder++) {
      const sub = join(dir, "in", `batch-${String(folder).padStart(2, "0")}`);
      mkdirSync(sub, { recursive: true });
      for (let i = 0; i < 1000; i++) writeFileSync(join(sub, `${String(i).padStart(4, "0")}.txt`), story(folder * 1000 + i));
    }
    run = await runCliRobust(["build", join(dir, "in"), "--out", join(dir, "out"), "--quiet"]);
  });

  it("exits 0 with nothing on stderr", () => {
    expect([run.status, run.stderr]).toEqual([0, ""]);
  });

  it("writes a whole graph", () => {
    const whole = wholeOutput(join(dir, "out"));
    expect(whole.ok ? "whole" : whole.why).toBe("whole");
  });

  it("lists every article in the graph", () => {
    expect(articleIds(join(dir, "out"))).toHaveLength(20_000);
  });
});
