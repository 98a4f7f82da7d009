// readArticleHeader: a text article's metadata header (front matter, or "Key: value" lines) → fields
// and the offset where the story starts; anything else leaves the text whole.
import { describe, expect, it } from "vitest";
import { readArticleHeader, type HeaderFields } from "../../../src/core/index.js";

const STORY = "Chile and Norway signed the Blue Harbour Agreement on Monday.\n";

describe("readArticleHeader", () => {
  // [case, text before STORY, fields expected]; the story must start right after the header
  it.each<[string, string, HeaderFields]>([
    [
      "front matter with the four fields",
      "---\ntitle: Harbour pact signed\ndate: 2026-03-06\nurl: https://example.org/harbour\noutlet: The Coastal Ledger\n---\n",
      { title: "Harbour pact signed", date: "2026-03-06", url: "https://example.org/harbour", outlet: "The Coastal Ledger" },
    ],
    ["front matter with an id", "---\nid: harbour-1\n---\n", { id: "harbour-1" }],
    ["front matter closed by '...'", "---\ntitle: Pact\n...\n", { title: "Pact" }],
    ["double-quoted values with escapes and a colon", '---\ntitle: "Oslo: the \\"blue\\" pact"\n---\n', { title: 'Oslo: the "blue" pact' }],
    ["single-quoted values with a doubled quote", "---\ntitle: 'Ruiz''s pact'\n---\n", { title: "Ruiz's pact" }],
    ["a trailing comment", "---\noutlet: Ledger # the weekly\n---\n", { outlet: "Ledger" }],
    [
      "keys in any case and their synonyms",
      "---\nHeadline: Pact\nPublished: March 6, 2026\nLink: https://x.example/p\nSource: Wire\n---\n",
      {
        title: "Pact",
        date: "2026-03-06",
        url: "https://x.example/p",
        outlet: "Wire",
      },
    ],
    [
      "unknown keys, lists and nested values, ignored",
      "---\ntags:\n  - trade\n  - fish\nauthor:\n  name: A\ntitle: Pact\n---\n",
      { title: "Pact" },
    ],
    ["a date that cannot be read, left out", "---\ntitle: Pact\ndate: soon\n---\n", { title: "Pact" }],
    ["Windows line breaks", "---\r\ntitle: Pact\r\n---\r\n", { title: "Pact" }],
    [
      "'Key: value' lines ended by a blank line",
      "Title: Harbour pact\nDate: 2026-03-06\nOutlet: Ledger\n\n",
      { title: "Harbour pact", date: "2026-03-06", outlet: "Ledger" },
    ],
  ])("reads %s", (_name, header, fields) => {
    const text = header + STORY;
    const result = readArticleHeader(text);
    expect([result.fields, text.slice(result.bodyStart)]).toEqual([fields, STORY]);
  });

  // texts that look a little like a header but are stories: nothing is read, nothing is cut
  it.each<[string, string]>([
    ["no header at all", STORY],
    ["the 'date YYYY-MM-DD' line (stage 1 reads it)", "date 2026-03-06\n\n" + STORY],
    ["an opening '---' never closed", "---\ntitle: Pact\n" + STORY],
    ["a story whose first line has a colon", "Oslo: " + STORY],
    ["'Key: value' lines with an unknown key", "Title: Pact\nMood: calm\n\n" + STORY],
    ["'Key: value' lines not followed by a blank line", "Title: Pact\n" + STORY],
    ["a '---' rule later in the text", STORY + "---\ntitle: x\n---\n"],
  ])("leaves %s whole", (_name, text) => {
    expect(readArticleHeader(text)).toEqual({ fields: {}, bodyStart: 0 });
  });
});
