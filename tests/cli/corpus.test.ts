// The shared corpora (../shared/corpus/*.jsonl.gz) are read directly as articles: ids and titles
// from each record. Building them is a manual check (BBC ~40 s, Reuters over a minute; see README).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticles } from "../../src/cli/read-articles.js";
import { SHARED_DIR } from "../helpers/eval-sets.js";

const CORPUS = join(SHARED_DIR, "corpus", "bbc.jsonl.gz");
const HAS_CORPUS = existsSync(CORPUS);

describe("reading ../shared/corpus/bbc.jsonl.gz directly", () => {
  it.skipIf(!HAS_CORPUS)(
    HAS_CORPUS ? "gives its 2,225 articles, none skipped, ids and titles from the records" : `skipped: no ${CORPUS}`,
    async () => {
      const { articles, skipped } = await readArticles([CORPUS]);
      expect([articles.length, skipped]).toEqual([2225, []]);
      expect(articles[0]).toMatchObject({ id: "bbc-business-001", title: "Ad sales boost Time Warner profit" });
      expect(articles.every((a) => a.title && a.text.length > 0)).toBe(true);
    },
  );
});
