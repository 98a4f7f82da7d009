// mark-terms: which parts of an evidence sentence are marked as names of the edge's two ends.
import { describe, expect, it } from "vitest";
import { splitOnTerms } from "../../../src/viewer/panels/mark-terms.js";

const render = (sentence: string, terms: string[]) =>
  splitOnTerms(sentence, terms)
    .map((p) => (p.marked ? `[${p.text}]` : p.text))
    .join("");

describe("splitOnTerms", () => {
  it.each([
    ["marks each name", "Ruiz met Lind.", ["Ruiz", "Lind"], "[Ruiz] met [Lind]."],
    ["prefers the longest name at a place", "Ana Ruiz met Lind.", ["Ruiz", "Ana Ruiz"], "[Ana Ruiz] met Lind."],
    ["marks whole words only", "Ruizes met Lind.", ["Ruiz"], "Ruizes met Lind."],
    ["marks every occurrence", "Ruiz, then Ruiz again.", ["Ruiz"], "[Ruiz], then [Ruiz] again."],
    ["handles accents as letters", "Élise Marchand et Élise.", ["Élise"], "[Élise] Marchand et [Élise]."],
    ["ignores one-letter names", "A deal in A.", ["A"], "A deal in A."],
    ["leaves a sentence without names as is", "Nothing here.", ["Ruiz"], "Nothing here."],
  ])("%s", (_name, sentence, terms, expected) => {
    expect(render(sentence, terms)).toBe(expected);
  });

  it("returns pieces that join back into the sentence", () => {
    const sentence = "President Ruiz signed the pact with Lind in Madrid.";
    expect(
      splitOnTerms(sentence, ["Ruiz", "Lind", "pact"])
        .map((p) => p.text)
        .join(""),
    ).toBe(sentence);
  });
});
