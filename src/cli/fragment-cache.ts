// The extraction cache: fragments in packs (see pack-store.ts) under <dir>/<extractor>/, one line per
// article: the key is a hash of the article and of the extractor. An entry whose hash, version or
// article does not match is a miss, never an error; packs of other extractor versions are removed
// when a new pack is written.
import { createHash } from "node:crypto";
import type { Article } from "../core/contract/article.js";
import { FRAGMENT_VERSION, type ArticleFragment } from "../core/contract/fragment.js";
import { openPackStore } from "./pack-store.js";

/** The folder names extractor versions have ("f1-0123456789abcdef"): only these are ever removed. */
const VERSION_DIR = /^f\d+-[0-9a-f]{16}$/;

/** The cache key of an article for an extractor: sha256 over both, as hex. */
export function fragmentKey(article: Article, extractor: string): string {
  const { id, title, date, url, outlet, text } = article;
  return createHash("sha256")
    .update(JSON.stringify([extractor, id, title ?? null, date ?? null, url ?? null, outlet ?? null, text]))
    .digest("hex");
}

export interface FragmentCache {
  /** The fragment cached for `article`, or undefined when there is none that this extractor made for this very article. */
  get(article: Article): ArticleFragment | undefined;
  /** Writes the fragments of these articles (their JSON) as one new pack. Throws when the cache cannot be written. */
  save(added: readonly { readonly article: Article; readonly json: string }[]): Promise<void>;
}

/** Checks an entry (its hash already checked) without a schema: its version, extractor and article. */
function decode(json: string | undefined, article: Article, extractor: string): ArticleFragment | undefined {
  if (json === undefined) return undefined;
  try {
    const f = JSON.parse(json) as ArticleFragment;
    // a line under the right key but made from something else (copied, tampered with) is not used
    if (f?.fragment !== FRAGMENT_VERSION || f.extractor !== extractor || f.article?.id !== article.id || f.article.text !== article.text)
      return undefined;
    if (!Array.isArray(f.sentences) || !Array.isArray(f.mentions) || f.sentences.length !== f.mentions.length) return undefined;
    return f;
  } catch {
    return undefined;
  }
}

/** Opens the cache in `dir` for `extractor`: reads its packs once. */
export async function openFragmentCache(dir: string, extractor: string): Promise<FragmentCache> {
  const store = await openPackStore(dir, extractor, VERSION_DIR);
  return {
    get: (article) => decode(store.get(fragmentKey(article, extractor)), article, extractor),
    save: (added) => store.save(added.map(({ article, json }) => ({ key: fragmentKey(article, extractor), json }))),
  };
}
