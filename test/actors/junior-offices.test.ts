import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function codes(text: string): string[] {
  const doc = analyze({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => m.actor.code);
}

test("junior ministers, diplomats and presidential staff after a state adjective are that state's officials", () => {
  assert.deepEqual(codes('Danish State Secretary Lars Holm visited Kyiv.'), ['DNKGOV', 'UKR']);
  assert.deepEqual(codes('Czech Undersecretary Petr Dvorak visited Kyiv.'), ['CZEGOV', 'UKR']);
  assert.deepEqual(codes('The German state minister visited Kyiv.'), ['DEUGOV', 'UKR']);
  assert.deepEqual(codes("Georgian Chargé d'Affaires Nika Beridze was summoned."), ['GEOGOV']);
  assert.deepEqual(codes('Armenian Consul General Aram Sargsyan was summoned.'), ['ARMGOV']);
  assert.deepEqual(codes('Latvian Permanent Representative Anna Berzina spoke first.'), ['LVAGOV']);
  assert.deepEqual(codes('A Kyrgyz presidential spokesman denied the report.'), ['KGZGOV']);
  assert.deepEqual(codes('An Azerbaijani presidential aide denied the report.'), ['AZEGOV']);
  assert.deepEqual(codes('The Slovak Speaker of Parliament Jan Kral visited Kyiv.'), ['SVKLEG', 'UKR']);
});

test('a rank word hyphenated to its title keeps the state adjective before it', () => {
  assert.deepEqual(codes('Polish Under-Secretary of State Jan Nowak visited Kyiv.'), ['POLGOV', 'UKR']);
  assert.deepEqual(codes('Polish Deputy-Minister Jan Nowak visited Kyiv.'), ['POLGOV', 'UKR']);
});

test('an unknown official in apposition with a government title "of" a state is that state\'s government', () => {
  assert.deepEqual(codes('Olena Kovalenko, First Deputy Minister of Foreign Affairs of Ukraine, arrived.'), ['UKRGOV']);
  // A GOV title of some other body still says nothing of a government.
  assert.deepEqual(codes('John Miller, president and CEO of a think tank, arrived.'), ['---']);
});

test('a name after a preposition of place or time is no person whose title follows the comma', () => {
  assert.deepEqual(codes('On Navy Day, the President of Russia inspected the fleet.'), ['RUSGOV']);
  assert.deepEqual(codes('He wants a bridge in Nizhny Tagil, the President of Russia said.'), ['RUSGOV']);
  // "called on" a person, inside a sentence, keeps the apposition.
  assert.deepEqual(codes('Kyiv called on John Smith, the US envoy, to act.'), ['UKR', 'USAGOV']);
});
