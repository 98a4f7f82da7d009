// A plain-text article: an optional metadata header (front matter or "Key: value" lines) sets
// its id, title, date, url and outlet; the rest is the story, verbatim (offsets count from it).
import type { Article } from "../../core/contract/article.js";
import { readArticleHeader } from "../../core/io/front-matter.js";

export function readTextArticle(text: string, id: string): Article {
  const { fields, bodyStart } = readArticleHeader(text);
  return { ...fields, id: fields.id ?? id, text: text.slice(bodyStart) };
}
