// A present perfect relative clause on a noun says who the noun is, no event of the day (descriptive-relatives.ts).
// Sentences written for this test in the style of wire news.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a present perfect relative clause describing an actor is background, no event', () => {
  assert.deepEqual(
    readings('Jets struck targets of the militant group that has seized parts of Iraq and Syria.', 'seized'),
    [],
  );
  assert.deepEqual(
    readings('Russia, which has occupied parts of Ukraine since 2014, rejected the plan.', 'occupied'),
    [],
  );
  assert.deepEqual(
    readings('The port, which has been shelled by Russia for weeks, reopened on Monday.', 'shelled'),
    [],
  );
  assert.deepEqual(
    readings('The Chancellor, who has long opposed new sanctions on Russia, said little.', 'opposed'),
    [],
  );
});

test('the main clause, a dated past relative clause and an act of the news moment stay', () => {
  assert.deepEqual(readings('Russia has seized parts of Ukraine.', 'seized'), ['192 RUS->UKR asserted']);
  assert.deepEqual(readings('Russia, which annexed Crimea in 2014, rejected the plan.', 'annexed'), [
    '192 RUS->UKR asserted',
  ]);
  assert.deepEqual(readings('Russia, which has just launched an offensive against Ukraine, said little.', 'launched'), [
    '190 RUS->UKR asserted',
  ]);
  // "that" after a verb of saying is no relative pronoun.
  assert.notDeepEqual(readings('Officials said that Russia has seized parts of Ukraine.', 'seized'), []);
});
