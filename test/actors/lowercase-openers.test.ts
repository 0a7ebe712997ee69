import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { mayStartPhrase } from '../../src/actors/parse.ts';
import { addPhrase, createTrie, lowercaseFirstWords } from '../../src/actors/trie.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

function docOf(text: string) {
  return analyze({ id: 't', date: '2024-05-02', title: null, url: null, source: null, text });
}

test('a first word every phrase of which needs a capital opens nothing at a lowercase token', () => {
  const trie = createTrie<string>();
  addPhrase(trie, 'To Lam', 'person');
  addPhrase(trie, 'No 10', 'office');
  addPhrase(trie, 'Tunisian', 'adjective'); // one capitalised word: callers read it in lowercase too
  addPhrase(trie, 'WHO', 'igo'); // two capitals: that spelling only
  addPhrase(trie, 'al-Shabaab', 'group'); // a first word of any case
  addPhrase(trie, 'new Zealand', 'state');
  assert.deepEqual([...lowercaseFirstWords(trie)].sort(), ['al-shabaab', 'new', 'tunisian']);
  addPhrase(trie, 'to the people', 'slogan'); // a phrase added later is counted
  assert.ok(lowercaseFirstWords(trie).has('to'));
});

test('"to" before a place starts no phrase; "To Lam" still names the Vietnamese leader', () => {
  const doc = docOf('The envoy flew to Hanoi, where To Lam received him.');
  const at = (word: string) => doc.tokens.findIndex((t) => t.text === word);
  assert.equal(mayStartPhrase(registry, doc.tokens, at('to')), false);
  assert.equal(mayStartPhrase(registry, doc.tokens, at('To')), true);
  const mentions = findMentions(doc, registry).mentions;
  assert.ok(
    mentions.some((m) => m.actor.text === 'To Lam' && m.firstToken === at('To')),
    JSON.stringify(mentions.map((m) => m.actor.text)),
  );
});
