import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

// The tagger reads "demands", "requests" and "charges" right after a subject and before "that" + a clause as plural
// nouns ("Ukraine demands/NOUN that/PRON Russia …"): the verb is coded and what it asks for is not done.
test('an -s verb the tagger calls a noun, after its subject and before a that-clause, is the verb', () => {
  assert.deepEqual(readings('Georgia demands that Russia withdraw its troops from Abkhazia.', 'demands'), [
    '100 GEO->RUS asserted',
  ]);
  assert.deepEqual(readings('Serbia requests that the UN Security Council meet.', 'requests'), [
    '020 SRB->IGOUNO asserted',
  ]);
  assert.deepEqual(readings('Armenia charges that Azerbaijan shelled the villages.', 'charges'), [
    '112 ARM->AZE asserted',
  ]);
});

test('what a subject demands in a that-clause is not done, even in the present tense', () => {
  assert.deepEqual(
    readings('Georgia demands that Russia withdraws its troops from the occupied territories.', 'withdraws'),
    ['087 RUS->- hypothetical'],
  );
  assert.deepEqual(readings('Georgia demands that Russia withdraw its troops.', 'withdraw'), [
    '087 RUS->- hypothetical',
  ]);
});

test('a possessive or a determiner keeps the noun: its relative clause is told as it is', () => {
  assert.deepEqual(readings("Georgia's demands that Russia withdraw were rejected.", 'demands'), []);
  assert.ok(
    readings("Georgia's demands that Russia withdraw were rejected.", 'rejected').every((r) => r.endsWith(' asserted')),
  );
  assert.deepEqual(readings('The requests that Kyiv sent to Berlin went unanswered.', 'sent'), [
    '020 UKR->DEU asserted',
  ]);
});
