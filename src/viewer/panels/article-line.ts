// article-line: one article as text — its title (a link only for an http(s) URL), outlet, date and id.
import type { ArticleMeta } from "../../core/index.js";
import { el } from "../dom.js";

/** Only http(s) links are followed: a `javascript:` url in the data must never become a link. */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function articleLine(article: ArticleMeta): HTMLElement {
  const url = safeUrl(article.url);
  const title = article.title ?? article.id;
  const meta = [article.outlet, article.date, article.title ? article.id : undefined].filter(Boolean).join(" · ");
  const titleEl = url
    ? el("a", { className: "article-title", attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } }, title)
    : el("span", { className: "article-title" }, title);
  return el("span", { className: "article" }, titleEl, meta && el("span", { className: "muted" }, meta));
}

/** Articles listed before "Show all N articles" (a corpus of thousands would take as long to list as to draw the graph). */
export const ARTICLES_SHOWN = 50;

/** The articles as a list, the first `shown` of them, then a button that lists the rest on demand. */
export function articleList(articles: readonly ArticleMeta[], shown = ARTICLES_SHOWN): HTMLElement {
  const list = el("ol", { className: "articles" }, ...articles.slice(0, shown).map((a) => el("li", {}, articleLine(a))));
  if (articles.length <= shown) return list;
  const more = el("button", { className: "more", attrs: { type: "button" } }, `Show all ${articles.length} articles`);
  more.addEventListener("click", () => {
    list.append(...articles.slice(shown).map((a) => el("li", {}, articleLine(a))));
    more.remove();
  });
  return el("div", { className: "article-list" }, list, more);
}

export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
