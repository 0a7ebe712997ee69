import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addPhrase, createTrie, matchesAt, type GluedToken } from '../../src/actors/trie.ts';
import { gluedTokens } from './glued-tokens.ts';

const sentence = (words: readonly string[]): GluedToken[] => gluedTokens(words, 12);

test('a walk asked again at the same word is the walk remembered, not a new one', () => {
  const trie = createTrie<string>();
  addPhrase(trie, 'Foreign Ministry', 'GOV');
  addPhrase(trie, 'Foreign Ministry of Ukraine', 'UKRGOV');
  const tokens = sentence(['the', 'Foreign', 'Ministry', 'of', 'Ukraine', 'said']);
  const first = matchesAt(trie, tokens, 1, tokens.length);
  assert.deepEqual(
    first.map((m) => m.end),
    [3, 5],
  );
  // The same array: the phrase tests ask the sectors and names tries the same walk up to three times at a word.
  assert.equal(matchesAt(trie, tokens, 1, tokens.length), first);
});

test('a remembered walk serves only the same trie, tokens, bounds and lemma reading', () => {
  const trie = createTrie<string>();
  addPhrase(trie, 'Foreign Ministry of Ukraine', 'UKRGOV');
  addPhrase(trie, 'foreign minister', 'GOV');
  const tokens = sentence(['the', 'Foreign', 'Ministry', 'of', 'Ukraine', 'said']);
  assert.equal(matchesAt(trie, tokens, 1, tokens.length).length, 1);
  // A bound that cuts the phrase.
  assert.equal(matchesAt(trie, tokens, 1, 4).length, 0);
  // Another list with the same words at the same places.
  const other = sentence(['the', 'Foreign', 'Ministers', 'of', 'Ukraine', 'said']).map((t) =>
    t.lower === 'ministers' ? { ...t, lemma: 'minister' } : t,
  );
  assert.equal(matchesAt(trie, other, 1, other.length).length, 0);
  // The lemma reading of the same list.
  assert.equal(matchesAt(trie, other, 1, other.length, true).length, 1);
  // Another trie.
  const empty = createTrie<string>();
  assert.equal(matchesAt(empty, tokens, 1, tokens.length).length, 0);
});

test('a phrase added to a trie is found by the next walk at a word walked before', () => {
  const trie = createTrie<string>();
  addPhrase(trie, 'Foreign Ministry', 'GOV');
  const tokens = sentence(['the', 'Foreign', 'Ministry', 'of', 'Ukraine', 'said']);
  assert.equal(matchesAt(trie, tokens, 1, tokens.length).length, 1);
  addPhrase(trie, 'Foreign Ministry of Ukraine', 'UKRGOV');
  assert.deepEqual(
    matchesAt(trie, tokens, 1, tokens.length).map((m) => m.end),
    [3, 5],
  );
});
