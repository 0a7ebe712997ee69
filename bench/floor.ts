// The floor: what wink-nlp alone costs to read a text and hand back its tokens. Only the bench imports
// wink directly (src/nlp/analyze.ts is the pipeline's sole importer), to measure under it.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** An empty pipe: tokenisation alone, the lowest any wink-based pipeline could go (the floor). */
const bare = winkNLP(model, []);
/** The pipe the pipeline's NLP stage runs (sentences and POS), without the stage's own work. */
const tagged = winkNLP(model, ['sbd', 'pos']);
/** wink's default pipe (sentences, negation, sentiment, POS, entities): its own full analysis, for context. */
const full = winkNLP(model);

/** Tokenises the text; returns the token count so the work cannot be optimised away. */
export function tokensAlone(text: string): number {
  return bare.readDoc(text).tokens().out(bare.its.value).length;
}

/** Reads the text through wink's default pipe and returns its token count. */
export function defaultPipeTokens(text: string): number {
  return full.readDoc(text).tokens().out(full.its.value).length;
}

/**
 * Reads the text through the pipe `analyze` uses (sentence boundaries, POS) and takes the token values, tags
 * and lemmas: what any pipeline that gets its POS tags from wink pays before doing anything of its own.
 */
export function taggedTokens(text: string): number {
  const tokens = tagged.readDoc(text).tokens();
  tokens.out(tagged.its.pos);
  // wink's typings declare `its.lemma` with an addon signature that `out` does not accept; it works at run time.
  tokens.out(tagged.its.lemma as unknown as typeof tagged.its.value);
  return tokens.out(tagged.its.value).length;
}
