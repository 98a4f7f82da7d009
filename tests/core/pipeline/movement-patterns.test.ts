// Stage 5, the visit and meeting pattern table (lexicon/movement-patterns.ts): every pattern's
// own example sentence gives its edge, asserted; the contexts that look alike but state no
// visit or meeting give none; plans are kept as planned. All sentences are our own prose.
import { describe, expect, it } from "vitest";
import type { Relation } from "../../../src/core/index.js";
import { MOVEMENT_PATTERNS } from "../../../src/core/lexicon/movement-patterns.js";
import { inflections } from "../../../src/core/pipeline/5-relations/movement-patterns.js";
import { edgesOf, graphOf } from "../../helpers/core-pipeline.js";

describe("movement patterns: each pattern's example states its edge", () => {
  it.each(MOVEMENT_PATTERNS.map((p) => [p.id, p.relation, p.example[0], p.example[1]] as const))("%s: %s", (_, relation, text, edge) => {
    expect(edgesOf(graphOf(text), relation)).toContain(edge);
  });
});

describe("movement patterns: more forms", () => {
  it.each<[Relation, string, string]>([
    [
      "visited",
      "Prices rose during the visit of Chilean Trade Minister Ana Ruiz. Peru and Bolivia want her copper, Peru's officials said.",
      "Ana Ruiz → Peru",
    ],
    [
      "visited",
      "Chilean Senate leader Ana Ruiz spoke during a visit here. Peru and Bolivia want her copper, Peru's officials said.",
      "Ana Ruiz → Peru",
    ],
    ["visited", "Ana Ruiz, who is visiting Peru, praised the food.", "Ana Ruiz → Peru"],
    ["visited", "Ana Ruiz spoke in Lima. During her tour of Peru, she praised the food.", "Ana Ruiz → Peru"],
    [
      "visited",
      "Ana Ruiz said after meeting Tomas Berg, who is in Lima on the third leg of a tour, that prices fell.",
      "Tomas Berg → Lima",
    ],
    ["met", "Ana Ruiz and Tomas Berg held talks in Lima.", "Ana Ruiz ↔ Tomas Berg"],
    // reported speech: the speaker is not the actor
    ["visited", "Ana Ruiz said Tomas Berg visited Lima.", "Tomas Berg → Lima"],
    ["met", "Ana Ruiz said Tomas Berg met Lena Holm.", "Lena Holm ↔ Tomas Berg"],
    ["met", "Ana Ruiz said she met Lena Holm.", "Ana Ruiz ↔ Lena Holm"],
    ["met", "Ana Ruiz was reported to have met Lena Holm.", "Ana Ruiz ↔ Lena Holm"],
    ["met", "Ana Ruiz told reporters after meeting with Lena Holm that prices fell.", "Ana Ruiz ↔ Lena Holm"],
    ["met", "Ana Ruiz explained the rules during talks with Lena Holm.", "Ana Ruiz ↔ Lena Holm"],
  ])("%s: %s", (relation, text, edge) => {
    expect(edgesOf(graphOf(text), relation)).toContain(edge);
  });
});

describe("movement patterns: no edge where none is stated", () => {
  it.each<[Relation, string]>([
    ["visited", "Ana Ruiz heads to court in Lima on Monday."],
    ["visited", "Ana Ruiz heads the delegation to Lima."],
    ["visited", "Ana Ruiz said the head to Lima was late."],
    ["visited", "Ana Ruiz praised the talks in Lima."],
    ["visited", "Chile began a tour of Peru."],
    ["visited", "Ana Ruiz welcomed a visit by Peru's trade mission to Chile."],
    ["visited", "Ana Ruiz did not visit Peru."],
    ["visited", "Ana Ruiz sang on the band's long tour of Peru."],
    ["visited", "Ana Ruiz scored twice on the Condors tour of Peru."],
    ["visited", "Ana Ruiz recalled their 1998 tour of Peru."],
    ["visited", "Ana Ruiz invited the board for talks in Lima."],
    ["visited", "Ana Ruiz never went on a tour of Peru."],
    // "here" needs a visitor from abroad: no title naming a country, or the title names the article's country
    ["visited", "Ana Ruiz arrived here on Monday. Peru and Bolivia want copper, Peru's officials said."],
    ["visited", "Peruvian Trade Minister Ana Ruiz arrived here on Monday. Peru wants copper, Peru's officials said."],
    ["met", "Ana Ruiz visited Tomas Berg's farm."],
    ["met", "Chile held talks with Tomas Berg."],
    ["met", "Ana Ruiz attended a meeting of OPEC in Vienna."],
    ["met", "Ana Ruiz said officials would discuss the plan with Tomas Berg."],
    ["met", "Ana Ruiz held talks in Lima, Tomas Berg said."],
    ["visited", "Ana Ruiz said the report came from a panel which visited Peru."],
    ["visited", "On a visit to Peru, the old actor said Ana Ruiz would star."],
    ["met", "Her agent confirmed that the player hopes for talks with Tomas Berg before Lena Holm leaves."],
    ["met", "Ana Ruiz discussed the plan. With Tomas Berg away, nothing moved."],
    ["met", "Ana Ruiz discussed the plan, and Tomas Berg agreed with it."],
  ])("%s: %s", (relation, text) => {
    expect(edgesOf(graphOf(text), relation)).toEqual([]);
  });
});

describe("movement patterns: a plan is kept as planned, not asserted", () => {
  it.each<[Relation, string, string]>([
    ["visited", "Ana Ruiz will head to Lima next week.", "Ana Ruiz → Lima"],
    ["visited", "Ana Ruiz plans a tour of Peru and Chile.", "Ana Ruiz → Peru"],
    ["visited", "The upcoming visit by Ana Ruiz to Peru drew protests.", "Ana Ruiz → Peru"],
    ["met", "Ana Ruiz is due to discuss the quotas with Tomas Berg.", "Ana Ruiz ↔ Tomas Berg"],
  ])("%s: %s", (relation, text, edge) => {
    const graph = graphOf(text);
    expect(edgesOf(graph, relation)).toEqual([]);
    expect(edgesOf(graph, relation, { asserted: false })).toContain(edge);
  });
});

describe("movement patterns: triggers are lemmas, inflected by rule", () => {
  it.each<[string, "verb" | "noun", string[]]>([
    ["visit", "verb", ["visit", "visits", "visited", "visiting"]],
    ["arrive", "verb", ["arrive", "arrives", "arrived", "arriving"]],
    ["fly", "verb", ["fly", "flies", "flied", "flying", "flew", "flown"]],
    ["tour", "noun", ["tour", "tours"]],
  ])("%s (%s)", (lemma, inflect, forms) => {
    expect(inflections(lemma, inflect)).toEqual(expect.arrayContaining(forms.filter((f) => f !== "flied")));
  });
});
