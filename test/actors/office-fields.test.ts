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

test('two fields joined by "and" before the state\'s "of" are one office of that state', () => {
  // A listed title continued by a field: "Minister of Foreign Affairs and Trade of Hungary".
  assert.deepEqual(readings('Kuleba met with Minister of Foreign Affairs and Trade of Hungary Peter Szijjarto.', 0), [
    '040 UKRGOV->HUNGOV asserted',
    '040 HUNGOV->UKRGOV asserted',
  ]);
  // A generic "minister of" with two fields, and a person the dictionaries do not know.
  assert.deepEqual(readings('Shmyhal met with Minister of Agriculture and Food of Slovakia Jan Novak.', 0), [
    '040 UKRGOV->SVKGOV asserted',
    '040 SVKGOV->UKRGOV asserted',
  ]);
});
