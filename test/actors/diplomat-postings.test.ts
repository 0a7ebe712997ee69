// A diplomat's posting ("Ambassador of Norway to Kenya") is part of the title: the name after it is the sending
// state's diplomat, not the bare state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function mentions(text: string): string[] {
  const doc = analyze({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => `${m.actor.code}:${text.slice(m.start, m.end)}`);
}

test('the state a diplomat is posted to is part of the title before the name', () => {
  assert.deepEqual(mentions('The minister received Ambassador of Norway to Kenya Ola Nordmann.'), [
    'NORGOV:Ambassador of Norway to Kenya Ola Nordmann',
  ]);
  assert.deepEqual(mentions('He thanked the Ambassador of Chile to the United States Ana Pérez.'), [
    'CHLGOV:the Ambassador of Chile to the United States Ana Pérez',
  ]);
  // The long form of the title is the same title.
  assert.deepEqual(mentions('She met Ambassador Extraordinary and Plenipotentiary of Peru to Spain Luis Soto.'), [
    'PERGOV:Ambassador Extraordinary and Plenipotentiary of Peru to Spain Luis Soto',
  ]);
});

test("after a state's name or adjective, the posting before the name is part of the title too", () => {
  assert.deepEqual(mentions("Chile's ambassador to Peru Ana Pérez was summoned."), [
    "CHLGOV:Chile's ambassador to Peru Ana Pérez",
  ]);
  assert.deepEqual(mentions('Lima summoned Chilean Ambassador to Peru Ana Pérez.').slice(1), [
    'CHLGOV:Chilean Ambassador to Peru Ana Pérez',
  ]);
});

test('a posting on a title that is no diplomat, or with no state after "to", stays out of the title', () => {
  assert.deepEqual(mentions('The Minister of Kenya to Norway spoke.'), ['KENGOV:The Minister of Kenya', 'NOR:Norway']);
  assert.deepEqual(mentions('The Ambassador of Norway to our office Ola Nordmann spoke.').slice(0, 1), [
    'NORGOV:The Ambassador of Norway',
  ]);
});
