// A news page's metadata — title, canonical URL, site name, publication date — read from its
// JSON-LD article object, then the usual meta tags (Open Graph, article:*, Dublin Core, itemprop).
import type { HeaderFields } from "../../core/io/front-matter.js";
import { toIsoDate } from "../../core/io/iso-date.js";

type Field = "title" | "date" | "url" | "outlet";

/** Where each field is looked for, best source first: [CSS selector, attribute holding the value]. */
export const META_SOURCES: Readonly<Record<Field, readonly (readonly [string, string])[]>> = {
  title: [
    ['meta[property="og:title"]', "content"],
    ['meta[name="twitter:title"]', "content"],
    ['meta[name="dc.title" i]', "content"],
  ],
  date: [
    ['meta[property="article:published_time"]', "content"],
    ['meta[itemprop="datePublished"]', "content"],
    ['meta[name="pubdate" i]', "content"],
    ['meta[name="publishdate" i]', "content"],
    ['meta[name="publish-date" i]', "content"],
    ['meta[name="date" i]', "content"],
    ['meta[name="dc.date.issued" i]', "content"],
    ['meta[name="dc.date" i]', "content"],
    ['meta[property="og:published_time"]', "content"],
    ["time[datetime][pubdate]", "datetime"],
    ["article time[datetime]", "datetime"],
  ],
  url: [
    ['link[rel="canonical"]', "href"],
    ['meta[property="og:url"]', "content"],
  ],
  outlet: [
    ['meta[property="og:site_name"]', "content"],
    ['meta[name="application-name"]', "content"],
    ['meta[name="dc.publisher" i]', "content"],
  ],
};

/** Fields for which the page's tags beat JSON-LD (whose url and publisher name a CMS may fill generically). */
const TAGS_FIRST: ReadonlySet<Field> = new Set(["url", "outlet"]);

/** JSON-LD @types that describe a news story. */
const ARTICLE_TYPE = /(?:^|:)(?:\w*NewsArticle|Article|BlogPosting|Report)$/;

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);
const text = (x: unknown): string | undefined => (typeof x === "string" && x.trim() ? x.trim() : undefined);
/** "  Chile and\n Norway " → "Chile and Norway"; undefined when nothing is left. */
export const oneLine = (value: string | null | undefined): string | undefined => value?.replace(/\s+/g, " ").trim() || undefined;

/** Every object in a JSON-LD value: arrays and @graph lists flattened. */
function* ldObjects(value: unknown): Generator<Json> {
  if (Array.isArray(value)) for (const v of value) yield* ldObjects(v);
  else if (isObject(value)) {
    yield value;
    if (value["@graph"] !== undefined) yield* ldObjects(value["@graph"]);
  }
}

function isArticle(object: Json): boolean {
  const type = object["@type"];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === "string" && ARTICLE_TYPE.test(t));
}

/** The name of a publisher given as a string, an object or a list of either. */
function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(nameOf).find(Boolean);
  return text(value) ?? (isObject(value) ? text(value["name"]) : undefined);
}

function fromJsonLd(document: Document): Partial<Record<Field, string>> {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a broken block among several is common; the others may still be good
    }
    for (const object of ldObjects(parsed)) {
      if (!isArticle(object)) continue;
      const page = object["mainEntityOfPage"];
      return {
        title: text(object["headline"]) ?? text(object["name"]),
        date: text(object["datePublished"]) ?? text(object["dateCreated"]),
        url: text(object["url"]) ?? text(page) ?? (isObject(page) ? text(page["@id"]) : undefined),
        outlet: nameOf(object["publisher"]) ?? nameOf(object["sourceOrganization"]),
      };
    }
  }
  return {};
}

/** Every value the tags give for `field`, in the order of META_SOURCES. */
function fromTags(document: Document, field: Field): string[] {
  return META_SOURCES[field].flatMap(([selector, attribute]) => text(document.querySelector(selector)?.getAttribute(attribute)) ?? []);
}

/** An absolute http(s) URL, a relative one resolved against `base`, or undefined. */
function absoluteUrl(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined;
  for (const attempt of [() => new URL(url), () => new URL(url, base)]) {
    try {
      const parsed = attempt();
      if (parsed.protocol === "http:" || parsed.protocol === "https:") return parsed.href;
    } catch {
      // not absolute, or no usable base: try the next way
    }
  }
  return undefined;
}

/** The page's metadata, each field from its best source that gives a usable value. */
export function htmlMetadata(document: Document): HeaderFields {
  const ld = fromJsonLd(document);
  const ogUrl = text(document.querySelector('meta[property="og:url"]')?.getAttribute("content"));
  /** The candidates for `field`, best first: JSON-LD's headline and date, but the page's own canonical link and site name. */
  const candidates = (field: Field): string[] => {
    const tags = fromTags(document, field);
    const fromLd = ld[field];
    if (fromLd === undefined) return tags;
    return TAGS_FIRST.has(field) ? [...tags, fromLd] : [fromLd, ...tags];
  };
  const first = <T>(field: Field, read: (value: string) => T | undefined): T | undefined => {
    for (const value of candidates(field)) {
      const found = read(value);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const fields: HeaderFields = {};
  const title = first("title", oneLine);
  const date = first("date", toIsoDate);
  const url = first("url", (value) => absoluteUrl(value, ogUrl));
  const outlet = first("outlet", oneLine);
  if (title) fields.title = title;
  if (date) fields.date = date;
  if (url) fields.url = url;
  if (outlet) fields.outlet = outlet;
  return fields;
}
