import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function codes(text: string): [string, string][] {
  const doc = analyze({ id: 't', date: '1995-06-01', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => [m.actor.text, m.actor.code]);
}

test('a state’s adjective before another people’s adjective or name: that people where it lives', () => {
  assert.deepEqual(codes('Croatian Serb rebels fired on a United Nations convoy.'), [
    ['Croatian Serb rebels', 'HRVREB'],
    ['United Nations', 'IGOUNO'],
  ]);
  assert.deepEqual(codes('Bosnian Croats rejected the map.'), [['Bosnian Croats', 'BIH']]);
  assert.deepEqual(codes('Kosovo Serb leaders boycotted the vote.'), [['Kosovo Serb leaders', 'XKXGOV']]);
});

test('two states’ adjectives stay two states before no split people, a noun of no people, or after an abbreviation', () => {
  // A nation of immigrants comes second ("Ukrainian Canadian"), and "Turkish" names the state's own officials.
  assert.deepEqual(codes('Ukrainian Canadian leaders met the minister.'), [
    ['Ukrainian', 'UKR'],
    ['Canadian leaders', 'CANGOV'],
  ]);
  assert.deepEqual(codes('Greek Turkish officials met.'), [
    ['Greek', 'GRC'],
    ['Turkish officials', 'TURGOV'],
  ]);
  assert.deepEqual(codes('Bosnian Serb villages were shelled.'), [
    ['Bosnian', 'BIH'],
    ['Serb', 'SRB'],
  ]);
  assert.deepEqual(codes('Russian Ukrainian trade fell.'), [
    ['Russian', 'RUS'],
    ['Ukrainian', 'UKR'],
  ]);
  assert.deepEqual(codes('US Russian officials met in Geneva.'), [
    ['US', 'USA'],
    ['Russian officials', 'RUSGOV'],
  ]);
});
