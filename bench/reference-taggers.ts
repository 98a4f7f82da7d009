// The reference points of `npm run bench`, run over the same article texts as newsgraph: a plain
// regex tokenizer with a sentence split (the practical floor), wink-nlp (tokenizer alone; sentences
// + parts of speech) and compromise (people, places, organizations). Each returns what it counted,
// so the work cannot be optimized away.
import nlp from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** Tokens and sentence ends by two regular expressions: about the least any tokenizer can do. */
export function regexTokenizer(texts: readonly string[]): number {
  let count = 0;
  const token = /\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu;
  const sentenceEnd = /[.!?]["')\]]*\s+(?=["'(\[]?\p{Lu})/gu;
  for (const text of texts) {
    for (const _ of text.matchAll(token)) count++;
    for (const _ of text.matchAll(sentenceEnd)) count++;
  }
  return count;
}

/** wink-nlp with the pipe given (`[]`: the tokenizer alone; `["sbd", "pos"]`: sentences and parts of speech). */
export function wink(texts: readonly string[], pipe: string[]): number {
  const engine = winkNLP(model, pipe as Parameters<typeof winkNLP>[1]);
  let count = 0;
  for (const text of texts) {
    const doc = engine.readDoc(text);
    count += doc.tokens().length() + (pipe.includes("sbd") ? doc.sentences().length() : 0);
  }
  return count;
}

/** compromise's people, places and organizations of each text. */
export function compromiseEntities(texts: readonly string[]): number {
  let count = 0;
  for (const text of texts) {
    const doc = nlp(text);
    count += doc.people().length + doc.places().length + doc.organizations().length;
  }
  return count;
}
