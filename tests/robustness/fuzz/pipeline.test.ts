// Properties of the pipeline over random and adversarial text (fast-check): it never throws and
// finishes in bounded time; its graph passes the contract and survives graph.json and GraphML;
// evidence is verbatim; every node's name is in its articles; the order of articles does not matter.
// `npm test` replays about two thousand fixed-seed cases; `npm run fuzz` (FUZZ_RUNS=50000) many more.
import Graph from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../../src/cli/load-gazetteer.js";
import { COUNTRIES } from "../../../src/core/lexicon/countries.js";
import { SECTORS } from "../../../src/core/lexicon/sectors.js";
import {
  fitsSignature,
  parseGraphJson,
  runPipeline,
  toGraphJson,
  toGraphml,
  type Article,
  type NewsGraph,
} from "../../../src/core/index.js";
import { readXml } from "../../helpers/core-xml.js";
import { articles, runs } from "../../helpers/robust-arbitraries.js";

const gazetteer = loadGazetteer();
/**
 * A hang guard, not a speed target (speed lives in `npm run bench`): typical cases take a few
 * milliseconds; minutes leave room for a loaded machine, so only a hang (or a blow-up) fails it.
 */
const BUDGET_MS = 2 * 60_000;

const build = (input: readonly Article[], layout = false): NewsGraph => runPipeline(input, { gazetteer, layout: layout ? {} : false });

/** Lower-cased vocabulary surfaces of each canonical country and sector label ("United States" → "u.s.", "usa", …). */
const SURFACES = new Map<string, string[]>();
for (const [surface, { label }] of COUNTRIES) SURFACES.set(`country:${label}`, [...(SURFACES.get(`country:${label}`) ?? []), surface]);
for (const [surface, label] of SECTORS) SURFACES.set(`sector:${label}`, [...(SURFACES.get(`sector:${label}`) ?? []), surface]);

const squash = (s: string) => s.replace(/\s+/g, " ");

/**
 * What the pipeline guarantees about names: a node has an alias that occurs in one of its articles,
 * up to runs of whitespace (a name's words are joined with one space). Names from vocabularies are
 * canonical, so for those the text may differ: a country or sector has one of its label's surface
 * forms in the text ("U.S." for "United States"), and a place (cities and capitals are spelled as the
 * gazetteer does, "Santiago" for a "SANTIAGO -" dateline) has an alias in the text, both ignoring case.
 */
function nameProblem(graph: NewsGraph, node: string, texts: ReadonlyMap<string, string>): string | undefined {
  const { label, kind, aliases, articles: ids } = graph.getNodeAttributes(node);
  const own = ids.map((id) => squash(texts.get(id) ?? ""));
  if (aliases.some((a) => own.some((t) => t.includes(squash(a))))) return undefined;
  const lower = own.map((t) => t.toLowerCase());
  const surfaces = kind === "place" ? aliases.map((a) => squash(a).toLowerCase()) : (SURFACES.get(`${kind}:${label}`) ?? []);
  if (surfaces.some((s) => lower.some((t) => t.includes(s)))) return undefined;
  return `${node} (label ${JSON.stringify(label)}, aliases ${JSON.stringify(aliases)}) occurs in none of ${JSON.stringify(ids)}`;
}

const textsOf = (input: readonly Article[]) => new Map(input.map((a) => [a.id, a.text]));

describe("runPipeline over random and adversarial text", () => {
  it("never throws, and finishes each case within the time budget", () => {
    fc.assert(
      fc.property(articles, (input) => {
        const started = performance.now();
        build(input);
        expect(performance.now() - started).toBeLessThan(BUDGET_MS);
      }),
      { numRuns: runs(600, 0.4) },
    );
  });

  it("writes a graph.json that passes the contract and reads back to the same bytes", () => {
    fc.assert(
      fc.property(articles, (input) => {
        const json = toGraphJson(build(input));
        expect(toGraphJson(parseGraphJson(json))).toBe(json);
      }),
      { numRuns: runs(300, 0.2) },
    );
  });

  it("quotes every evidence sentence verbatim: the article's text at [start, end)", () => {
    fc.assert(
      fc.property(articles, (input) => {
        const texts = textsOf(input);
        const wrong = build(input)
          .mapEdges((edge, a) =>
            a.evidence
              .filter((ev) => texts.get(ev.article)?.slice(ev.start, ev.end) !== ev.sentence)
              .map((ev) => `${edge}: ${JSON.stringify(ev)}`),
          )
          .flat();
        expect(wrong).toEqual([]);
      }),
      { numRuns: runs(300, 0.2) },
    );
  });

  it("gives every node a name found in one of its articles", () => {
    fc.assert(
      fc.property(articles, (input) => {
        const graph = build(input);
        const texts = textsOf(input);
        expect(
          graph
            .nodes()
            .map((n) => nameProblem(graph, n, texts))
            .filter(Boolean),
        ).toEqual([]);
      }),
      { numRuns: runs(300, 0.2) },
    );
  });

  it("links only known articles, counts weight as distinct articles, and respects relation signatures", () => {
    fc.assert(
      fc.property(articles, (input) => {
        const graph = build(input);
        const ids = new Set(input.map((a) => a.id));
        const problems: string[] = [];
        graph.forEachNode((n, a) => a.articles.filter((id) => !ids.has(id)).forEach((id) => problems.push(`${n} cites ${id}`)));
        graph.forEachEdge((e, a, _s, _t, sa, ta) => {
          if (a.evidence.some((ev) => !ids.has(ev.article))) problems.push(`${e} has evidence from an unknown article`);
          if (a.weight !== new Set(a.evidence.map((ev) => ev.article)).size) problems.push(`${e} weight ${a.weight}`);
          if (!fitsSignature(a.relation, sa.kind, ta.kind)) problems.push(`${e} joins ${sa.kind} to ${ta.kind}`);
        });
        expect(problems).toEqual([]);
      }),
      { numRuns: runs(200, 0.1) },
    );
  });

  it("builds the same graph.json whatever the order of the articles", () => {
    const withOrder = articles.chain((input) =>
      fc.tuple(fc.constant(input), fc.shuffledSubarray(input, { minLength: input.length, maxLength: input.length })),
    );
    fc.assert(
      fc.property(withOrder, ([input, shuffled]) => {
        expect(toGraphJson(build(shuffled))).toBe(toGraphJson(build(input)));
      }),
      { numRuns: runs(120, 0.1) },
    );
  });

  it("writes a GraphML document that a strict XML parser accepts and graphology-graphml reads back whole", () => {
    fc.assert(
      fc.property(articles, (input) => {
        const graph = build(input);
        const text = toGraphml(graph);
        expect(readXml(text).errors).toEqual([]);
        const back = parseGraphml(Graph, text);
        expect([back.nodes().sort(), back.edges().sort()]).toEqual([graph.nodes().sort(), graph.edges().sort()]);
      }),
      { numRuns: runs(120, 0.1) },
    );
  });

  it("lays out any graph (ForceAtlas2 + noverlap) into a contract-valid, order-independent graph.json", () => {
    const withOrder = articles.chain((input) =>
      fc.tuple(fc.constant(input), fc.shuffledSubarray(input, { minLength: input.length, maxLength: input.length })),
    );
    fc.assert(
      fc.property(withOrder, ([input, shuffled]) => {
        const json = toGraphJson(build(input, true));
        expect(() => parseGraphJson(json)).not.toThrow();
        expect(toGraphJson(build(shuffled, true))).toBe(json);
      }),
      { numRuns: runs(25, 0.02) },
    );
  });
});

describe("runPipeline around unusual numbers", () => {
  // "½", "²", "①" (numbers outside 0-9) are tokens, so a name never spans them.
  it("names only what the text says around a non-ASCII number", () => {
    const text = "Ana Ruiz ½ Berg met Tomas Lind in Oslo.";
    const graph = build([{ id: "a.txt", text }]);
    expect(
      graph
        .nodes()
        .map((n) => nameProblem(graph, n, textsOf([{ id: "a.txt", text }])))
        .filter(Boolean),
    ).toEqual([]);
  });
});

describe("runPipeline and the order of the articles", () => {
  // Cases the order property once found (`npm run fuzz`): the pipeline now reads articles in id order.
  it.each<[string, string, string]>([
    // a bare name is resolved to the place only if the article that makes it a place came first
    ["a name that another article makes a place", "They visited Marlow.", "Marlow said no."],
    // a `leads` edge found in both articles keeps the evidence of the one that came first
    ["an edge found in both articles", "U.S.#President Ana Ruiz", "Ruiz last week\nUnited States"],
  ])("builds the same graph.json for two articles in either order: %s", (_name, first, second) => {
    const [a, b] = [
      { id: "a.txt", text: first },
      { id: "b.txt", text: second },
    ];
    expect(toGraphJson(build([b, a]))).toBe(toGraphJson(build([a, b])));
  });
});
