import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addPhrase,
  createTrie,
  FNV_OFFSET,
  fnv,
  fnvMix,
  matchesAt,
  stemHash,
  tokenKeys,
  wordHash,
} from '../../src/actors/trie.ts';
import { gluedToken, gluedTokens } from './glued-tokens.ts';

test('stemHash hashes a stem in place as wordHash hashes the stem made as a string', () => {
  for (const word of ['attacked', 'closing', 'sanctions', 'ed', 'ing', 's', 'Ukraine’s', 'déclaré', '']) {
    for (let length = 0; length <= word.length; length++) {
      const stem = word.slice(0, length);
      assert.equal(stemHash(word, length, -1), wordHash(stem), `${word} ${length}`);
      assert.equal(stemHash(word, length, 'e'.charCodeAt(0)), wordHash(`${stem}e`), `${word} ${length} + e`);
    }
  }
});

test("a short token list read in the middle of a document does not make the document's keys be worked out again", () => {
  const doc = gluedTokens(['The', 'Presidents', 'of', 'Russia', 'and', 'Belarus', 'met'], 10);
  const keys = tokenKeys(doc);
  const window = [gluedToken('Presidents', 10), gluedToken('of', 20)];
  assert.deepEqual(tokenKeys(window).keys, ['presidents', 'of']);
  // The same keys object: a long transcript asks for them at every token, so recomputing them was quadratic.
  assert.equal(tokenKeys(doc), keys);
  assert.equal(keys.keys[3], 'russia');
});

test('the hash carried along glued words is the hash of the glued key', () => {
  for (const [a, b, c] of [
    ['guinea', '-', 'bissau'],
    ['russia', ',', ''],
    ['erdo', 'ğ', 'an'],
    ['', '', ''],
  ] as const) {
    assert.equal(fnvMix(fnv(fnv(fnv(FNV_OFFSET, a), b), c)), wordHash(a + b + c), `${a}${b}${c}`);
  }
});

test('a trie walk finds words glued from several tokens, at the start and inside a phrase, and no other', () => {
  const trie = createTrie<string>();
  addPhrase(trie, 'Guinea-Bissau', 'GNB');
  // "ivano-frankivsk" is a key below the root only: the glued-key filter must hold keys of every depth.
  addPhrase(trie, 'Mayor of Ivano-Frankivsk', 'UKRGOV');
  // [text, glued to the token before]
  const words: [string, boolean][] = [
    ['Mayor', false],
    ['of', false],
    ['Ivano', false],
    ['-', true],
    ['Frankivsk', true],
    ['and', false],
    ['Guinea', false],
    ['-', true],
    ['Bissau', true],
    [',', true],
  ];
  let at = 0;
  const tokens = words.map(([text, glued]) => {
    const start = glued ? at : at + 1;
    at = start + text.length;
    const lower = text.toLowerCase();
    return { text, lower, lemma: lower, start, end: at };
  });
  const found = (start: number): [number, string][] =>
    matchesAt(trie, tokens, start, tokens.length).map((m) => [m.end, m.hits[0]!.value]);
  assert.deepEqual(found(0), [[5, 'UKRGOV']]);
  assert.deepEqual(found(6), [[9, 'GNB']]);
  assert.deepEqual(found(7), []);
});
