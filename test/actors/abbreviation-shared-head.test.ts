// A state's abbreviation coordinated with an adjective shares the head noun, as two adjectives do: "US and British
// activists" are American activists, not the American state (PETRARCH2 validation AFP0808020937_1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

const codes = (text: string): string[] =>
  findMentions(
    analyze({ id: 't', date: '2022-04-01', title: null, url: null, source: null, text }),
    registry,
  ).mentions.map((m) => m.actor.code);

test('an abbreviated state before "and" and an adjective takes the shared head noun', () => {
  assert.deepEqual(codes('US and British activists staged a protest in Beijing.'), ['USAOPP', 'GBROPP', 'CHN']);
  assert.deepEqual(codes('There were secret talks between US and Russian officials.'), ['USAGOV', 'RUSGOV']);
  assert.deepEqual(codes('U.S. and European leaders condemned Moscow.').slice(0, 1), ['USAGOV']);
});

test('a state by its full name, or the sides of talks, keep the state', () => {
  assert.deepEqual(codes('Talks between Russia and Ukrainian officials resumed.'), ['RUS', 'UKRGOV']);
  assert.deepEqual(codes('The meeting between the US and Ukrainian parties ran for three hours.'), ['USA', 'UKRPTY']);
});
