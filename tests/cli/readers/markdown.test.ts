// The Markdown reader: markup removed line by line so that sentences read as prose, and the
// front matter read as in text articles.
import { describe, expect, it } from "vitest";
import { markdownLine, markdownToText, readMarkdownArticle } from "../../../src/cli/readers/markdown.js";

describe("markdownLine", () => {
  it.each<[string, string, string]>([
    ["a heading", "## Oslo talks resume", "Oslo talks resume"],
    ["a heading with closing marks", "## Oslo talks ##", "Oslo talks"],
    [
      "strong and emphasis",
      "**Ana Ruiz** met *Tomas Berg* and __Mia Holm__ and _Lars Dahl_",
      "Ana Ruiz met Tomas Berg and Mia Holm and Lars Dahl",
    ],
    ["underscores inside words", "the harbour_pact_v2 file", "the harbour_pact_v2 file"],
    ["a link", "Read [the agreement](https://example.org/pact) today.", "Read the agreement today."],
    ["a reference link", "Read [the agreement][pact] today.", "Read the agreement today."],
    ["an image", "![Ruiz and Berg shake hands](photo.jpg)Signed.", "Signed."],
    ["an autolink", "See <https://example.org/pact>.", "See https://example.org/pact."],
    ["inline code", "The `pact` holds.", "The pact holds."],
    ["strikethrough", "A ~~draft~~ final text.", "A draft final text."],
    ["a bullet", "- Chile exports copper.", "Chile exports copper."],
    ["a numbered item", "2. Norway exports salmon.", "Norway exports salmon."],
    ["a task item", "* [x] Treaty signed.", "Treaty signed."],
    ["a block quote", "> Ruiz said the pact was fair.", "Ruiz said the pact was fair."],
    ["a nested block quote", "> > Berg agreed.", "Berg agreed."],
    ["backslash escapes", "5 \\* 3 \\_ok\\_", "5 * 3 _ok_"],
    ["a table row", "| Chile | copper |", "Chile  copper"],
    ["a thematic break", "---", ""],
    ["a setext underline", "=====", ""],
    ["a link definition", "[pact]: https://example.org/pact", ""],
    ["a table rule", "|---|:---:|", ""],
    ["plain prose", "Chile and Norway signed the pact.", "Chile and Norway signed the pact."],
    ["a link whose url has brackets", "See [the pact](https://example.org/wiki/Pact_(2026)) now.", "See the pact) now."],
  ])("turns %s into text", (_name, line, text) => {
    expect(markdownLine(line)).toBe(text);
  });
});

describe("markdownLine on hostile lines (issue 17)", () => {
  // Each used to take seconds at 60 KB and minutes at 300 KB (every unclosed mark scanned to the end
  // of the line); spans are now bounded, so these return at once. No timing is asserted: a
  // quadratic reading would hit the hang guard.
  it.each<[string, string]>([
    ["unclosed links", "[a"],
    ["unclosed images", "![a"],
    ["unclosed emphasis", "*a "],
    ["unclosed strong", "**a "],
    ["unclosed underscores", " _a"],
    ["unclosed strikes", "~~a "],
  ])("reads a 300 KB line of %s, losing at most its marks", (_name, unit) => {
    const line = unit.repeat(Math.ceil(300_000 / unit.length));
    const text = markdownLine(line);
    expect(text.length).toBeLessThanOrEqual(line.length);
    expect(text.replace(/[^a]/g, "")).toBe(line.replace(/[^a]/g, ""));
  });

  it("still strips markup spans up to 300 characters, and leaves longer ones as written", () => {
    const long = "x".repeat(301);
    expect(markdownLine(`**${"y".repeat(300)}**`)).toBe("y".repeat(300));
    expect(markdownLine(`**${long}**`)).toBe(`**${long}**`);
  });
});

describe("markdownToText", () => {
  it("drops fenced code and keeps the paragraphs apart", () => {
    const md = "# Pact\n\nChile signed.\n\n```js\nconst x = 'Norway signed';\n```\n\nNorway signed.\n";
    expect(
      markdownToText(md)
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean),
    ).toEqual(["Pact", "Chile signed.", "Norway signed."]);
  });
});

describe("readMarkdownArticle", () => {
  it("reads the front matter and the body as text", () => {
    const article = readMarkdownArticle("---\ntitle: Pact\ndate: 2026-03-06\n---\n# Pact\n\n**Chile** signed.\n", "a.md");
    expect(article).toEqual({ id: "a.md", title: "Pact", date: "2026-03-06", text: "Pact\n\nChile signed.\n" });
  });
});
