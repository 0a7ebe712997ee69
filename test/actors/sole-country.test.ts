// A titled person no dictionary knows takes the country of an article that names only one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';

const registry = loadActorRegistry(DEFAULT_DICTIONARY_DIR, []);

function codes(text: string): string[] {
  const doc = analyze({ id: 't', date: '1990-03-01', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => `${m.actor.text}=${m.actor.code}`);
}

test('an unknown titled person in an article naming one state holds that state’s office', () => {
  assert.deepEqual(codes('Judge Alejandro Rivera opened fraud investigations against Chilean officials.'), [
    'Judge Alejandro Rivera=CHLJUD',
    'Chilean officials=CHLGOV',
  ]);
});

test('with two states named, none, or the one only in another sentence, the office stays unplaced; unplaced groups stay unplaced', () => {
  assert.deepEqual(codes('Judge Alejandro Rivera met Chilean and Peruvian officials.'), [
    'Judge Alejandro Rivera=---JUD',
    'Chilean=CHLGOV',
    'Peruvian officials=PERGOV',
  ]);
  assert.deepEqual(codes('Judge Alejandro Rivera opened an investigation.'), ['Judge Alejandro Rivera=---JUD']);
  assert.deepEqual(codes('Judge Alejandro Rivera spoke. Chilean officials agreed.'), [
    'Judge Alejandro Rivera=---JUD',
    'Chilean officials=CHLGOV',
  ]);
  assert.deepEqual(codes('Rebels attacked Chilean troops.'), ['Rebels=---REB', 'Chilean troops=CHLMIL']);
});
