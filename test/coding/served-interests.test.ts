// Meeting interests, needs or aspirations is serving them, an appraisal of a deal or a policy: no meeting (04) and no
// accord expressed (019) with anyone (src/coding/senses.ts `fulfils`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('interests, needs and aspirations met are no event', () => {
  assert.deepEqual(readings('Kazakhstan said the new pipeline meets the interests of its people.', 'meets'), []);
  const peoples = 'Putin said closer ties between Russia and Serbia meet the key interests of both peoples.';
  assert.deepEqual(readings(peoples, 'meet'), []);
  assert.deepEqual(readings('The Polish firm has enough coal to meet the needs of Polish households.', 'meet'), []);
  // A meeting with a side stays.
  assert.deepEqual(readings('Scholz will meet Polish officials in Warsaw.', 'meet'), ['036 DEUGOV->POLGOV asserted']);
});
