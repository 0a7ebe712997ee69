import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, dayNumber, fromDayNumber } from '../../src/aggregate/dates.ts';

/** What fromDayNumber computed before its arithmetic: the ISO string of a Date. */
const byDate = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

test('fromDayNumber writes the date the ISO string of a Date does, leap days and centuries included', () => {
  for (let day = dayNumber('1599-12-25'); day <= dayNumber('2401-03-05'); day++) {
    assert.equal(fromDayNumber(day), byDate(day), String(day));
  }
  for (const date of ['0000-01-01', '0001-02-28', '1900-02-28', '1900-03-01', '2000-02-29', '9999-12-31']) {
    assert.equal(fromDayNumber(dayNumber(date)), date);
  }
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2023-12-31', 1), '2024-01-01');
});

test('fromDayNumber leaves years outside 0000-9999 and fractions of days to Date', () => {
  for (const day of [dayNumber('0000-01-01') - 1, dayNumber('9999-12-31') + 1, 0.5, -0.5]) {
    assert.equal(fromDayNumber(day), byDate(day));
  }
});
