// npm run bench: how fast and how big, on the corpora in ../shared/corpus (skipped with a message
// when absent). For each corpus: reference taggers and newsgraph's extraction over the same texts in
// this process (ratios from one run), then builds in child processes (cold with one job and with
// one per core, warm, and the corpus plus one new article on the cache of the rest), with per-stage
// seconds, peak RSS and output sizes. Timings depend on the machine's load: compare the ratios.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import type { Article } from "../src/core/contract/article.js";
import { extractArticle } from "../src/core/pipeline/run-pipeline.js";
import { compromiseEntities, regexTokenizer, wink } from "./reference-taggers.js";

const ROOT = resolve(import.meta.dirname, "..");
const CORPUS_DIR = resolve(ROOT, "..", "shared", "corpus");
const CORPORA = [
  { name: "reuters21578", file: "reuters21578.jsonl.gz" },
  { name: "bbc", file: "bbc.jsonl.gz" },
];
/** compromise is slow (about 0.1 MB/s): it reads the first articles up to this much text. */
const COMPROMISE_SAMPLE_BYTES = 400_000;
const TARGET = { buildSeconds: 15, rssMB: 1024, incremental: 0.1, vsTagger: 0.5, vsCompromise: 10 };

const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const mb = (bytes: number) => bytes / 1e6;
const fmt = (x: number, digits = 2) => x.toFixed(digits);

interface Child {
  seconds: number;
  wall: number;
  stages: Record<string, number>;
  maxRssMB: number;
  nodes: number;
  edges: number;
  files: Record<string, number>;
  fromCache: number;
  extracted: number;
  articles: number;
  relationsFromCache?: number;
  related?: number;
}

function runBuild(options: { inputs: string[]; out: string; jobs?: number; cacheDir?: string }): Child {
  const started = performance.now();
  const stdout = execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "bench", "build-child.ts"), JSON.stringify(options)], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const wall = (performance.now() - started) / 1000;
  return { ...(JSON.parse(stdout.trim().split("\n").pop()!) as Omit<Child, "wall">), wall };
}

function time<T>(fn: () => T): { seconds: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { seconds: (performance.now() - started) / 1000, value };
}

const same = (a: string, b: string) =>
  ["graph.json", "graph.graphml"].every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
const stageLine = (c: Child) =>
  Object.entries(c.stages)
    .map(([s, t]) => `${s} ${fmt(t)}`)
    .join(", ");
const check = (ok: boolean) => (ok ? "ok" : "MISSED");

function benchCorpus(name: string, file: string): void {
  const path = join(CORPUS_DIR, file);
  console.log(`\n== ${name} (${path})`);
  const lines = gunzipSync(readFileSync(path)).toString("utf8").split("\n").filter(Boolean);
  const articles = lines.map((l) => JSON.parse(l) as Article & Record<string, unknown>);
  const texts = articles.map((a) => a.text);
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  console.log(`${articles.length} articles, ${fmt(mb(bytes))} MB of text`);

  // throughput over the same texts, one thread, in this process
  const rate = (seconds: number, b = bytes) => mb(b) / seconds;
  const regex = time(() => regexTokenizer(texts));
  const winkTokens = time(() => wink(texts, []));
  const winkPos = time(() => wink(texts, ["sbd", "pos"]));
  const sample: string[] = [];
  let sampleBytes = 0;
  for (const t of texts) {
    if (sampleBytes >= COMPROMISE_SAMPLE_BYTES) break;
    sample.push(t);
    sampleBytes += Buffer.byteLength(t);
  }
  const comp = time(() => compromiseEntities(sample));
  const ours = time(() => articles.map((a) => extractArticle({ id: String(a.id), text: a.text })).length);
  const r = {
    regex: rate(regex.seconds),
    winkTokens: rate(winkTokens.seconds),
    winkPos: rate(winkPos.seconds),
    compromise: rate(comp.seconds, sampleBytes),
    ours: rate(ours.seconds),
  };
  console.log("throughput, one thread, same texts (MB/s):");
  console.log(`  regex tokenizer + sentence split   ${fmt(r.regex).padStart(7)}`);
  console.log(`  wink-nlp tokenizer                 ${fmt(r.winkTokens).padStart(7)}`);
  console.log(`  wink-nlp sentences + POS           ${fmt(r.winkPos).padStart(7)}`);
  console.log(`  compromise people/places/orgs      ${fmt(r.compromise).padStart(7)}   (first ${fmt(mb(sampleBytes))} MB)`);
  console.log(`  newsgraph extraction (stages 1-3)  ${fmt(r.ours).padStart(7)}`);
  console.log(
    `  ratio to wink sentences + POS      ${fmt(r.ours / r.winkPos).padStart(7)}x  (target >= ${TARGET.vsTagger}x: ${check(r.ours / r.winkPos >= TARGET.vsTagger)})`,
  );
  console.log(
    `  ratio to compromise                ${fmt(r.ours / r.compromise).padStart(7)}x  (target >= ${TARGET.vsCompromise}x: ${check(r.ours / r.compromise >= TARGET.vsCompromise)})`,
  );
  console.log(`  ratio to the regex floor           ${fmt(r.ours / r.regex).padStart(7)}x`);

  const tmp = mkdtempSync(join(tmpdir(), `newsgraph-bench-${name}-`));
  try {
    const jobs = availableParallelism();
    const one = runBuild({ inputs: [path], out: join(tmp, "one"), jobs: 1 });
    const cold = runBuild({ inputs: [path], out: join(tmp, "cold"), jobs, cacheDir: join(tmp, "cache") });
    const parallelSame = same(join(tmp, "one"), join(tmp, "cold"));
    const coldBytes = ["graph.json", "graph.graphml"].map((f) => readFileSync(join(tmp, "cold", f)));
    const warm = runBuild({ inputs: [path], out: join(tmp, "cold"), jobs, cacheDir: join(tmp, "cache") });
    // the corpus without its last article, cached; then the whole corpus on that cache and output
    const rest = join(tmp, "rest.jsonl.gz");
    writeFileSync(rest, gzipSync(lines.slice(0, -1).join("\n") + "\n"));
    const last = join(tmp, "last.jsonl");
    writeFileSync(last, lines[lines.length - 1] + "\n");
    runBuild({ inputs: [rest], out: join(tmp, "inc"), jobs, cacheDir: join(tmp, "inc-cache") });
    const inc = runBuild({ inputs: [rest, last], out: join(tmp, "inc"), jobs, cacheDir: join(tmp, "inc-cache") });

    console.log(`builds (child processes; wall = process start to exit, stages in seconds):`);
    const row = (label: string, c: Child) =>
      console.log(
        `  ${label.padEnd(30)} wall ${fmt(c.wall).padStart(6)} s  peak RSS ${fmt(c.maxRssMB, 0).padStart(5)} MB  extracted ${c.extracted}, cached ${c.fromCache}; related ${c.related ?? "-"}, relations cached ${c.relationsFromCache ?? "-"}\n      ${stageLine(c)}`,
      );
    row("cold, --jobs 1", one);
    row(`cold, --jobs ${jobs}`, cold);
    row("warm, nothing changed", warm);
    row("corpus + 1 new article", inc);
    console.log(
      `  ${cold.nodes} nodes, ${cold.edges} edges; graph.json ${fmt(mb(cold.files["graph.json"] ?? 0), 1)} MB, graph.graphml ${fmt(mb(cold.files["graph.graphml"] ?? 0), 1)} MB`,
    );
    console.log(
      `  --jobs ${jobs} vs --jobs 1: extract ${fmt(one.stages.extract! / cold.stages.extract!)}x faster, whole build ${fmt(one.wall / cold.wall)}x; outputs identical: ${parallelSame}`,
    );
    const warmSame = ["graph.json", "graph.graphml"].every((f, i) => readFileSync(join(tmp, "cold", f)).equals(coldBytes[i]!));
    console.log(`  warm build equals the cold one byte for byte: ${warmSame}`);
    console.log(
      `  cold build <= ${TARGET.buildSeconds} s on ${cpus().length} cores: ${fmt(cold.wall)} s, ${check(cold.wall <= TARGET.buildSeconds)}; peak RSS <= ${TARGET.rssMB} MB: ${fmt(cold.maxRssMB, 0)} MB, ${check(cold.maxRssMB <= TARGET.rssMB)}`,
    );
    console.log(
      `  +1 article / cold: ${fmt(inc.wall / cold.wall)} (target <= ${TARGET.incremental}: ${check(inc.wall / cold.wall <= TARGET.incremental)}); re-extracted ${inc.extracted} article(s), related again ${inc.related ?? "-"}`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

console.log(
  `newsgraph bench — Node ${process.version}, ${cpus().length} cores, load average ${loadavg()
    .map((l) => fmt(l))
    .join(" ")} at start`,
);
for (const { name, file } of CORPORA) {
  if (only.length && !only.includes(name)) continue;
  if (!existsSync(join(CORPUS_DIR, file))) {
    console.log(`\n== ${name}: skipped, ${join(CORPUS_DIR, file)} not found (the shared/ folder beside the repository holds the corpora)`);
    continue;
  }
  benchCorpus(name, file);
}
console.log(
  `\nload average ${loadavg()
    .map((l) => fmt(l))
    .join(" ")} at the end`,
);
