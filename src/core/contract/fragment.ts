// An article fragment: what extraction finds in one article (stages 1-3: the cleaned article, its
// sentences and its typed mentions), the unit that `newsgraph extract --jsonl` writes, the cache
// keeps and `newsgraph merge` resolves and assembles. Plain JSON; spans are offsets into `article.text`.
import { z } from "zod";
import { Article } from "./article.js";
import { NodeKind } from "./ontology.js";

/** The fragment format this code writes and reads; a fragment of another version is refused. */
export const FRAGMENT_VERSION = 1;

const Offset = z.number().int().nonnegative();

export const MentionRecord = z.object({
  /** Token range [first, last) within the sentence (tokens as `tokenize` cuts the sentence's span). */
  first: Offset,
  last: Offset,
  start: Offset,
  end: Offset,
  kind: z.union([NodeKind, z.literal("name")]),
  name: z.string(),
  canonical: z.string().optional(),
  adjectival: z.boolean().optional(),
  /** A title before the name: its words, whether it makes a leader, and the mention (index in the sentence) it is of. */
  role: z.object({ title: z.string(), leader: z.boolean(), of: Offset.optional(), alsoOf: Offset.optional() }).optional(),
  /** Vocabulary terms inside this name. */
  inner: z.array(z.object({ kind: NodeKind, canonical: z.string() })).optional(),
});
export type MentionRecord = z.infer<typeof MentionRecord>;

/** [start, end, flags]: flag 1 = the first token follows no whitespace (a sentence cut inside "word.“Next"). */
export const SentenceRecord = z.tuple([Offset, Offset, z.number().int().min(0).max(1)]);
export type SentenceRecord = z.infer<typeof SentenceRecord>;

export const ArticleFragment = z.object({
  fragment: z.literal(FRAGMENT_VERSION),
  /** The extractor that made it (the CLI's hash of the extraction code); merge reports a mix of versions. */
  extractor: z.string(),
  /** The article after cleaning: its text verbatim, with the title or date the cleaner read from it. */
  article: Article,
  sentences: z.array(SentenceRecord),
  /** The mentions of each sentence, in order (`mentions[i]` belongs to `sentences[i]`). */
  mentions: z.array(z.array(MentionRecord)),
});
export type ArticleFragment = z.infer<typeof ArticleFragment>;
