import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemHash, wordHash } from '../../src/actors/trie.ts';

test('stemHash hashes a stem in place as wordHash hashes the stem made as a string', () => {
  for (const word of ['attacked', 'closing', 'sanctions', 'ed', 'ing', 's', 'Ukraine’s', 'déclaré', '']) {
    for (let length = 0; length <= word.length; length++) {
      const stem = word.slice(0, length);
      assert.equal(stemHash(word, length, -1), wordHash(stem), `${word} ${length}`);
      assert.equal(stemHash(word, length, 'e'.charCodeAt(0)), wordHash(`${stem}e`), `${word} ${length} + e`);
    }
  }
});
