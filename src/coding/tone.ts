// GDELT-style tone: percentage of positive words minus percentage of negative words in the article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../types.ts';

export interface ToneLexicon {
  readonly polarity: ReadonlyMap<string, 1 | -1>;
}

export function parseToneLexicon(text: string): ToneLexicon {
  const polarity = new Map<string, 1 | -1>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([+-])\s+(\S+)/.exec(line);
    if (m) polarity.set(m[2]!.toLowerCase(), m[1] === '+' ? 1 : -1);
  }
  return { polarity };
}

export function loadToneLexicon(dictionaryDir: string): ToneLexicon {
  return parseToneLexicon(readFileSync(join(dictionaryDir, 'tone.txt'), 'utf8'));
}

export function tone(doc: Doc, lexicon: ToneLexicon): number {
  let words = 0;
  let positive = 0;
  let negative = 0;
  for (const t of doc.tokens) {
    if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'NUM') continue;
    words++;
    // Most words are in neither list and most lemmas equal the word: one lookup is enough for them.
    let p = lexicon.polarity.get(t.lemma);
    if (p === undefined && t.lemma !== t.lower) p = lexicon.polarity.get(t.lower);
    if (p === 1) positive++;
    else if (p === -1) negative++;
  }
  if (words === 0) return 0;
  return Math.round(((positive - negative) / words) * 10000) / 100;
}
