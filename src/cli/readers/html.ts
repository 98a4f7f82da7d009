// An HTML page → an article: metadata from JSON-LD and meta tags, then the story's text by
// @mozilla/readability over linkedom's DOM (navigation, ads, teasers and comments dropped).
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Article } from "../../core/contract/article.js";
import { toIsoDate } from "../../core/io/iso-date.js";
import { htmlMetadata, oneLine } from "./html-metadata.js";
import { blockText, type TextNodeLike } from "./html-text.js";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "Oslo talks | Fjord Post" with outlet "Fjord Post" → "Oslo talks": page titles often end with the site's name. */
export function withoutSiteName(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  const stripped = title.replace(new RegExp(`\\s+[|\\-–—·:]\\s+${escapeRegExp(outlet)}$`, "i"), "");
  return stripped || title;
}

/** The article of a page, or undefined when the page holds no story text. */
export function readHtmlArticle(html: string, id: string): Article | undefined {
  const { document } = parseHTML(html);
  // NOTE: metadata first: Readability removes the <script> elements that hold JSON-LD.
  const fields = htmlMetadata(document);
  // NOTE: the serializer hands back Readability's cleaned DOM subtree, whose paragraphs blockText
  // keeps apart (Readability's own textContent runs them together).
  const parsed = new Readability<TextNodeLike>(document, { serializer: (node) => node as unknown as TextNodeLike }).parse();
  const text = parsed?.content ? blockText(parsed.content) : "";
  if (!text) return undefined;
  // what Readability found fills what the tags did not say (its title drops " | Site name")
  const outlet = fields.outlet ?? oneLine(parsed?.siteName);
  const found = fields.title ?? oneLine(parsed?.title);
  const title = found && withoutSiteName(found, outlet);
  const date = fields.date ?? toIsoDate(parsed?.publishedTime);
  return { ...fields, ...(title ? { title } : {}), ...(date ? { date } : {}), ...(outlet ? { outlet } : {}), id, text };
}
