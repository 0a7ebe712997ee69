// A state's name glued by a hyphen to a word of description ("Russia-friendly", "U.S.-sanctioned") names a trait
// of the noun after it, no actor; "Russia-backed separatists" are its proxies and stay its mention
// (src/actors/recognize.ts `describingCompound`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function codes(text: string): [string, string][] {
  const doc = analyze({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => [m.actor.text, m.actor.code]);
}

test('a name glued to a word of description is no mention', () => {
  assert.deepEqual(codes('Protests in Kyiv forced out a Russia-friendly president.'), [['Kyiv', 'UKR']]);
  assert.deepEqual(codes('Vulin helped a U.S.-sanctioned Serbian arms dealer.'), [
    ['Vulin', 'SRBGOV'],
    ['Serbian', 'SRB'],
  ]);
  assert.deepEqual(codes('Civilians remain inside the Soviet-era steelworks.'), []);
});

test('a name glued to "backed" or "controlled" stays a mention', () => {
  assert.deepEqual(codes('Moscow-backed separatists have been fighting there.')[0]?.[1], 'RUS');
});
