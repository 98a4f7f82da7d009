// Stage 2, segment: sentences end at real ends, not at abbreviations; spans are offsets
// into the article's original text.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../../src/core/pipeline/1-clean/clean-article.js";
import { splitSentences } from "../../../src/core/pipeline/2-segment/split-sentences.js";
import { tokenize } from "../../../src/core/pipeline/2-segment/tokenize.js";
import { sentencesOf } from "../../helpers/core-pipeline.js";

describe("splitSentences keeps one sentence whole", () => {
  it.each<[string, string]>([
    ["'U.S.' inside a sentence", "Officials in the U.S. said the talks would resume."],
    ["'U.K.' before a capitalized weekday", "It was sunny in the U.K. on Monday."],
    ["'a.m.' before a lower-case word", "The ferry left at 9 a.m. and arrived at noon."],
    ["a decimal number", "Exports rose 5.5 per cent last year."],
    ["a period inside parentheses", "The deal (signed in Oslo.) was long."],
    ["'Corp.' before a lower-case word", "Northland Shipping Corp. signed the deal."],
    ["a question inside quotes before a lower-case word", '"Why now?" asked Ana Ruiz.'],
  ])("with %s", (_name, text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });
});

describe("splitSentences keeps titles and month abbreviations inside a sentence", () => {
  it.each<[string, string]>([
    ["'Mr.' before a name", "Ana Ruiz met Mr. Berg in Oslo."],
    ["'Dr.' opening a sentence", "Dr. Berg spoke to the crew."],
    ["'Jan.' before a day number", "Talks resumed on Jan. 5 in Oslo."],
    ["'St.' in a place name", "The ship reached St. Johns at dawn."],
  ])("with %s", (_name, text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });
});

describe("splitSentences splits at real sentence ends", () => {
  it.each<[string, string, string[]]>([
    ["a period before a capital", "The ferry left. It reached Bergen at noon.", ["The ferry left.", "It reached Bergen at noon."]],
    ["a question mark", "Did the ferry leave? Nobody knew.", ["Did the ferry leave?", "Nobody knew."]],
    ["an exclamation mark", "The ferry left! Everyone cheered.", ["The ferry left!", "Everyone cheered."]],
    ["a period before a number", "Prices fell. 2026 was a hard year.", ["Prices fell.", "2026 was a hard year."]],
    ["a closing quote after the period", 'He said: "We are ready." The crowd cheered.', ['He said: "We are ready."', "The crowd cheered."]],
    [
      "'U.S.' at the end of a sentence",
      "The vote was held in the U.S. The result came late.",
      ["The vote was held in the U.S.", "The result came late."],
    ],
    [
      "a blank line between paragraphs without a final period",
      "The ferry left\n\nIt reached Bergen",
      ["The ferry left", "It reached Bergen"],
    ],
  ])("at %s", (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("gives no sentence for a text of punctuation only", () => {
    expect(sentencesOf("... --- !!!")).toEqual([]);
  });
});

describe("splitSentences spans", () => {
  it("are offsets into the original text, after a dropped header", () => {
    const text = "date 2026-03-06\nADVT\nThe ferry left. It reached Bergen.";
    const sentences = splitSentences(cleanArticle({ id: "a.txt", text }), 0);
    expect(sentences.map((s) => [s.start, s.end])).toEqual([
      [text.indexOf("The"), text.indexOf("left.") + 5],
      [text.indexOf("It"), text.length],
    ]);
  });

  it("number sentences in order and carry the document index", () => {
    const sentences = splitSentences(cleanArticle({ id: "a.txt", text: "One. Two. Three." }), 7);
    expect(sentences.map((s) => [s.doc, s.index])).toEqual([
      [7, 0],
      [7, 1],
      [7, 2],
    ]);
  });
});

describe("tokenize", () => {
  const texts = (text: string) => tokenize(text, 0, text.length).map((t) => t.text);

  it.each<[string, string, string[]]>([
    ["keeps a dotted abbreviation as one token", "the U.S. navy", ["the", "U.S.", "navy"]],
    ["splits a possessive 's off", "Norway's fleet", ["Norway", "'s", "fleet"]],
    ["keeps an apostrophe inside a name", "O'Neill left", ["O'Neill", "left"]],
    ["keeps a decimal number whole", "rose 5.5 per cent", ["rose", "5.5", "per", "cent"]],
    ["splits punctuation into tokens", "Oslo, Bergen.", ["Oslo", ",", "Bergen", "."]],
  ])("%s", (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("gives offsets that slice back to each token", () => {
    const text = "  Ana Ruiz met  Tomas Berg, Norway's envoy.";
    for (const t of tokenize(text, 0, text.length)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("stays inside the range it is given", () => {
    const text = "Oslo Bergen Tromso";
    expect(tokenize(text, 5, 11).map((t) => t.text)).toEqual(["Bergen"]);
  });
});

describe("tokenize keeps model numbers whole", () => {
  it.each([["7X9"], ["747s"], ["3D"]])("%s is one token", (word) => {
    const text = `They ordered the ${word} today.`;
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toContain(word);
  });
});
