// "The Baltic states" and "the Baltics" are Eastern Europe (EEU), "the Nordic states" Scandinavia (SCN); the Baltic
// Sea or Fleet is no region's actor (dictionaries/actors/regions.tsv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function codes(text: string): [string, string][] {
  const doc = analyze({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => [m.actor.text, m.actor.code]);
}

test('the Baltic states, countries, nations and the Baltics: EEU; the Nordic states and nations: SCN', () => {
  assert.deepEqual(codes('The Baltic states and the Nordic nations pledged more aid.'), [
    ['The Baltic states', 'EEU'],
    ['the Nordic nations', 'SCN'],
  ]);
  assert.deepEqual(codes('Ministers from the Baltic countries met the Nordic states.'), [
    ['the Baltic countries', 'EEU'],
    ['the Nordic states', 'SCN'],
  ]);
  assert.deepEqual(codes('Troops moved to the Baltics.'), [['the Baltics', 'EEU']]);
});

test('the Baltic Sea and the Baltic Fleet name no region', () => {
  assert.ok(!codes('Ships sailed across the Baltic Sea.').some(([, code]) => code === 'EEU'));
  assert.ok(!codes('The Baltic Fleet held drills.').some(([, code]) => code === 'EEU'));
});
