// Stage 3, traded goods: the noun phrase that is bought, sold, shipped or supplied is a good
// (kind sector), named by the lexicon when it knows the phrase and by the phrase itself when it does
// not; what is traded but is no good (stakes, shares, time, percentages) gives none. Each pattern
// has one sentence of our own; the relation the good ends up in is read through the whole pipeline.
import { describe, expect, it } from "vitest";
import { edgesOf, graphOf, mentionsOf } from "../../../helpers/core-pipeline.js";

const goodsOf = (text: string) =>
  mentionsOf(text)
    .filter((m) => m.kind === "sector")
    .map((m) => m.canonical);

describe("findGoods takes the traded noun phrase", () => {
  it.each<[string, string, string[]]>([
    ["a verb's object the lexicon does not know", "Norvia will keep supplying marine turbines to Chile.", ["marine turbine"]],
    ["a quantity before the goods", "Peru agreed to buy 40,000 tonnes of barley from Chile.", ["barley"]],
    ["a quantity with a multiplier", "Chile sold 2.5 mln tonnes of corn last year.", ["corn"]],
    [
      "a list of goods",
      "Chile exports pumps, fertiliser, medicines and spare parts to Peru.",
      ["pump", "fertilizer", "pharmaceuticals", "spare part"],
    ],
    ["a nominal with 'of'", "Norway's imports of lentils rose.", ["lentil"]],
    ["a possessive nominal with 'of'", "Chile expanded its exports of copper wire.", ["copper wire"]],
    ["goods written before the nominal", "Peru's cement imports fell.", ["cement"]],
    ["a process that makes another good", "Chile plans to export smoked salmon.", ["smoked salmon"]],
    ["a plain modifier dropped before a known good", "Norvia bought second-hand jets from Peru.", ["aircraft"]],
    ["a kind dropped before a known good", "Chile bought computer chips from Norway.", ["semiconductors"]],
    ["the examples after a generic head", "Peru buys products such as copper, wool and tin.", ["copper", "wool", "tin"]],
    ["the one supplied skipped", "Norway agreed to supply Peru with ceramic tiles.", ["ceramic tile"]],
    ["an order for goods", "Andes Air placed an order for 12 cargo jets.", ["aircraft"]],
    ["a synonym named by the lexicon", "Chile bought maize from Peru.", ["corn"]],
    ["a plural that has no singular", "Norway ships household goods to Peru.", ["household goods"]],
    ["a superlative dropped", "Chile sells the finest marine turbines.", ["marine turbine"]],
    ["a hyphenated word after a noun kept", "Norvia plans to ship its first satellite set-top boxes.", ["satellite set-top box"]],
  ])("%s: %s", (_case, text, goods) => {
    expect(goodsOf(text)).toEqual(goods);
  });
});

describe("findGoods takes no good where none is traded", () => {
  it.each<[string, string]>([
    ["a stake", "Norvia sold its stake in the Lima port operator."],
    ["time", "The delay bought the government time."],
    ["shares", "Peru plans to buy shares in the mine."],
    ["a percentage", "Norvia sold 5 pct last year."],
    ["a trade noun used as subject", "Chile's exports rose sharply in May."],
    ["a company unit, with a sector word inside it", "Norvia sold its oil unit to a rival."],
    ["a units of measure", "Peru bought 50,000 bpd from Chile."],
    ["a clause after the list", "Chile exports copper, the minister said."],
    ["a preposition that is no quantity", "The mines were sold to allies of the old regime."],
    ["a trade word used as a modifier", "Its purchasing manager index fell."],
    ["a description before a name", "Norvia agreed to buy fellow Chilean miner Cobre Andino."],
    ["a title before a name", "The coach ordered captain Ana Ruiz to rest."],
    ["an order that is a command", "The court ordered an inquiry into the sale."],
    ["a gerund in a compound", "Norvia blamed its media buying agency."],
    ["land by the acre", "Norvia has an option to buy 12 acres of land from Peru."],
    ["people who buy", "The survey asks purchasing executives at 300 firms."],
    ["a hyphenated word ending in a non-good", "Peru lists its best all-time imports."],
    ["an agent noun after an unknown word", "Norvia was the surprise buyer of the mine."],
  ])("%s: %s", (_case, text) => {
    expect(goodsOf(text).filter((g) => g !== "copper")).toEqual([]);
  });
});

describe("a goods phrase becomes a relation", () => {
  it.each<["exports" | "imports", string, string]>([
    ["exports", "Chile keeps supplying marine turbines to Peru.", "Chile → marine turbine"],
    ["imports", "Peru agreed to buy 40,000 tonnes of barley from Chile.", "Peru → barley"],
    ["exports", "Chile exports pumps, fertiliser, medicines and spare parts to Peru.", "Chile → spare part"],
    ["imports", "Norway's imports of lentils rose.", "Norway → lentil"],
    ["exports", "Peru agreed to buy 40,000 tonnes of barley from Chile.", "Chile → barley"],
  ])("%s: %s → %s", (relation, text, edge) => {
    expect(edgesOf(graphOf(text), relation)).toContain(edge);
  });

  it.each<["exports" | "imports", string]>([
    ["imports", "Peru agreed to buy 30 pct of Norvia, the largest wine maker in Chile."],
    ["exports", "Norvia was sold at auction to the state oil firm Petrosur."],
    ["exports", "Chile has sold its Andes clothing label to a rival group."],
  ])("no %s of a good that only describes a company: %s", (relation, text) => {
    expect(edgesOf(graphOf(text), relation)).toEqual([]);
  });

  it("a goods phrase nobody trades is no node", () => {
    const graph = graphOf("Norvia makes marine turbines. Peru sold its stake in Norvia.");
    expect(graph.filterNodes((_, a) => a.kind === "sector")).toEqual([]);
  });
});
