import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemHash, tokenKeys, wordHash, type GluedToken } from '../../src/actors/trie.ts';

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
  const token = (text: string, start: number): GluedToken => ({
    text,
    lower: text.toLowerCase(),
    lemma: text.toLowerCase(),
    start,
    end: start + text.length,
  });
  const doc = ['The', 'Presidents', 'of', 'Russia', 'and', 'Belarus', 'met'].map((w, i) => token(w, i * 10));
  const keys = tokenKeys(doc);
  const window = [token('Presidents', 10), token('of', 20)];
  assert.deepEqual(tokenKeys(window).keys, ['presidents', 'of']);
  // The same keys object: a long transcript asks for them at every token, so recomputing them was quadratic.
  assert.equal(tokenKeys(doc), keys);
  assert.equal(keys.keys[3], 'russia');
});
