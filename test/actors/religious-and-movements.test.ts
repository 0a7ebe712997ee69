// A religious leader with dated roles (sector REL) and an opposition movement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

function codes(text: string, date: string): string[] {
  const doc = analyze({ id: 't', date, title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => `${m.actor.text}=${m.actor.code}`);
}

test('Desmond Tutu is a religious leader while archbishop, an elite after', () => {
  assert.deepEqual(codes('Archbishop Desmond Tutu called for sanctions.', '1995-11-12'), [
    'Archbishop Desmond Tutu=ZAFREL',
  ]);
  assert.deepEqual(codes('Desmond Tutu spoke.', '2010-01-01'), ['Desmond Tutu=ZAFELI']);
});

test("Egypt's Kifaya movement is opposition", () => {
  assert.deepEqual(codes('Police will no longer tolerate rallies by the Kifaya group.', '2005-06-01'), [
    'the Kifaya=EGYOPP',
  ]);
});
