import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function codes(text: string): string[] {
  const doc = analyze({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => m.actor.code);
}

test('a capitalised plural title before "of" names each state\'s office holders, as the lowercase one does', () => {
  assert.deepEqual(codes('The Presidents of Lithuania and Poland stand by Ukraine.'), ['LTUGOV', 'POLGOV', 'UKR']);
  assert.deepEqual(codes('The presidents of Lithuania and Poland stand by Ukraine.'), ['LTUGOV', 'POLGOV', 'UKR']);
  assert.deepEqual(codes('The Foreign Ministers of Ukraine and Turkey signed a memorandum.'), ['UKRGOV', 'TURGOV']);
  assert.deepEqual(codes('I spoke with the Prime Ministers of Bulgaria and Croatia.'), ['BGRGOV', 'HRVGOV']);
  // A sentence that ends in a title's modifier has no title to match.
  assert.deepEqual(codes('Ukraine welcomed the new.'), ['UKR']);
  // Not a title of anyone named after "of": activists for a cause stay the opposition.
  assert.deepEqual(codes('Activists for the unity of Ukraine were beaten.'), ['---OPP', 'UKR']);
});

test('sector nouns: military representatives, business missions, congregations, weapons after an adjective', () => {
  assert.deepEqual(codes('Military representatives from Turkey met with a UN delegation.'), ['TURMIL', 'IGOUNO']);
  assert.deepEqual(codes('A Russian business mission visited Argentina.'), ['RUSBUS', 'ARG']);
  assert.deepEqual(codes('Ukrainian congregations condemned the war.'), ['UKRREL']);
  assert.deepEqual(codes('Russian missiles hit Kyiv.'), ['RUSMIL', 'UKR']);
  // After a state's name a weapon is what it is given, not its army.
  assert.deepEqual(codes('Iran gave Russia drones for the war.'), ['IRN', 'RUS']);
});

test('a verb whose lemma is a sector noun names no sector: "Poland pressed" is no Polish press', () => {
  assert.deepEqual(codes('Poland pressed Germany to send tanks.'), ['POL', 'DEU']);
  assert.deepEqual(codes('Washington is pressing Beijing to act.'), ['USA', 'CHN']);
  // The plural by its lemma still names the sector.
  assert.deepEqual(codes('Polish ministers met.'), ['POLGOV']);
});

test('a ministry whose name lists the European Union is one title, not the Union', () => {
  const spain =
    'Zhovkva met with Minister of Foreign Affairs, the European Union and Cooperation of the Kingdom of Spain ' +
    'José Manuel Albares.';
  assert.ok(!codes(spain).includes('IGOEUREEC'));
  assert.ok(codes(spain).includes('ESPGOV'));
});

test('a bare "fellow" is no title: "my fellow Russians" are a people; a research fellow is a researcher', () => {
  assert.deepEqual(codes('I thank my fellow Russians.'), ['RUS']);
  assert.deepEqual(codes('Natia Seskuria, associate fellow at the institute, spoke about Moldova.'), ['MDAEDU', 'MDA']);
});
