// An act its doer announces as a threat is THREATEN asserted and, named by its own verb, the act itself as a second
// event, hypothetical (src/coding/threatened-acts.ts; eval/README.md, THREATEN).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

test('an announced strike or cut-off: the threat asserted and the threatened act hypothetical', () => {
  assert.deepEqual(allReadings('Minsk will strike Lithuania if Lithuanian troops cross the border, Lukashenko said.'), [
    '1384 BLR->LTU asserted',
    '190 BLR->LTU hypothetical',
  ]);
  assert.deepEqual(allReadings('Moscow said it would halt gas deliveries to Poland.'), [
    '1311 RUS->POL asserted',
    '162 RUS->POL hypothetical',
  ]);
});

test('a threat the dictionary codes as one names no second act', () => {
  assert.deepEqual(allReadings('Russia threatened Lithuania with retaliation.'), ['130 RUS->LTU asserted']);
});

test('a threatened act does not decide whom a side fights in the article', () => {
  const text =
    'Russian forces shelled Ukraine on Monday. Reporters were shown the bodies of civilians killed by Russian forces. ' +
    'Russia will attack Lithuania if it blocks Kaliningrad, Putin said. Russia will strike Latvia if it blocks trains, ' +
    'Putin said.';
  assert.ok(allReadings(text).includes('190 RUSMIL->UKRCVL asserted'));
});
