// The HTML reader: Readability over linkedom keeps the story and drops the page around it; the
// metadata comes from JSON-LD and the usual meta tags. Pages are invented, in our own prose.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { htmlMetadata } from "../../../src/cli/readers/html-metadata.js";
import { blockText } from "../../../src/cli/readers/html-text.js";
import { readHtmlArticle, withoutSiteName } from "../../../src/cli/readers/html.js";

const PARAGRAPHS = [
  "President Ana Ruiz of Chile met Foreign Minister Tomas Berg in Oslo on Monday, and the two governments signed the Blue Harbour Agreement, which covers fishing and energy.",
  "Norway exports salmon and natural gas to Chile, and Chile sells copper to Norway. Officials said the accord would cut tariffs on both sides within two years.",
  "The agreement still needs the approval of both parliaments. Ruiz said she expected a vote in Santiago before the summer recess, while Berg said the Storting would debate it in May.",
];

/** Page furniture that must not reach the article text. */
const FURNITURE = {
  navigation: "Weather and tides",
  ad: "Subscribe now for one euro a week",
  teaser: "Copper prices climb again",
  comment: "Finally some good news for the southern fleets",
  footer: "All rights reserved by the Coastal Ledger",
  script: "trackReader",
};

function page(head: string, options: { h1?: string } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">${head}</head><body>
<header><nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/weather">${FURNITURE.navigation}</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="advertisement ad-banner"><p>${FURNITURE.ad}</p></div>
<script>window.${FURNITURE.script} = true;</script>
<main><article class="story">
${options.h1 ? `<h1>${options.h1}</h1>` : ""}
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}
</article>
<aside class="related-stories"><h2>More from the coast</h2><ul><li><a href="/copper">${FURNITURE.teaser}</a></li></ul></aside>
<section id="comments" class="comments"><h2>Comments</h2><div class="comment"><p>${FURNITURE.comment}</p></div></section>
</main>
<footer class="site-footer"><p>${FURNITURE.footer}</p></footer>
</body></html>`;
}

const TAGS = `<title>Harbour pact | The Coastal Ledger</title>
<link rel="canonical" href="https://ledger.example/world/harbour-pact">
<meta property="og:title" content="Chile and Norway sign the Blue Harbour Agreement">
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="article:published_time" content="2026-03-06T09:30:00Z">`;

const JSON_LD = `<title>Harbour pact</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Ledger site", "url": "https://ledger.example/"},
  {"@type": "NewsArticle", "headline": "Ruiz and Berg seal the harbour deal", "datePublished": "2026-03-07T08:00:00+01:00",
   "mainEntityOfPage": {"@id": "https://ledger.example/world/harbour-deal"}, "publisher": {"@type": "Organization", "name": "Coastal Ledger Ltd"}}]}</script>`;

describe("readHtmlArticle text", () => {
  const article = readHtmlArticle(page(TAGS), "page.html")!;

  it("keeps every paragraph of the story, one per block", () => {
    expect(article.text.split("\n\n")).toEqual(PARAGRAPHS);
  });

  it.each(Object.entries(FURNITURE))("drops the %s", (_what, text) => {
    expect(article.text).not.toContain(text);
  });

  it.each<[string, string]>([
    ["an empty body", "<body></body>"],
    ["only scripts and styles", "<body><script>start()</script><style>p { color: red }</style></body>"],
  ])("returns undefined for a page with %s", (_name, body) => {
    expect(readHtmlArticle(`<!doctype html><html><head><title>Nothing here</title></head>${body}</html>`, "e.html")).toBeUndefined();
  });
});

describe("readHtmlArticle metadata", () => {
  it.each<[string, string, Record<string, string>]>([
    [
      "the meta tags",
      TAGS,
      {
        title: "Chile and Norway sign the Blue Harbour Agreement",
        date: "2026-03-06T09:30:00Z",
        url: "https://ledger.example/world/harbour-pact",
        outlet: "The Coastal Ledger",
      },
    ],
    [
      "JSON-LD in a @graph",
      JSON_LD,
      {
        title: "Ruiz and Berg seal the harbour deal",
        date: "2026-03-07T08:00:00+01:00",
        url: "https://ledger.example/world/harbour-deal",
        outlet: "Coastal Ledger Ltd",
      },
    ],
    [
      "JSON-LD for headline and date, the tags for canonical URL and site name",
      TAGS + JSON_LD,
      {
        title: "Ruiz and Berg seal the harbour deal",
        date: "2026-03-07T08:00:00+01:00",
        url: "https://ledger.example/world/harbour-pact",
        outlet: "The Coastal Ledger",
      },
    ],
    [
      "Dublin Core and itemprop tags, in any case",
      `<meta name="DC.title" content="Pact signed"><meta itemprop="datePublished" content="March 6, 2026"><meta name="application-name" content="Fjord Post">`,
      { title: "Pact signed", date: "2026-03-06", outlet: "Fjord Post" },
    ],
    [
      "a relative canonical link, resolved against og:url",
      `<meta property="og:title" content="Pact"><meta property="og:url" content="https://fjord.example/a/1"><link rel="canonical" href="/a/pact">`,
      { title: "Pact", url: "https://fjord.example/a/pact" },
    ],
    [
      "a canonical link that is not http(s), dropped",
      `<meta property="og:title" content="Pact"><link rel="canonical" href="javascript:alert(1)">`,
      { title: "Pact" },
    ],
    [
      "a broken JSON-LD block, skipped",
      `<script type="application/ld+json">{oops</script><meta property="og:title" content="Pact">`,
      { title: "Pact" },
    ],
    [
      "only a <title>: Readability's title, without the site name",
      `<title>Harbour pact signed in Oslo | The Coastal Ledger</title>`,
      { title: "Harbour pact signed in Oslo" },
    ],
  ])("reads the metadata from %s", (_name, head, expected) => {
    const { id: _id, text: _text, ...meta } = readHtmlArticle(page(head), "page.html")!;
    expect(meta).toEqual(expected);
  });

  it("reads the metadata before Readability removes the JSON-LD scripts", () => {
    const { document } = parseHTML(page(JSON_LD));
    expect(htmlMetadata(document).title).toBe("Ruiz and Berg seal the harbour deal");
  });
});

describe("blockText", () => {
  it.each<[string, string, string]>([
    ["paragraphs, one per block", "<div><p>One.</p><p>Two.</p></div>", "One.\n\nTwo."],
    ["inline elements inside a paragraph", "<p>Ana <b>Ruiz</b> met <a href='#'>Berg</a>.</p>", "Ana Ruiz met Berg."],
    ["runs of whitespace", "<p>  Ana\n   Ruiz\t met  Berg. </p>", "Ana Ruiz met Berg."],
    ["list items", "<ul><li>Copper</li><li>Salmon</li></ul>", "Copper\n\nSalmon"],
    ["a line break", "<p>Oslo<br>Monday</p>", "Oslo\n\nMonday"],
    ["scripts and styles", "<p>Kept.</p><script>dropped()</script><style>p{}</style>", "Kept."],
  ])("reads %s", (_name, html, text) => {
    const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
    expect(blockText(document.getElementById("root")!)).toBe(text);
  });
});

describe("withoutSiteName", () => {
  it.each<[string, string, string | undefined, string]>([
    ["a bar before the site name", "Oslo talks | Fjord Post", "Fjord Post", "Oslo talks"],
    ["a dash, in another case", "Oslo talks - fjord post", "Fjord Post", "Oslo talks"],
    ["an em dash", "Oslo talks — Fjord Post", "Fjord Post", "Oslo talks"],
    ["a site name elsewhere in the title", "Fjord Post readers vote", "Fjord Post", "Fjord Post readers vote"],
    ["no separator", "Oslo talks Fjord Post", "Fjord Post", "Oslo talks Fjord Post"],
    ["no site name known", "Oslo talks | Fjord Post", undefined, "Oslo talks | Fjord Post"],
    ["a site name with regex characters", "Pact (update) | Post+ (Oslo)", "Post+ (Oslo)", "Pact (update)"],
  ])("handles %s", (_name, title, outlet, expected) => {
    expect(withoutSiteName(title, outlet)).toBe(expected);
  });
});
