// Meetings whose parties a noun's "of … with" phrase or the clause around a phrase of time names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings as readings } from './shipped-readings.ts';

test('"the talks of X with Y": the "of" party meets the "with" party', () => {
  assert.deepEqual(readings('The conversation of Vladimir Putin with Emmanuel Macron lasted two hours.'), [
    '040 RUSGOV->FRAGOV asserted',
    '040 FRAGOV->RUSGOV asserted',
  ]);
  assert.deepEqual(readings('The negotiations of Russia with Ukraine stalled in March.'), [
    '046 RUS->UKR asserted',
    '046 UKR->RUS asserted',
  ]);
  assert.deepEqual(readings('Later the second round of negotiations of the Ukrainian and Russian delegations began.'), [
    '040 UKRGOV->RUSGOV asserted',
    '040 RUSGOV->UKRGOV asserted',
  ]);
});

test('with no "with" party resolved, the "of" party is no counterpart: no consultation', () => {
  assert.deepEqual(readings('The talks of the President of Ukraine with the leaders of those states were useful.'), []);
  // A meeting of a body, with no "with" party, is the body's own: here the readout's parties aim at it.
  const readout =
    'President of Ukraine Volodymyr Zelenskyy held a phone conversation with Prime Minister of the Netherlands Mark ' +
    'Rutte. They stressed the importance of holding a meeting of the Ukrainian-Dutch working group soon.';
  assert.deepEqual(readings(readout, '04-consult.txt:040'), [
    '036 UKRGOV->NLDGOV asserted',
    '036 NLDGOV->UKRGOV asserted',
  ]);
});

test('a meeting "scheduled for" a date after its phrase is yet to come: an intent to meet', () => {
  assert.deepEqual(
    readings('They hoped the meeting of the EU leaders with Ilham Aliyev scheduled for Friday would be useful.'),
    ['036 IGOEUREEC->AZEGOV asserted', '036 AZEGOV->IGOEUREEC asserted'],
  );
});

test('the clause around a phrase of time holds the meeting: a plural possessive, an inverted "said", opening adverbs', () => {
  assert.deepEqual(
    readings(
      '"We will hold," the Ukrainian President said, answering journalists\' questions after talks with Olaf Scholz.',
    ),
    ['040 UKRGOV->DEUGOV asserted', '040 DEUGOV->UKRGOV asserted'],
  );
  assert.deepEqual(
    readings(
      '"We are grateful," said the Ukrainian President during a meeting with the media after talks with Olaf Scholz.',
    ),
    ['040 UKRGOV->DEUGOV asserted', '040 DEUGOV->UKRGOV asserted'],
  );
  assert.deepEqual(readings('Yesterday, right after talks with Olaf Scholz, Emmanuel Macron spoke to the press.'), [
    '040 FRAGOV->DEUGOV asserted',
    '040 DEUGOV->FRAGOV asserted',
  ]);
});
