// The tagger lemmatises British spellings to American ones ("organise" → "organize", "analysed" → "analyze"), so a
// test for the bare form by "written form = lemma" fails on them: "should sanction Russia and penalise its leaders"
// read "penalise" as inflected and left it asserted. These helpers compare forms with the lemma as the token spells it.
import type { Token } from '../types.ts';

/** The token's lemma in its own spelling: "organise" for "organised"/ORGANIZE, the lemma itself otherwise. */
export function spelledLemma(t: Token): string {
  const { lemma, lower } = t;
  if (!lemma.endsWith('ize') && !lemma.endsWith('yze')) return lemma;
  // "organize" → "organis…", "analyze" → "analys…": the written form keeps the British stem in every inflection.
  const stem = `${lemma.slice(0, -2)}s`;
  return lower.startsWith(stem) ? `${stem}e` : lemma;
}

/** The token is written in its bare form ("organise", "recognize", "attack"). */
export const isBareForm = (t: Token): boolean => t.lower === spelledLemma(t);
