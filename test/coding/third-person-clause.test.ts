// In a speaker's own words the speaker is "I" or "we": an act whose subject is "he", "she" or "they" is someone
// else's, even several verbs after it (session 15: "They simply came and bombed out the country", said by Putin, had
// been coded as Russia's own bombing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

const said = (clause: string) => `Vladimir Putin met Viktor Orban. "${clause}," Putin said.`;

test('a "they" subject in a quote is not the speaker, through coordinated verbs', () => {
  assert.deepEqual(readings(said('They simply came and bombed out the country'), 'bombed'), []);
  assert.deepEqual(readings(said('They went in, destroyed the country'), 'destroyed'), []);
  assert.deepEqual(readings(said('They are united in supporting our state'), 'supporting'), []);
  // Nor do the talks' two sides stand for a "they" the speaker talks about.
  assert.deepEqual(readings(said('They are not saying what they want to discuss'), 'discuss'), []);
});

test('"we" or "I" after the "they", or a new clause after a colon, is the speaker again', () => {
  assert.deepEqual(readings(said('They asked for help and we supported them'), 'supported'), [
    '051 RUSGOV->- asserted',
  ]);
  assert.deepEqual(readings(said('They know it: we support Hungary'), 'support'), ['051 RUSGOV->HUN asserted']);
  // Without a pronoun subject the act stays the speaker's.
  assert.deepEqual(readings(said('We supported Hungary'), 'supported'), ['051 RUSGOV->HUN asserted']);
});

test('a narrator\'s "they" before a quoted fragment leaves the participants', () => {
  assert.deepEqual(
    readings('Putin met Orban in Moscow. They also pledged to “deepen cooperation” on energy.', 'deepen cooperation'),
    ['030 RUSGOV->HUNGOV asserted', '030 HUNGOV->RUSGOV asserted'],
  );
});
