// A readout side sharing its own assessment or views tells them to the other side (CAMEO 040), as "informed about"
// does; a view held in common ("we share the view that …") is agreement, told to no one (dictionaries/verbs/04-consult.txt,
// src/coding/readout-counterpart.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

const CALL = 'Vladimir Putin had a telephone conversation with President of Finland Sauli Niinisto.';

test("one side's shared assessment is told to the readout's other side only", () => {
  assert.deepEqual(readings(`${CALL} Vladimir Putin shared his assessments of the grain talks.`, 'shared'), [
    '040 RUSGOV->FINGOV asserted',
  ]);
  assert.deepEqual(readings(`${CALL} Sauli Niinisto shared his principled views on Baltic security.`, 'shared'), [
    '040 FINGOV->RUSGOV asserted',
  ]);
});

test('the two sides sharing opinions consult each other', () => {
  assert.deepEqual(readings(`${CALL} The presidents shared opinions on energy prices.`, 'shared'), [
    '040 RUSGOV->FINGOV asserted',
    '040 FINGOV->RUSGOV asserted',
  ]);
});

test('a view held in common, or shared outside a readout, is no consultation', () => {
  assert.deepEqual(readings(`${CALL} The presidents share the view that energy prices must fall.`, 'share'), []);
  assert.deepEqual(readings('The US has shared its views on the telephone call, a spokesman said.', 'shared'), []);
});
