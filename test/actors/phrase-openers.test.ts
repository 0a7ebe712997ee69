import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/nlp/analyze.ts';
import { loadActorRegistry } from '../../src/actors/index.ts';
import { mayStartPhrase, type PhraseOpeners } from '../../src/actors/parse.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

/** Openers that rule nothing out: `mayStartPhrase` then runs every one of its own tests, as before the filter. */
const ALL = new (class extends Set<string> {
  override has(): boolean {
    return true;
  }
})();
const ALL_BITS = { bits: new Uint32Array(1).fill(0xffffffff), mask: 31 };
const EVERY_WORD: PhraseOpeners = { words: ALL, filter: ALL_BITS, lowercase: ALL, lowercaseFilter: ALL_BITS };

/** Every pattern example sentence: the coder's fixtures name actors of every kind the dictionaries know. */
const SENTENCES = readFileSync(new URL('../fixtures/patterns/examples.tsv', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.split('\t')[1])
  .filter((s): s is string => s !== undefined && s.length > 0);

test('the phrase-opener filter never rules out a token that one of the phrase tests accepts', () => {
  assert.ok(SENTENCES.length > 500, 'the pattern examples are read');
  const extra = [
    'The occupiers shelled the town after the invaders had retreated; the aggressor lost.',
    'The government and the police met lawmakers; a member of the Syrian parliament spoke.',
    'Opponents of Rwanda’s Senate and rebels in Syria met the delegations of Ukraine and Russia.',
  ];
  let accepted = 0;
  for (const text of [...SENTENCES, ...extra]) {
    const doc = analyze({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
    for (let i = 0; i < doc.tokens.length; i++) {
      const all = mayStartPhrase(registry, doc.tokens, i, EVERY_WORD);
      if (all) accepted++;
      assert.equal(mayStartPhrase(registry, doc.tokens, i), all, `token ${i} "${doc.tokens[i]!.text}" in: ${text}`);
    }
  }
  assert.ok(accepted > 1000, 'many tokens may start a phrase');
});
