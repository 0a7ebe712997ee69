// A title of another state before a dictionary name names a namesake: the text's state and title win over the
// registry's person ("Ukraine's prosecutor general Andrei Kostin" is not VTB's Andrei Kostin), but not across a
// comma, where the title and the name are two people (src/actors/recognize.ts `known`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function codes(text: string): [string, string][] {
  const doc = analyze({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => [m.actor.text, m.actor.code]);
}

test("another state's title before a dictionary name gives that state's actor", () => {
  assert.deepEqual(codes("Belarus's defence minister Sergei Lavrov arrived."), [
    ["Belarus's defence minister Sergei Lavrov", 'BLRMIL'],
  ]);
  // The registry's own state keeps the person.
  assert.deepEqual(codes("Russia's foreign minister Sergei Lavrov arrived."), [
    ["Russia's foreign minister Sergei Lavrov", 'RUSGOV'],
  ]);
});

test('a title and a name across a comma stay two people', () => {
  const found = codes('Before the meeting with the President of Ukraine, António Guterres visited Bucha.');
  assert.ok(
    found.some(([text, code]) => text.includes('Guterres') && code.startsWith('IGOUNO')),
    String(found),
  );
});
