// Persons added in session 25 whom wire and release texts name with a title or a surname.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function codes(text: string, date: string): string[] {
  const doc = analyze({ id: 't', date, title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => `${m.actor.code}:${m.actor.id ?? ''}`);
}

test('regional heads, a deputy minister, a church head and first ladies of 2021-2022 have their codes', () => {
  assert.deepEqual(codes('Alexei Tsydenov and Mikhail Razvozhayev reported on heating.', '2022-01-10'), [
    'RUSGOV:tsydenov',
    'RUSGOV:razvozhayev',
  ]);
  assert.deepEqual(codes('Sergei Vershinin met the envoy.', '2022-01-10'), ['RUSGOV:vershinin']);
  assert.deepEqual(codes('Metropolitan Onuphry called for a ceasefire.', '2022-03-01'), ['UKRREL:onuphry']);
  assert.deepEqual(codes('Agata Kornhauser-Duda and Queen Mathilde visited a shelter.', '2022-05-01'), [
    'POLGOV:kornhauser-duda',
    'BELGOV:queenmathilde',
  ]);
  // After her office ended she is no longer the government's.
  assert.deepEqual(codes('Agata Kornhauser-Duda visited a shelter.', '2025-10-01'), ['POLELI:kornhauser-duda']);
});

test('a surname two presidents share is the one named earlier in the article', () => {
  assert.deepEqual(codes('Gurbanguly Berdimuhamedov arrived. Mr Berdimuhamedov spoke first.', '2021-11-01'), [
    'TKMGOV:gberdimuhamedov',
    'TKMGOV:gberdimuhamedov',
  ]);
  assert.deepEqual(codes('Serdar Berdimuhamedov arrived. Mr Berdimuhamedov spoke first.', '2022-11-01'), [
    'TKMGOV:sberdimuhamedov',
    'TKMGOV:sberdimuhamedov',
  ]);
});
