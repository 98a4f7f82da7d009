// npm run eval:corpus [-- bbc|reuters] [options]: builds each whole corpus of ../shared/corpus with the CLI
// and prints what to read after a change of rules to find wrong entities and relations on real news at scale:
// isolated nodes, relations per article, the most mentioned entities per kind and a seeded sample of edges.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { NODE_KINDS, RELATIONS, parseGraphJson, type NewsGraph, type NodeKind, type Relation } from "../../src/core/index.js";
import { CLI_ENTRY, REPO_ROOT } from "../helpers/core-paths.js";
import {
  evidenceSentence,
  isolatedShare,
  patternCounts,
  relationsPerArticle,
  sampleEdges,
  sentenceContaining,
  topEntities,
  wrap,
  type TopEntity,
} from "../helpers/corpus-stats.js";
import { SHARED_DIR } from "../helpers/eval-sets.js";

const CORPUS_DIR = join(SHARED_DIR, "corpus");
const CORPORA = { bbc: "bbc.jsonl.gz", reuters: "reuters21578.jsonl.gz" } as const;
type CorpusName = keyof typeof CORPORA;
/** Each corpus is built into <tmp>/newsgraph-eval-corpus/<name>, with the build's cache in its .cache: a rebuild
 * extracts again only what a change of the core invalidated (the cache key holds the extractor's version). */
const BUILD_ROOT = join(tmpdir(), "newsgraph-eval-corpus");
const DEFAULTS = { top: 50, seed: 1, sample: 30 };
const WIDTH = 200;
/** Longer evidence (a Reuters table read as one sentence) is cut here, saying how much was left out. */
const MAX_SENTENCE = 1200;

const HELP = `npm run eval:corpus [-- <corpus>...] [options]: a report on whole corpora of ../shared/corpus

Corpora: ${Object.keys(CORPORA).join(", ")} (default: all)
Options:
  --top N          entities per kind, by mentions (default ${DEFAULTS.top})
  --kind K         only the entities of kind K (${NODE_KINDS.join(", ")})
  --sample N       edges in the random sample (default ${DEFAULTS.sample})
  --seed N         seed of the sample (default ${DEFAULTS.seed}); the same seed draws the same edges
  --relation R     sample only edges of relation R (${RELATIONS.join(", ")})
  --pattern NAME   sample only evidence whose pattern (or rule) is NAME ("(none)": untagged evidence)
  --json FILE      also write the figures (isolated share, relations per article, top entities) as JSON
`;

interface Options {
  readonly corpora: CorpusName[];
  readonly top: number;
  readonly kinds: NodeKind[];
  readonly sample: number;
  readonly seed: number;
  readonly relation?: Relation;
  readonly pattern?: string;
  readonly json?: string;
}

class UsageError extends Error {
  override name = "UsageError";
}

function wholeNumber(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${flag} needs a whole number, not "${value}"`);
  return Number(value);
}

/** parseArgs' own message up to its first full stop, e.g. "Unknown option '--bogus'". */
function parseArgv(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        top: { type: "string" },
        kind: { type: "string" },
        sample: { type: "string" },
        seed: { type: "string" },
        relation: { type: "string" },
        pattern: { type: "string" },
        json: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split(/\.\s/)[0]!);
  }
}

function parseOptions(argv: string[]): Options | "help" {
  const { values, positionals } = parseArgv(argv);
  if (values.help) return "help";
  for (const name of positionals) {
    if (!(name in CORPORA)) throw new UsageError(`unknown corpus "${name}"; the corpora are ${Object.keys(CORPORA).join(", ")}`);
  }
  const { kind, relation } = values;
  if (kind !== undefined && !(NODE_KINDS as readonly string[]).includes(kind))
    throw new UsageError(`unknown kind "${kind}"; the kinds are ${NODE_KINDS.join(", ")}`);
  if (relation !== undefined && !(RELATIONS as readonly string[]).includes(relation))
    throw new UsageError(`unknown relation "${relation}"; the relations are ${RELATIONS.join(", ")}`);
  return {
    corpora: positionals.length ? [...new Set(positionals as CorpusName[])] : (Object.keys(CORPORA) as CorpusName[]),
    top: wholeNumber("top", values.top, DEFAULTS.top),
    kinds: kind ? [kind as NodeKind] : [...NODE_KINDS],
    sample: wholeNumber("sample", values.sample, DEFAULTS.sample),
    seed: wholeNumber("seed", values.seed, DEFAULTS.seed),
    ...(relation ? { relation: relation as Relation } : {}),
    ...(values.pattern !== undefined ? { pattern: values.pattern } : {}),
    ...(values.json ? { json: values.json } : {}),
  };
}

/** Runs `newsgraph build <corpus> --out <dir> --format json` as a user would; returns its wall time and what it
 * printed (on stderr: skipped inputs, cache notes and the summary line). */
function buildCorpus(file: string, out: string): { seconds: number; log: string[] } {
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, [CLI_ENTRY, "build", file, "--out", out, "--format", "json"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - started) / 1000;
  const log = `${run.stdout}${run.stderr}`.split("\n").filter((line) => line.trim());
  if (run.status !== 0) throw new Error(`newsgraph build ${file} failed (exit ${run.status ?? run.signal}): ${log.join(" / ")}`);
  return { seconds, log };
}

/** id → text of a corpus file, read once and only when a top entity has no evidence sentence. */
function corpusTexts(file: string): () => Map<string, string> {
  let texts: Map<string, string> | undefined;
  return () => {
    if (!texts) {
      texts = new Map();
      for (const line of gunzipSync(readFileSync(file)).toString("utf8").split("\n")) {
        if (!line) continue;
        const doc = JSON.parse(line) as { id: string; text: string };
        texts.set(doc.id, doc.text);
      }
    }
    return texts;
  };
}

const int = (n: number) => n.toLocaleString("en-US");
const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)} %`;
const round = (x: number) => Math.round(x * 10_000) / 10_000;
const cut = (s: string) =>
  s.length > MAX_SENTENCE ? `${s.slice(0, MAX_SENTENCE)} … (${int(s.length - MAX_SENTENCE)} more characters)` : s;

/** A sentence where the entity occurs: from an edge's evidence, else found in the text of its first articles. */
function sampleSentence(graph: NewsGraph, entity: TopEntity, texts: () => Map<string, string>): string {
  const fromEdge = evidenceSentence(graph, entity.key);
  if (fromEdge) return `${fromEdge.sentence.replace(/\s+/g, " ")}  [${fromEdge.article}, evidence]`;
  const { label, aliases, articles } = graph.getNodeAttributes(entity.key);
  const needles = [label, ...[...aliases].sort((a, b) => b.length - a.length)];
  for (const article of articles.slice(0, 5)) {
    const text = texts().get(article);
    const sentence = text === undefined ? undefined : sentenceContaining(text, needles);
    if (sentence) return `${sentence}  [${article}, text]`;
  }
  return "(no sentence found)";
}

function report(name: CorpusName, options: Options): Record<string, unknown> | undefined {
  const file = join(CORPUS_DIR, CORPORA[name]);
  if (!existsSync(file)) {
    console.log(`== ${name}: skipped, ${file} not found (the shared/ folder beside the repository holds the corpora)`);
    return undefined;
  }
  const out = join(BUILD_ROOT, name);
  const build = buildCorpus(file, out);
  const graph = parseGraphJson(readFileSync(join(out, "graph.json"), "utf8"));
  const texts = corpusTexts(file);

  const isolated = isolatedShare(graph);
  const rates = relationsPerArticle(graph);
  const patterns = patternCounts(graph);
  const top = topEntities(graph, options.top, options.kinds);

  console.log(`\n== ${name}: ${int(rates.articles)} articles → ${int(graph.order)} nodes, ${int(graph.size)} edges`);
  console.log(`   build ${build.seconds.toFixed(1)} s wall, in ${out}`);
  for (const line of build.log) console.log(`   ${line}`);

  console.log(`\n-- isolated nodes (no edge): ${pct(isolated.share)}  (${int(isolated.isolated)} of ${int(isolated.nodes)})`);
  for (const [kind, s] of Object.entries(isolated.byKind))
    console.log(`   ${kind.padEnd(13)}${pct(s.share)}  (${int(s.isolated)} of ${int(s.nodes)})`);

  console.log(
    `\n-- relations per article (${int(rates.articles)} articles)\n   ${"relation".padEnd(13)}${"edges/art".padStart(10)}${"evid./art".padStart(10)}${"edges".padStart(9)}${"evidence".padStart(10)}`,
  );
  const rateLine = (label: string, r: (typeof rates)["total"]) =>
    `   ${label.padEnd(13)}${r.edgesPerArticle.toFixed(3).padStart(10)}${r.evidencePerArticle.toFixed(3).padStart(10)}${int(r.edges).padStart(9)}${int(r.evidence).padStart(10)}`;
  console.log(rateLine("all", rates.total));
  for (const [relation, r] of Object.entries(rates.byRelation)) console.log(rateLine(relation, r));

  console.log(`\n-- evidence items per pattern\n${patterns.map(([p, n]) => `   ${p.padEnd(28)}${int(n).padStart(8)}`).join("\n")}`);

  console.log(`\n-- top ${options.top} entities per kind, by mentions`);
  for (const [kind, list] of Object.entries(top)) {
    console.log(`   [${kind}]  ${"mentions".padStart(8)} ${"articles".padStart(8)} ${"degree".padStart(6)}  label`);
    for (const e of list) {
      console.log(
        `   ${"".padEnd(kind.length + 2)}  ${int(e.mentions).padStart(8)} ${int(e.articles).padStart(8)} ${int(e.degree).padStart(6)}  ${e.label}`,
      );
      for (const line of wrap(cut(sampleSentence(graph, e, texts)), WIDTH, "        ")) console.log(line);
    }
  }

  const sample = sampleEdges(graph, {
    size: options.sample,
    seed: options.seed,
    ...(options.relation ? { relation: options.relation } : {}),
    ...(options.pattern !== undefined ? { pattern: options.pattern } : {}),
  });
  const filter = [options.relation && `relation ${options.relation}`, options.pattern !== undefined && `pattern ${options.pattern}`]
    .filter(Boolean)
    .join(", ");
  console.log(`\n-- ${sample.length} edges drawn with seed ${options.seed}${filter ? ` (${filter})` : ""}`);
  if (!sample.length && options.pattern !== undefined && !patterns.some(([p]) => p === options.pattern)) {
    console.log(`   no evidence has the pattern "${options.pattern}"; the patterns are ${patterns.map(([p]) => `"${p}"`).join(", ")}`);
  }
  sample.forEach((s, i) => {
    const marks = [s.modality && s.modality !== "asserted" && s.modality, s.to && `to ${s.to}`].filter(Boolean).join(", ");
    console.log(
      `   ${String(i + 1).padStart(3)}. ${s.source} —${s.relation}→ ${s.target}${marks ? `  [${marks}]` : ""}  (${s.matching} evidence)  ${s.evidence.article}`,
    );
    for (const line of wrap(cut(s.evidence.sentence), WIDTH, "        ")) console.log(line);
  });

  return {
    articles: rates.articles,
    nodes: graph.order,
    edges: graph.size,
    buildSeconds: round(build.seconds),
    isolated: {
      share: round(isolated.share),
      isolated: isolated.isolated,
      byKind: Object.fromEntries(Object.entries(isolated.byKind).map(([k, s]) => [k, { ...s, share: round(s.share) }])),
    },
    relationsPerArticle: Object.fromEntries(
      Object.entries({ all: rates.total, ...rates.byRelation }).map(([r, x]) => [
        r,
        { ...x, edgesPerArticle: round(x.edgesPerArticle), evidencePerArticle: round(x.evidencePerArticle) },
      ]),
    ),
    evidencePerPattern: Object.fromEntries(patterns),
    topEntities: Object.fromEntries(
      Object.entries(top).map(([k, list]) => [
        k,
        list.map(({ label, mentions, articles, degree }) => ({ label, mentions, articles, degree })),
      ]),
    ),
  };
}

let options: Options | "help";
try {
  options = parseOptions(process.argv.slice(2));
} catch (err) {
  console.error(`eval:corpus: ${(err as Error).message.split("\n")[0]} (npm run eval:corpus -- --help)`);
  process.exitCode = 2;
  options = "help";
}
if (options === "help") {
  if (!process.exitCode) console.log(HELP);
} else if (!existsSync(CORPUS_DIR)) {
  console.log(`eval:corpus: skipped, no corpora at ${CORPUS_DIR} (the shared/ folder beside the repository)`);
} else {
  const figures: Record<string, unknown> = {};
  for (const name of options.corpora) {
    const result = report(name, options);
    if (result) figures[name] = result;
  }
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify({ options: { top: options.top, kinds: options.kinds }, corpora: figures }, null, 2)}\n`);
    console.log(`\neval:corpus: figures written to ${options.json}`);
  }
}
