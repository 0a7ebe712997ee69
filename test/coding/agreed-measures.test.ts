import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedReadings } from './fake-actors.ts';

const brief = sortedReadings;

test('sanctions agreed among their imposers are still to come, not a threat; planned ones stay a threat', () => {
  // The measure is the event: no agreement "with" Russia besides it.
  assert.deepEqual(brief('The EU agreed to impose sanctions on Russia.'), ['163 IGOEUREEC->RUS hypothetical']);
  // Agreed on a condition, the measure is a threat, and the threatened measure is still to come: no agreement "with"
  // Russia besides them.
  assert.deepEqual(brief('The EU agreed to impose sanctions on Russia if Russia invades Ukraine.'), [
    '1312 IGOEUREEC->RUS asserted',
    '163 IGOEUREEC->RUS hypothetical',
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(brief('The EU plans to impose sanctions on Russia.'), [
    '1312 IGOEUREEC->RUS asserted',
    '163 IGOEUREEC->RUS hypothetical',
  ]);
});
