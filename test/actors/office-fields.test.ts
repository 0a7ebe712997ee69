// A title's field that a state or organisation's name only modifies ("Minister for European Union Affairs of the
// Republic of Poland") names no body: the office is of the state named after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceReadings as readings } from '../coding/shipped-readings.ts';

test("a name before a noun of a minister's field is no body of the office: the office is of the state after it", () => {
  assert.deepEqual(
    readings(
      'President Zelenskyy met with Minister for European Union Affairs of the Republic of Poland Konrad Szymanski.',
      0,
    ),
    ['040 UKRGOV->POLGOV asserted', '040 POLGOV->UKRGOV asserted'],
  );
  assert.deepEqual(readings('Zelenskyy met with Minister for NATO Integration of Georgia David Zalkaliani.', 0), [
    '040 UKRGOV->GEOGOV asserted',
    '040 GEOGOV->UKRGOV asserted',
  ]);
  // The body itself still names the office: "Secretary General of NATO".
  assert.deepEqual(readings('Zelenskyy met with Secretary General of NATO Jens Stoltenberg.', 0), [
    '040 UKRGOV->IGOWSTNAT asserted',
    '040 IGOWSTNAT->UKRGOV asserted',
  ]);
});
