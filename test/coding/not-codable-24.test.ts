// Real-news events an analyst does not code at all (session 22, noncode24), from a hand-judged reading of the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a rank, a role or a share is held, not occupied', () => {
  const share = "The Shanghai Cooperation Organisation occupies more than a fifth of the world's land area.";
  assert.deepEqual(readings(share, 'occupies'), []);
  const place = 'A central place in the plan is occupied by the NATO Response Force.';
  assert.deepEqual(readings(place, 'occupied'), []);
  // Territory stays occupied, a share of it too.
  assert.deepEqual(readings('Russia occupied a third of the country.', 'occupied'), ['192 RUS->- asserted']);
  assert.deepEqual(readings('Russia has occupied part of our territory.', 'occupied'), ['192 RUS->- asserted']);
  const villages = 'The villages that were occupied by Russian troops in March have been liberated.';
  assert.deepEqual(readings(villages, 'occupied'), ['192 RUSMIL->- asserted']);
});

test('needs met are no meeting, even when the tagger reads "needs" as a verb', () => {
  const needs = 'The Pentagon said the package is designed to meet critical Ukrainian needs on the battlefield.';
  assert.deepEqual(readings(needs, 'meet'), []);
  // A meeting with a side's officials stays.
  assert.deepEqual(readings('Biden will meet Ukrainian officials in Warsaw.', 'meet'), ['036 USAGOV->UKRGOV asserted']);
});
