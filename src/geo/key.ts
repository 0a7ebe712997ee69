import type { Token } from '../types.ts';

// One key for a place name as written in the city list and as written in news text: accents, apostrophes, case,
// hyphens and spacing folded, so "Homyel’", "Ivano-Frankivsk" and "Ivano Frankivsk" meet their entries.
export function placeKey(name: string): string {
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) return name.toLowerCase(); // the common case, without the Unicode work
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a place key (single spaces, none at either end). */
export function wordCount(key: string): number {
  let words = 1;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) words++;
  return words;
}

/** What `placeKey` keeps of a text: letters and digits (ʼ, a letter to Unicode, is an apostrophe to it). */
const KEPT = /(?!ʼ)[\p{L}\p{N}]/u;
const WHITE_SPACE = /\s/;

function keepsCharacter(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  return KEPT.test(word);
}

/**
 * The end of the longest span of tokens from `first` (at most `limit`) whose key may have no more than `words` words.
 * Two tokens that keep a character in the key (`keepsCharacter`) are in different words when white space stands
 * between them; hyphens and glued tokens may add words, which this does not count, so it never cuts a span short.
 */
export function spanEndWithin(
  text: string,
  tokens: readonly Token[],
  first: number,
  limit: number,
  words: number,
): number {
  let count = 0;
  let spaced = false;
  for (let k = first; k < limit; k++) {
    const token = tokens[k]!;
    for (let c = k === first ? token.start : tokens[k - 1]!.end; c < token.start && !spaced; c++)
      spaced = WHITE_SPACE.test(text.charAt(c));
    if (!keepsCharacter(token.text)) continue;
    if (count === 0 || spaced) count++;
    if (count > words) return k;
    spaced = false;
  }
  return limit;
}
