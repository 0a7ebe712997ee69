// `detente quotes --about TEXT`: quotations about a subject, i.e. holding every word of TEXT, in any order and
// each at the start of a word ("sanction nuclear" finds “… nuclear … sanctions …”). `--text` is one exact
// substring; `--about` is the looser query a reader types. The store narrows the rows by one word (its
// substring filter), and the rest are checked here before paging.
import type { QuoteFilter, Store, StoredQuote } from '../store/store.ts';

/** Runs of characters that are no letter or digit (a module-level constant: tsx builds a `\p{…}` literal per call). */
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** The words of an --about query, lowercased; an empty query is a usage error. */
export function aboutWords(about: string): string[] {
  const words = about
    .toLowerCase()
    .split(NON_WORD)
    .filter((w) => w !== '');
  if (words.length === 0) throw new Error('--about needs at least one word (e.g. --about "nuclear sanctions")');
  return words;
}

/** Every word starts a word of the text (case ignored). */
export function isAbout(text: string, words: readonly string[]): boolean {
  const have = text.toLowerCase().split(NON_WORD);
  return words.every((w) => have.some((h) => h.startsWith(w)));
}

/** The page of quotes matching `filter` and about `about`. */
export async function queryQuotesAbout(store: Store, filter: QuoteFilter, about: string): Promise<StoredQuote[]> {
  const words = aboutWords(about);
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const { limit, offset = 0, ...rest } = filter;
  const rows = await store.queryQuotes({ ...rest, text: rest.text ?? longest });
  const hits = rows.filter((r) => isAbout(r.quote.text, words));
  return hits.slice(offset, limit === undefined ? undefined : offset + limit);
}
