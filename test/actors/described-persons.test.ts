// A state's adjective, a description of a person and a personal name no dictionary knows: a person of that state,
// with the sector the dictionaries give the description (src/actors/described-person.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function codes(text: string): [string, string, string][] {
  const doc = analyze({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => [m.actor.text, m.actor.code, m.actor.type]);
}

test('adjective, description and a new two-word name: a person of that state with the description’s sector', () => {
  assert.deepEqual(codes('Georgian opposition politician Levan Mzhavia criticised the plan.'), [
    ['Georgian opposition politician Levan Mzhavia', 'GEOOPP', 'person'],
  ]);
  assert.deepEqual(codes('Azerbaijani human rights activist Leyla Ibrahimova was detained.'), [
    ['Azerbaijani human rights activist Leyla Ibrahimova', 'AZEOPP', 'person'],
  ]);
  // "oligarchs" are ELI in sectors.tsv; a novelist has no sector of the dictionaries': the state alone.
  assert.deepEqual(codes('Kazakh oligarch Timur Aliyev left the country.'), [
    ['Kazakh oligarch Timur Aliyev', 'KAZELI', 'person'],
  ]);
  assert.deepEqual(codes('Moldovan novelist Ion Rusu wrote a letter.'), [
    ['Moldovan novelist Ion Rusu', 'MDA', 'person'],
  ]);
});

test('a state’s capitals used as its adjective: “US citizen”, not a state’s name used so (“Russia analyst”)', () => {
  assert.deepEqual(codes('US citizen Trevor Redd was freed.'), [['US citizen Trevor Redd', 'USA', 'person']]);
  assert.deepEqual(codes('Georgia lawyer Levan Mzhavia was freed.').slice(0, 1), [['Georgia', 'GEO', 'state']]);
});

test('the comma form: “a Belarusian reporter, Ivan Sidorenko,”', () => {
  assert.deepEqual(codes('Police detained a Belarusian reporter, Ivan Sidorenko, in the capital.'), [
    ['a Belarusian reporter, Ivan Sidorenko', 'BLRMED', 'person'],
  ]);
  // A list after the comma is not one name in commas: the unnamed reporter stays.
  assert.deepEqual(codes('Police detained a Belarusian reporter, Ivan Sidorenko and Olga Kuzmina.'), [
    ['a Belarusian reporter', 'BLRMED', 'person'],
  ]);
});

test('no person: a body’s noun, a place, a headline in capitals or title case, a plural', () => {
  assert.deepEqual(codes('Austrian lender Raiffeisen Bank sued the state.').slice(0, 1), [
    ['Austrian', 'AUT', 'state'],
  ]);
  // A name holding a capital's is a club's or a place's ("Dynamo Kyiv"), not a person's.
  assert.deepEqual(codes('Ukrainian player Dynamo Kyiv won.').slice(0, 1), [['Ukrainian', 'UKR', 'state']]);
  assert.ok(!codes('GEORGIAN OPPOSITION POLITICIAN LEVAN MZHAVIA DETAINED').some(([, , type]) => type === 'person'));
  assert.ok(
    !codes('Georgian Opposition Politician Levan Mzhavia Detained In Tbilisi').some(([, , t]) => t === 'person'),
  );
  assert.ok(
    !codes('Georgian human rights activists Levan Mzhavia and Nino Beridze were detained.').some(
      ([, , type]) => type === 'person',
    ),
  );
});
