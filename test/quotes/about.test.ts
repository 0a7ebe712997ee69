import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aboutWords, isAbout, queryQuotesAbout } from '../../src/quotes/about.ts';
import type { QuoteFilter, Store, StoredQuote } from '../../src/store/store.ts';

test('--about: every word, any order, at word starts, case ignored', () => {
  const words = aboutWords('Sanction  nuclear!');
  assert.deepEqual(words, ['sanction', 'nuclear']);
  assert.equal(isAbout('Nuclear threats will bring new sanctions.', words), true);
  assert.equal(isAbout('New sanctions were announced.', words), false);
  assert.equal(isAbout('Antinuclear sanctions', words), false, 'a word inside another word does not count');
  assert.throws(() => aboutWords(' ,; '), /--about needs at least one word/);
});

test('--about pages over the matching quotes after narrowing through the store', async () => {
  const texts = ['nuclear sanctions now', 'sanctions only', 'nuclear talks and sanctions', 'more nuclear sanctions'];
  const seen: QuoteFilter[] = [];
  const store = {
    queryQuotes: async (filter: QuoteFilter): Promise<StoredQuote[]> => {
      seen.push(filter);
      return texts
        .filter((t) => t.includes(filter.text ?? ''))
        .map(
          (text, index) =>
            ({ quote: { text, start: 0, end: text.length, speaker: null }, index, article: {} }) as StoredQuote,
        );
    },
  } as unknown as Store;
  const page = await queryQuotesAbout(store, { speaker: 'RUS', limit: 2, offset: 1 }, 'nuclear sanctions');
  assert.deepEqual(
    page.map((r) => r.quote.text),
    ['nuclear talks and sanctions', 'more nuclear sanctions'],
  );
  assert.deepEqual(seen, [{ speaker: 'RUS', text: 'sanctions' }], 'the store gets the other filters, no paging');
});
