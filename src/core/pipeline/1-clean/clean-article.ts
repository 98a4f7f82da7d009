// Stage 1: separate the story from page leftovers (date lines, ads, credits, bylines,
// teaser blocks, repeated lines). Offsets stay those of the original text.
import type { Article } from "../../contract/article.js";
import { BOILERPLATE_LINES, DATE_HEADER, DATELINE, TEASER_BLOCK_START } from "../../lexicon/boilerplate.js";
import type { CleanDoc, Span } from "../types.js";

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const raw = m[0].replace(/\r?\n$/, "");
    lines.push({ start: m.index, end: m.index + raw.length, text: raw });
    if (re.lastIndex >= text.length) break;
  }
  return lines;
}

/** Reads a leading "date YYYY-MM-DD" header; returns the date and where the story begins. */
export function readDateHeader(text: string): { date?: string; bodyStart: number } {
  const m = DATE_HEADER.exec(text);
  return m ? { date: m[1], bodyStart: m[0].length } : { bodyStart: 0 };
}

export function cleanArticle(article: Article): CleanDoc {
  const text = article.text;
  const { date, bodyStart } = readDateHeader(text);
  const lines = splitLines(text, bodyStart);
  const seen = new Set<string>();
  const blocks: Span[] = [];
  const dropped: Span[] = bodyStart > 0 ? [[0, bodyStart]] : [];
  let teasers = false;
  // Consecutive kept lines form one block (wire copy wraps sentences across lines) unless
  // a blank line or an indented line starts a new paragraph.
  let joinable = false;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (!trimmed) {
      joinable = false;
      continue;
    }
    const leading = line.text.length - line.text.trimStart().length;
    const span: Span = [line.start + leading, line.start + leading + trimmed.length];
    if (!teasers && TEASER_BLOCK_START.some((re) => re.test(trimmed))) teasers = true;
    const normalized = trimmed.toLowerCase().replace(/\s+/g, " ");
    const repeated = normalized.length > 12 && seen.has(normalized);
    seen.add(normalized);
    if (teasers || repeated || BOILERPLATE_LINES.some((re) => re.test(trimmed))) {
      dropped.push(span);
      joinable = false;
      continue;
    }
    const previous = blocks[blocks.length - 1];
    if (joinable && leading < 2 && previous) blocks[blocks.length - 1] = [previous[0], span[1]];
    else {
      const dateline = DATELINE.exec(trimmed);
      if (dateline && dateline[0].length < trimmed.length) {
        dropped.push([span[0], span[0] + dateline[0].length]);
        blocks.push([span[0] + dateline[0].length, span[1]]);
      } else blocks.push(span);
    }
    joinable = true;
  }
  const first = blocks[0];
  const headline = first ? text.slice(first[0], first[1]).trim() : "";
  const title = !article.title && headline.length <= 160 && !/[.!?:"”]$/.test(headline) && !headline.includes("\n") ? headline : undefined;
  const withMeta = {
    ...article,
    ...(date && !article.date ? { date } : {}),
    ...(title ? { title } : {}),
  };
  return { article: withMeta, blocks, dropped };
}
