// A person called by a first name after an honorific or a title is the article's dictionary person of that first name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function mentions(text: string): string[] {
  const doc = analyze({ id: 't', date: '2022-04-17', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => `${text.slice(m.start, m.end)}:${m.actor.code}`);
}

test('a titled first name is the one person of the article with that first name, named before or after it', () => {
  assert.deepEqual(mentions('We thank Mrs. Ursula for the aid. Ursula von der Leyen came to Bucha.'), [
    'Mrs. Ursula:IGOEUREEC',
    'Ursula von der Leyen:IGOEUREEC',
  ]);
  assert.deepEqual(mentions('Antony Blinken arrived. Later Secretary Antony spoke to the press.'), [
    'Antony Blinken:USAGOV',
    'Secretary Antony:USAGOV',
  ]);
});

test('a first name shared by two persons of the article stays unknown', () => {
  assert.deepEqual(mentions('Boris Johnson met Boris Pistorius. Mr. Boris was late.').slice(2), ['Mr. Boris:---']);
});
