// Tokens as the actor tries read them, for tests that walk a trie over hand-made words.
import type { GluedToken } from '../../src/actors/trie.ts';

/** A token of `text` at character `start`, its lower form as its lemma. */
export const gluedToken = (text: string, start: number): GluedToken => ({
  text,
  lower: text.toLowerCase(),
  lemma: text.toLowerCase(),
  start,
  end: start + text.length,
});

/** The words as tokens `gap` characters apart. */
export const gluedTokens = (words: readonly string[], gap: number): GluedToken[] =>
  words.map((w, i) => gluedToken(w, i * gap));
