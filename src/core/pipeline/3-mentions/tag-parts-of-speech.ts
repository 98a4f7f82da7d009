// Parts of speech and lemmas of a sentence's tokens, from wink-nlp's English model (shipped inside
// its npm package: nothing is downloaded). The model is loaded on first use, so articles whose
// sentences never need tags never pay for it.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence } from "../types.js";

/** Universal POS tags as wink-nlp writes them ("NOUN", "VERB", "ADJ", "PROPN", …). */
export interface Tagged {
  readonly pos: string;
  readonly lemma: string;
}

let engine: ReturnType<typeof winkNLP> | undefined;

function tagger(): ReturnType<typeof winkNLP> {
  engine ??= winkNLP(model, ["pos"]);
  return engine;
}

const UNTAGGED: Tagged = { pos: "X", lemma: "" };

/**
 * One tag per token of `sentence` (`tags[i]` is token i's); only tokens [from, to) are tagged (a
 * window around the words that need tags: tagging costs more than everything else in stage 3), the
 * others are "X". The window is retyped from its tokens (single spaces) and each token takes the
 * tag of the wink token it starts in: the two tokenizers cut "by-products" or "$5bn" differently,
 * and offsets join them.
 */
export function tagSentence(sentence: Sentence, from = 0, to = sentence.tokens.length): Tagged[] {
  const tokens = sentence.tokens.slice(from, to);
  let text = "";
  const starts: number[] = [];
  tokens.forEach((t, i) => {
    if (i > 0 && t.spaceBefore) text += " ";
    starts.push(text.length);
    text += t.text;
  });
  const nlp = tagger();
  const its = nlp.its;
  const wink = nlp.readDoc(text).tokens();
  const values = wink.out() as string[];
  const pos = wink.out(its.pos) as string[];
  // NOTE: wink-nlp types its.lemma as a model add-on function, which out() accepts at run time
  const lemma = wink.out(its.lemma as unknown as typeof its.pos) as string[];
  // [start, end) of each wink token in `text`
  const spans: [number, number][] = [];
  let cursor = 0;
  for (const v of values) {
    const at = text.indexOf(v, cursor);
    const start = at < 0 ? cursor : at;
    spans.push([start, start + v.length]);
    cursor = start + v.length;
  }
  const out: Tagged[] = Array.from({ length: from }, () => UNTAGGED);
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const s = starts[i]!;
    while (k + 1 < spans.length && spans[k]![1] <= s) k++;
    out.push({ pos: pos[k] ?? "X", lemma: (lemma[k] ?? tokens[i]!.lower).toLowerCase() });
  }
  while (out.length < sentence.tokens.length) out.push(UNTAGGED);
  return out;
}
