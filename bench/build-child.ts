// One build, in its own process so that its peak memory is its own: runs the CLI's build with the
// options given as JSON in argv[2] and prints one JSON line of figures (stage seconds, peak RSS,
// counts, file sizes). Used by bench/run.ts.
import { build } from "../src/cli/build-command.js";

interface ChildOptions {
  readonly inputs: string[];
  readonly out: string;
  readonly jobs?: number;
  readonly cacheDir?: string;
  readonly freshLayout?: boolean;
}

const options = JSON.parse(process.argv[2]!) as ChildOptions;
const started = performance.now();
const stages: Record<string, number> = {};
let result:
  | {
      nodes: number;
      edges: number;
      files: Record<string, number>;
      fromCache: number;
      extracted: number;
      articles: number;
      relationsFromCache: number;
      related: number;
    }
  | undefined;
await build(options.inputs, {
  out: options.out,
  quiet: true,
  ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
  ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
  ...(options.freshLayout ? { freshLayout: true } : {}),
  onTiming: (stage, seconds) => (stages[stage] = (stages[stage] ?? 0) + seconds),
  onDone: (r) =>
    (result = {
      nodes: r.graph.order,
      edges: r.graph.size,
      files: Object.fromEntries(r.files.map((f) => [f.name, f.bytes])),
      fromCache: r.fromCache,
      extracted: r.extracted,
      articles: r.articles,
      relationsFromCache: r.relations.fromCache,
      related: r.relations.computed,
    }),
});
const seconds = (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ seconds, stages, maxRssMB: process.resourceUsage().maxRSS / 1024, ...result }) + "\n");
