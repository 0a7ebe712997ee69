// Names in a phrase that opens the sentence ("On the eve of the talks between Biden and Putin, …") are no part of
// the main clause's list of subjects or of the phrase's own list of objects (src/coding/match.ts `chain`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('an opening phrase ending in a name and a comma does not join the subjects after it', () => {
  const text =
    'On the eve of the planned talks between U.S. President J. Biden and Russian President V. Putin, ' +
    'the Ukrainian and American sides have coordinated their positions on key issues.';
  assert.deepEqual(readings(text, 'coordinated'), ['050 UKRGOV->USAGOV asserted', '050 USAGOV->UKRGOV asserted']);
  // "between S and T," closes the pair: the sides after the comma are not parties of the talks.
  assert.deepEqual(readings(text, 'talks between'), ['036 USAGOV->RUSGOV asserted', '036 RUSGOV->USAGOV asserted']);
  assert.deepEqual(
    readings('On the eve of the visit of Biden, Ukraine and the US coordinated their positions.', 'coord'),
    ['050 UKR->USA asserted', '050 USA->UKR asserted'],
  );
});

test('"According to him," and an opening phrase whose names a verb follows after the comma end at the comma', () => {
  assert.deepEqual(
    readings('According to him, Belarus and Russia attach special importance to the common efforts.', 'attach'),
    ['030 BLR->RUS asserted', '030 RUS->BLR asserted'],
  );
  assert.deepEqual(
    readings('After talks with Biden, Ukraine and the United States have coordinated their positions.', 'coord'),
    ['050 UKR->USA asserted', '050 USA->UKR asserted'],
  );
});

test('a list after a preposition that opens no sentence stays one list', () => {
  assert.deepEqual(
    readings('The Presidents of Ukraine, Lithuania and Poland also discussed the monitoring mission.', 'discussed'),
    [
      '040 UKRGOV->LTUGOV asserted',
      '040 UKRGOV->POLGOV asserted',
      '040 LTUGOV->UKRGOV asserted',
      '040 LTUGOV->POLGOV asserted',
      '040 POLGOV->UKRGOV asserted',
      '040 POLGOV->LTUGOV asserted',
    ],
  );
  assert.deepEqual(
    readings('Representatives from Turkey, Russia and Ukraine are meeting with a UN delegation.', 'meeting'),
    [
      '040 TUR->IGOUNO asserted',
      '040 RUS->IGOUNO asserted',
      '040 UKR->IGOUNO asserted',
      '040 IGOUNO->TUR asserted',
      '040 IGOUNO->RUS asserted',
      '040 IGOUNO->UKR asserted',
    ],
  );
});
