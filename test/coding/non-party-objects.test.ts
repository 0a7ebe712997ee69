// Who is and is not a party to an act: meetings with the press or a crowd are no consultation between the sides, a
// pronoun object is not replaced by what a dash adds after it, and a place name may be the object of an -s verb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceReadings as readings } from './shipped-readings.ts';

test('sides that meet with the press, a workforce or a reception meet no one (no consultation between them)', () => {
  const visit = 'President Nauseda arrived in Warsaw for talks with President Duda. ';
  assert.deepEqual(readings(`${visit}Afterwards, the two presidents will meet with journalists.`, 1), []);
  assert.deepEqual(readings(`${visit}Then the presidents will meet with representatives of the press.`, 1), []);
  assert.deepEqual(readings('Xi Jinping and Vladimir Putin met with factory workers in Harbin.', 0), []);
  assert.deepEqual(readings('Kazakhstan hopes the proposals will meet with the approval of its partners.', 0), []);
  // The sides meeting each other, or a named side, stay.
  assert.deepEqual(readings('Xi Jinping and Vladimir Putin met with each other in Harbin.', 0), [
    '040 CHNGOV->RUSGOV asserted',
    '040 RUSGOV->CHNGOV asserted',
  ]);
});

test('a pronoun object keeps the object slot: a dash after it restates someone else', () => {
  assert.deepEqual(readings('Moscow courts the regimes that protest against us – Venezuela and Cuba.', 0), []);
  assert.deepEqual(readings('Moscow courts the regimes that protest against Washington – Venezuela and Cuba.', 0), [
    '140 -->USA asserted',
  ]);
});

test('an -s verb the tagger reads as a noun takes a place name as its object ("Russia shells Kharkiv")', () => {
  assert.deepEqual(readings('Russia shells Odesa.', 0), ['194 RUS->UKR asserted']);
  assert.deepEqual(readings('Russia attacks Mykolaiv with drones.', 0), ['190 RUS->UKR asserted']);
});
