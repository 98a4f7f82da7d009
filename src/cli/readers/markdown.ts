// A Markdown article: front matter as in text, then the body as plain text line by line — heading
// marks, emphasis, links, images, code and list bullets removed — so sentences read as prose.
import type { Article } from "../../core/contract/article.js";
import { readArticleHeader } from "../../core/io/front-matter.js";

const FENCE = /^\s{0,3}(```|~~~)/;
/** Whole lines that carry no prose: thematic breaks, setext underlines, link definitions, table rules. */
const DROPPED_LINES = [
  /^\s{0,3}([-*_])(\s*\1){2,}\s*$/,
  /^\s{0,3}=+\s*$/,
  /^\s{0,3}\[[^\]]+\]:\s*\S+/,
  /^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/,
];
/** Line prefixes to strip, in order: block quotes, ATX heading marks, list bullets and numbers. */
const PREFIXES = [/^\s{0,3}(>\s?)+/, /^\s{0,3}#{1,6}(\s+|$)/, /^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/];
/**
 * Inline markup → its text, in order (images before links, strong before emphasis). Each span is at
 * most SPAN characters (a link's text has no bracket inside), so a line is read in linear time
 * whatever it holds: an unclosed "[a[a[a…" or "*a *a *a…" does not make every mark scan to the end.
 */
const SPAN = 300;
const INLINE: readonly [RegExp, string][] = [
  [new RegExp(`!\\[([^\\][]{0,${SPAN}})\\]\\([^)]{0,${SPAN}}\\)`, "g"), ""], // ![alt](src)
  [new RegExp(`\\[([^\\][]{1,${SPAN}})\\]\\([^)]{0,${SPAN}}\\)`, "g"), "$1"], // [text](url)
  [new RegExp(`\\[([^\\][]{1,${SPAN}})\\]\\[[^\\][]{0,${SPAN}}\\]`, "g"), "$1"], // [text][ref]
  [/<(https?:\/\/[^>\s]{1,2000})>/g, "$1"], // <https://…>
  [new RegExp(`\`([^\`]{1,${SPAN}})\``, "g"), "$1"], // `code`
  [new RegExp(`(\\*\\*|__)(?=\\S)(.{1,${SPAN}}?)(?<=\\S)\\1`, "g"), "$2"], // **strong**
  [new RegExp(`~~(?=\\S)(.{1,${SPAN}}?)(?<=\\S)~~`, "g"), "$1"], // ~~struck~~
  [new RegExp(`\\*(?=\\S)(.{1,${SPAN}}?)(?<=\\S)\\*`, "g"), "$1"], // *emphasis*
  [new RegExp(`(^|[^\\w])_(?=\\S)(.{1,${SPAN}}?)(?<=\\S)_(?![\\w])`, "g"), "$1$2"], // _emphasis_, not snake_case
  [/\s+#+\s*$/, ""], // closing heading marks: "## Title ##"
];

/** Characters a backslash escapes; while inline markup is read they stand in the Private Use Area. */
const ESCAPABLE = "\\`*_{}[]()#+-.!>|~";
const hide = (text: string) =>
  text.replace(/\\(.)/g, (m, c: string) => (ESCAPABLE.includes(c) ? String.fromCharCode(0xe000 + ESCAPABLE.indexOf(c)) : m));
const reveal = (text: string) => text.replace(/[\ue000-\ue0ff]/g, (c) => ESCAPABLE[c.charCodeAt(0) - 0xe000] ?? c);

/** One Markdown line as plain text: "## **Oslo** talks" → "Oslo talks". */
export function markdownLine(line: string): string {
  if (DROPPED_LINES.some((re) => re.test(line))) return "";
  let text = hide(line);
  for (const re of PREFIXES) text = text.replace(re, "");
  for (const [re, to] of INLINE) text = text.replace(re, to);
  if (/^\s*\|.*\|\s*$/.test(text))
    text = text
      .trim()
      .slice(1, -1)
      .split("|")
      .map((c) => c.trim())
      .join("  ");
  return reveal(text);
}

/** Markdown → plain text with the same line structure (a paragraph stays a paragraph); code blocks dropped. */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const opens = FENCE.exec(line);
    if (fence) {
      if (opens && opens[1] === fence) fence = undefined;
      out.push("");
    } else if (opens) {
      fence = opens[1];
      out.push("");
    } else out.push(markdownLine(line));
  }
  return out.join("\n");
}

export function readMarkdownArticle(markdown: string, id: string): Article {
  const { fields, bodyStart } = readArticleHeader(markdown);
  return { ...fields, id: fields.id ?? id, text: markdownToText(markdown.slice(bodyStart)) };
}
