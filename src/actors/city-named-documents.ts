// A document or a negotiating format named after the city it was made in ("the Minsk agreements", "the Budapest
// Memorandum", "the Paris Agreement", "the Istanbul communiqué") names no actor: Belarus is no party to what was
// signed in Minsk, and "Russia violated the Minsk agreements" is not aimed at Belarus. A state's own name before
// such a noun ("the EU-Ukraine Association Agreement") does name a party, so only capitals are read this way.
import type { Token } from '../types.ts';

const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'agreement',
  'accord',
  'memorandum',
  'protocol',
  'format',
  'process',
  'communiqué',
  'communique',
  'declaration',
  'treaty',
  'arrangement',
  'formula',
  'convention',
  'charter',
]);

/** Quotes, a hyphen or a numeral between the city and the noun: '"Minsk" agreements', "Minsk-2 agreements". */
const BETWEEN: ReadonlySet<string> = new Set(['"', '“', '”', "'", '’', '-', '–', '2', 'ii', '-2']);

/** True when the capital's name ending before token `end` is followed by a document noun. */
export function namesCityDocument(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k < end + 2 && BETWEEN.has(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  if (t === undefined || t.sentence !== tokens[end - 1]?.sentence) return false;
  // A capitalised noun may keep its plural as lemma ("the Minsk Agreements").
  return DOCUMENT_NOUNS.has(t.lemma) || DOCUMENT_NOUNS.has(t.lower.replace(/s$/, ''));
}
