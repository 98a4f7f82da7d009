// A fragment back into what resolution and the relation rules read: sentences with their tokens
// (cut again from the sentence spans, as stage 2 cut them) and mentions, numbered as document `doc`.
import type { Article } from "../../contract/article.js";
import type { ArticleFragment } from "../../contract/fragment.js";
import { isShouting } from "../2-segment/split-sentences.js";
import { tokenize } from "../2-segment/tokenize.js";
import type { Mention, Sentence } from "../types.js";

export interface FragmentDoc {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly mentions: Mention[][];
}

export function fromFragment(fragment: ArticleFragment, doc: number): FragmentDoc {
  const text = fragment.article.text;
  const sentences = fragment.sentences.map(([start, end, flags], index): Sentence => {
    const tokens = tokenize(text, start, end);
    // NOTE: a sentence's first token follows whitespace unless the fragment says otherwise; tokenize
    // cannot know, since it starts at the sentence.
    if (flags === 1 && tokens[0]) tokens[0] = { ...tokens[0], spaceBefore: false };
    return { doc, index, start, end, tokens, shouting: isShouting(tokens) };
  });
  const mentions = fragment.mentions.map((ms, sentence) =>
    ms.map(
      (r): Mention => ({
        doc,
        sentence,
        first: r.first,
        last: r.last,
        start: r.start,
        end: r.end,
        kind: r.kind,
        name: r.name,
        ...(r.canonical !== undefined ? { canonical: r.canonical } : {}),
        ...(r.adjectival !== undefined ? { adjectival: r.adjectival } : {}),
        ...(r.role ? { role: { ...r.role } } : {}),
        ...(r.inner ? { inner: r.inner.map((x) => ({ ...x })) } : {}),
      }),
    ),
  );
  return { article: fragment.article, sentences, mentions };
}
