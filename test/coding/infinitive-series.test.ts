// Infinitives in a series (src/coding/infinitive-series.ts): a later verb of the series is read with the first, also
// when commas join them and when adverbs stand after the first "to".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a bare verb after a comma of an infinitive series is planned with the first, not done', () => {
  const alone = readings('Russia had planned to occupy a huge swath of territory.', 'occupy');
  assert.deepEqual(alone, ['1382 RUS->- asserted']);
  assert.deepEqual(
    readings(
      'Russia had planned to topple the government, occupy a huge swath of territory and install a puppet.',
      'occupy',
    ),
    alone,
  );
  assert.deepEqual(
    readings('Russia had planned to swiftly topple the government, occupy a huge swath of territory.', 'occupy'),
    alone,
  );
  // A fronted infinitive is no series: the speech act after its comma is performed.
  const thanks = '"To begin with, let me once again express my gratitude to Poland for its support," Zelenskyy said.';
  assert.deepEqual(readings(thanks, 'express'), ['051 UKRGOV->POL asserted']);
  // A finite verb after the comma is done: "tried to cross the river, shelled the town".
  assert.deepEqual(
    readings('Russian troops tried to cross the river, shelled the town and then withdrew.', 'shelled'),
    ['194 RUSMIL->- asserted'],
  );
});
