import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function doc(text: string) {
  return analyze({ id: 't', date: '2022-04-19', title: null, url: null, source: null, text });
}

function mentions(text: string): string[] {
  return findMentions(doc(text), registry).mentions.map((m) => `${m.actor.name} ${m.actor.code}`);
}

test('military ranks and their abbreviations before a name are titles of the armed forces', () => {
  assert.deepEqual(mentions('Major Oleksandr Solonko defended the airport.'), ['Oleksandr Solonko ---MIL']);
  assert.deepEqual(mentions('Russian corporal Semyon Sychev was killed.'), ['Semyon Sychev RUSMIL']);
  assert.deepEqual(mentions('Lance Corporal John Smith was wounded.'), ['John Smith ---MIL']);
  assert.deepEqual(mentions('Pvt. Jack Doe was wounded.'), ['Jack Doe ---MIL']);
  assert.deepEqual(mentions('Cpl. Jack Doe was wounded.'), ['Jack Doe ---MIL']);
  assert.deepEqual(mentions('British Capt. Ann Roe was wounded.'), ['Ann Roe GBRMIL']);
  assert.deepEqual(mentions('Sgt. Bo Li was wounded.'), ['Bo Li ---MIL']);
  // British style writes the abbreviations with no full stop.
  assert.deepEqual(mentions('Maj Deryugin would fight for Latvia.'), ['Deryugin LVAMIL', 'Latvia LVA']);
  assert.deepEqual(mentions('Maj Gen Igor Konashenkov of Russia said so.'), ['Igor Konashenkov RUSMIL', 'Russia RUS']);
  // "Major" is a title only written with a capital: "a major Russian offensive" names no officer.
  assert.deepEqual(mentions('Ukraine expects a major Russian offensive.'), ['Ukraine UKR', 'Russia RUS']);
});

test("a Senate or Sejm marshal is the chamber's speaker", () => {
  assert.deepEqual(mentions('Polish Marshal of the Senate Tomasz Grodzki spoke.'), ['Tomasz Grodzki POLLEG']);
  assert.deepEqual(mentions('Senate Marshal Tomasz Grodzki spoke.'), ['Tomasz Grodzki ---LEG']);
});

test('"Maj.", "Pvt.", "Adm." before a name are one token and end no sentence', () => {
  const d = doc('Russian Defense Ministry spokesman Maj. Gen. Igor Konashenkov said it. Adm. Tony Radakin agreed.');
  assert.deepEqual(
    d.sentences.map((s) => s.text),
    ['Russian Defense Ministry spokesman Maj. Gen. Igor Konashenkov said it.', 'Adm. Tony Radakin agreed.'],
  );
  assert.ok(d.tokens.some((t) => t.text === 'Maj.' && t.pos === 'PROPN'));
  assert.deepEqual(
    mentions('Russian Defense Ministry spokesman Maj. Gen. Igor Konashenkov said it. Adm. Tony Radakin agreed.'),
    ['Russia Ministry of Defence spokesperson RUSMIL', 'Igor Konashenkov RUSMIL', 'Tony Radakin GBRMIL'],
  );
});
