// `sentenceMatches` reads a trigger's passive reading only when one of its patterns may have its words in the
// sentence (docs/reliability.md, twenty-seventh pass): `firstFindable` says which pattern that is, if any.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { wordHash } from '../../src/actors/trie.ts';
import { parsePatternFile } from '../../src/coding/patterns.ts';
import { firstFindable } from '../../src/coding/sentence-matches.ts';

/** A sentence's word signature as `sentenceWords` makes it: one bit of 1,024 per word. */
function signature(...words: string[]): Int32Array {
  const bits = new Int32Array(32);
  for (const w of words) {
    const h = wordHash(w) & 1023;
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  return bits;
}

const { patterns } = parsePatternFile(
  'test.txt',
  '0231  plead for aid|help_now  T\n0231  plead with T\n0331  pledge  T\n',
);
const [forAid, withT, bare] = patterns as [(typeof patterns)[0], (typeof patterns)[0], (typeof patterns)[0]];

test('a pattern whose words are all in the sentence is the first findable', () => {
  assert.equal(firstFindable([forAid, withT], signature('plead', 'for', 'help')), 0);
  assert.equal(firstFindable([forAid, withT], signature('plead', 'with')), 1);
});

test('no pattern is findable when each misses a word of its own', () => {
  assert.equal(firstFindable([forAid, withT], signature('plead', 'for')), -1);
  assert.equal(firstFindable([forAid], signature()), -1);
  assert.equal(firstFindable([], signature('for', 'aid')), -1);
});

test('a pattern with no word items is always findable', () => {
  assert.equal(firstFindable([forAid, bare], signature()), 1);
});

test("sentenceMatches reads the nouns' first findable pattern only when it needs it", () => {
  // Reading both parts' first findable pattern at every trigger cost a third more `mayFind` calls (twenty-eighth pass):
  // the nouns' is read when no verb pattern is findable, or when the trigger is read as a noun.
  const source = readFileSync(new URL('../../src/coding/sentence-matches.ts', import.meta.url), 'utf8');
  assert.doesNotMatch(source, /const fromNouns = firstFindable\(/);
  assert.match(source, /fromVerbs < 0 \? firstFindable\(candidates\.nouns, words\) : UNREAD/);
});
