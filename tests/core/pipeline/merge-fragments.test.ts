// extractArticle + mergeFragments, the two halves of runPipeline: fragments pass their own schema,
// survive JSON, and merge into the same graph in any order; of two with one id, the same one wins.
import { describe, expect, it } from "vitest";
import { toGraphJson, type Article } from "../../../src/core/index.js";
import { ArticleFragment } from "../../../src/core/contract/fragment.js";
import { extractArticle, mergeFragments, runPipeline } from "../../../src/core/pipeline/run-pipeline.js";

const ARTICLES: Article[] = [
  {
    id: "1.txt",
    text: "Chile and Norway sign fisheries pact\n\nChilean President Ana Ruiz met Norwegian Prime Minister Tomas Berg in Oslo on Monday.\nChile and Norway signed the Blue Harbour Agreement, which covers fishing.",
  },
  { id: "2.txt", text: "Ruiz visited Tokyo on Friday. Japan exports steel to Chile, and Chile sells copper to Japan." },
  { id: "3.txt", text: "Berg said the Blue Harbour Agreement would cover energy too. Norway exports salmon to Chile." },
];

describe("mergeFragments", () => {
  const fragments = ARTICLES.map((a) => extractArticle(a, "test"));
  const expected = toGraphJson(runPipeline(ARTICLES));

  it("makes fragments its schema accepts, marked with the extractor", () => {
    for (const f of fragments) expect(ArticleFragment.parse(f)).toEqual(f);
    expect(fragments.map((f) => f.extractor)).toEqual(["test", "test", "test"]);
  });

  it.each([
    ["in order", [0, 1, 2]],
    ["reversed", [2, 1, 0]],
    ["shuffled", [1, 2, 0]],
  ])("gives runPipeline's graph from fragments %s", (_name, order) => {
    expect(toGraphJson(mergeFragments(order.map((i) => fragments[i]!)))).toBe(expected);
  });

  it("gives the same graph from fragments that went through JSON", () => {
    const parsed = fragments.map((f) => ArticleFragment.parse(JSON.parse(JSON.stringify(f))));
    expect(toGraphJson(mergeFragments(parsed))).toBe(expected);
  });

  it("keeps the same one of two fragments with one id, whichever comes first", () => {
    const other = extractArticle({ id: "2.txt", text: "Tomas Berg met Ana Ruiz in Lima." });
    const a = toGraphJson(mergeFragments([...fragments, other]));
    const b = toGraphJson(mergeFragments([other, ...fragments]));
    expect(a).toBe(b);
  });
});
