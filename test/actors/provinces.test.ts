// Sub-national places of dictionaries/actors/provinces.tsv are names of their state; ambiguous names are not there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { registryFromTables } from '../../src/actors/registry.ts';
import { parseTsv } from '../../src/actors/tsv.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function codes(text: string): [string, string][] {
  const doc = analyze({ id: 't', date: '2015-06-01', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => [m.actor.text, m.actor.code]);
}

test('a state, province or region of a state stands for the state, with its sector', () => {
  assert.deepEqual(codes('The government of Balochistan province banned the rally.'), [
    ['The government of Balochistan', 'PAKGOV'],
  ]);
  assert.deepEqual(codes('Floods hit Alaska and Bihar.'), [
    ['Alaska', 'USA'],
    ['Bihar', 'IND'],
  ]);
});

test('names that as often mean another state, a person or a format are left out', () => {
  assert.deepEqual(codes('Georgia protested.'), [['Georgia', 'GEO']]);
  assert.deepEqual(codes('Brittany Stewart discussed the Normandy format with Punjab officials.'), []);
});

test('a province of an unknown state fails with the file and the fix', () => {
  const states = parseTsv('iso3\tname\taliases\tadjectives\tdemonyms\tcapitals\nUSA\tUnited States\tUS\t-\t-\t-\n');
  const provinces = parseTsv('place\tstate\nSindh\tPAX\n');
  assert.throws(() => registryFromTables([states, provinces]), /Sindh: no state "PAX"; use the iso3/);
});
