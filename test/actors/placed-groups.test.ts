import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function codes(text: string): [string, string][] {
  const doc = analyze({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => [m.actor.text, m.actor.code]);
}

test('a group of people placed by a state after "in", or dissidents and rebels after "from", mid-sentence', () => {
  assert.deepEqual(codes('Canada sheltered dissidents from Belarus.'), [
    ['Canada', 'CAN'],
    ['dissidents from Belarus', 'BLROPP'],
  ]);
  assert.deepEqual(codes('Turkey armed rebels in Libya.'), [
    ['Turkey', 'TUR'],
    ['rebels in Libya', 'LBYREB'],
  ]);
  // A plural title that names no one ("dissidents") is still the group, and a hyphenated compound describes the place.
  assert.deepEqual(codes('Norway received the dissidents from army-ruled Sudan.'), [
    ['Norway', 'NOR'],
    ['the dissidents from army-ruled Sudan', 'SDNOPP'],
  ]);
});

test('"from" after other groups and "in" after a building belong to the verb or the place', () => {
  // Sri Lanka's embassy stands in Iran; the workers are pulled out of Iraq.
  assert.deepEqual(codes('Chile opened an embassy in Hanoi.'), [
    ['Chile', 'CHL'],
    ['Hanoi', 'VNM'],
  ]);
  assert.deepEqual(codes('The UN withdrew aid workers from Iraq.'), [
    ['The UN', 'IGOUNO'],
    ['Iraq', 'IRQ'],
  ]);
});
