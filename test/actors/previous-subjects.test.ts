// An "it" or "they" opening its sentence is the previous sentence's subject, also when a fronted phrase, a reflexive
// or an aside between dashes stands around that subject, or an adverb between the pronoun and its verb; never the
// subject of a clause that opens the sentence before the main one (session 29).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

/** The code the pronoun `surface` (its last mention) stands for, or null when it is no actor. */
function pronounCode(text: string, surface: string): string | null {
  const doc = analyze({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text });
  const found = findMentions(doc, registry).mentions.filter((m) => m.actor.text === surface);
  return found.at(-1)?.actor.code ?? null;
}

test('a fronted phrase before the previous sentence’s subject does not hide it', () => {
  assert.equal(
    pronounCode('Last night, Russian troops moved into the suburbs. They shelled the rail station.', 'They'),
    'RUSMIL',
  );
  assert.equal(
    pronounCode(
      'After weeks of talks in Brussels, in private, Hungary lifted its veto. It will support the package.',
      'It',
    ),
    'HUN',
  );
  assert.equal(pronounCode('On Monday, Japan announced new measures. It froze the assets of six banks.', 'It'), 'JPN');
  // A phrase with a mention of its own: the subject is the one after its comma.
  assert.equal(pronounCode('In Warsaw, Canada pledged more shells. It will also train pilots.', 'It'), 'CAN');
});

test('an adverb after "they", a reflexive or a dashed aside after the subject', () => {
  assert.equal(pronounCode('Russian troops shelled the port. They also shelled the bay.', 'They'), 'RUSMIL');
  assert.equal(pronounCode('Turkey itself has stayed out of the sanctions. It buys Russian oil.', 'It'), 'TUR');
  assert.equal(
    pronounCode(
      'Canada – like many other allies – is sending armoured vehicles. It has trained Ukrainian crews.',
      'It',
    ),
    'CAN',
  );
});

test('no subject from a list, a clause opening the sentence, or a place', () => {
  assert.equal(pronounCode('Poland, Slovakia and Romania met. It will send troops.', 'It'), null);
  assert.equal(pronounCode('When Russia attacked, Moldova asked for help. It received weapons.', 'It'), null);
  assert.equal(pronounCode('In Russia, prices rose. It has lost a tenth.', 'It'), null);
  // The clause's subject is the main clause's "it": its sentence's subject after all.
  assert.equal(
    pronounCode('When Russia decided to wage a war, it used gas first. It violates existing contracts.', 'It'),
    'RUS',
  );
});
