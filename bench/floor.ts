// The tokenisation floor: what wink-nlp alone costs to read a text and hand back its tokens. Only the
// bench imports wink directly (src/nlp/analyze.ts is the pipeline's sole importer), to measure under it.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** wink's default pipe (sentences, negation, POS, entities…): what `analyze` builds on. */
const full = winkNLP(model);
/** An empty pipe: tokenisation alone, the lowest any wink-based pipeline could go. */
const bare = winkNLP(model, []);

/** Reads the text and its token values; returns the token count so the work cannot be optimised away. */
export function floorTokens(text: string): number {
  return full.readDoc(text).tokens().out(full.its.value).length;
}

export function bareTokens(text: string): number {
  return bare.readDoc(text).tokens().out(bare.its.value).length;
}
