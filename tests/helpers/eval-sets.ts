// eval-sets: builds the graph of each gold set in ../shared/eval (the seeds and the dev sets)
// with the same pipeline and gazetteer as the CLI, and scores it with ../shared/eval/score.mjs.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { runPipeline, toGraphJsonObject, type Article } from "../../src/core/index.js";
import { loadGazetteer } from "../../src/cli/load-gazetteer.js";
import { REPO_ROOT } from "./core-paths.js";

export const SHARED_DIR = resolve(REPO_ROOT, "..", "shared");
export const EVAL_DIR = join(SHARED_DIR, "eval");
export const HAS_EVAL = existsSync(join(EVAL_DIR, "score.mjs")) && existsSync(join(EVAL_DIR, "gold"));

export interface Prf {
  readonly tp: number;
  readonly fp: number;
  readonly gold: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface SetScore {
  readonly name: string;
  readonly entities: Prf;
  readonly relations: Prf;
  readonly perRelation: Record<string, Prf>;
  readonly errors: { missedRelations: string[]; falseRelations: string[]; missedEntities: string[] };
}

interface Gold {
  readonly corpus?: string;
  readonly articles: string[];
}

const corpusCache = new Map<string, Map<string, string>>();

/** id → text of a corpus file (../shared/corpus/<name>.jsonl.gz). */
function corpusTexts(file: string): Map<string, string> {
  let texts = corpusCache.get(file);
  if (!texts) {
    texts = new Map();
    for (const line of gunzipSync(readFileSync(join(SHARED_DIR, "corpus", file)))
      .toString("utf8")
      .split("\n")) {
      if (!line) continue;
      const doc = JSON.parse(line) as { id: string; text: string };
      texts.set(doc.id, doc.text);
    }
    corpusCache.set(file, texts);
  }
  return texts;
}

/** The articles a gold file lists, as the CLI would read them after ../shared/eval/articles.mjs. */
export function goldArticles(gold: Gold): Article[] {
  const corpora = readdirSync(join(SHARED_DIR, "corpus")).filter((f) => f.endsWith(".jsonl.gz"));
  return gold.articles
    .map((id) => {
      const seed = join(SHARED_DIR, "seeds", id);
      if (existsSync(seed)) return { id, text: readFileSync(seed, "utf8") };
      for (const file of corpora) {
        const text = corpusTexts(file).get(id);
        if (text !== undefined) return { id: `${id}.txt`, text };
      }
      throw new Error(`eval: article ${id} not found in ../shared/seeds or ../shared/corpus`);
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function goldSetNames(): string[] {
  return readdirSync(join(EVAL_DIR, "gold"))
    .filter((f) => f.endsWith(".gold.json"))
    .map((f) => f.replace(/\.gold\.json$/, ""))
    .sort();
}

export async function scoreSet(name: string): Promise<SetScore> {
  const gold = JSON.parse(readFileSync(join(EVAL_DIR, "gold", `${name}.gold.json`), "utf8")) as Gold;
  // the layout does not change what is scored, so it is skipped
  const graph = runPipeline(goldArticles(gold), { gazetteer: loadGazetteer(), layout: false });
  const scorer = (await import(pathToFileURL(join(EVAL_DIR, "score.mjs")).href)) as {
    score: (graph: unknown, gold: unknown) => Omit<SetScore, "name">;
  };
  return { name, ...scorer.score(toGraphJsonObject(graph), gold) };
}

/** Micro-average over several sets. */
export function micro(sets: readonly SetScore[], pick: (s: SetScore) => Prf): Prf {
  const tp = sets.reduce((n, s) => n + pick(s).tp, 0);
  const fp = sets.reduce((n, s) => n + pick(s).fp, 0);
  const gold = sets.reduce((n, s) => n + pick(s).gold, 0);
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, gold, precision, recall, f1 };
}
