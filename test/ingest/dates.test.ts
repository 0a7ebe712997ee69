import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCalendarDate, normalizeDate } from '../../src/ingest/dates.ts';

test('calendar dates pass through; impossible ones do not', () => {
  assert.equal(normalizeDate('2022-02-15'), '2022-02-15');
  assert.equal(normalizeDate('2022-02-30'), null);
  assert.equal(isCalendarDate('2024-02-29'), true);
  assert.equal(isCalendarDate('2023-02-29'), false);
});

test('ISO timestamps with a zone become the UTC date', () => {
  assert.equal(normalizeDate('2022-02-15T10:00:00Z'), '2022-02-15');
  assert.equal(normalizeDate('2022-02-15T23:30:00-05:00'), '2022-02-16');
  assert.equal(normalizeDate('2015-07-24T05:36:09+01:00'), '2015-07-24');
  assert.equal(normalizeDate('2022-02-15T00:30:00.000+0200'), '2022-02-14');
});

test('timestamps without a zone keep the date as written', () => {
  assert.equal(normalizeDate('2022-02-15T23:59:00'), '2022-02-15');
  assert.equal(normalizeDate('2022-02-15 08:00'), '2022-02-15');
});

test('RFC 2822 dates of feeds are read, zone included', () => {
  assert.equal(normalizeDate('Wed, 31 Jan 2018 07:26:05 GMT'), '2018-01-31');
  assert.equal(normalizeDate('Tue, 15 Feb 2022 23:30:00 -0500'), '2022-02-16');
  assert.equal(normalizeDate('15 Feb 2022'), '2022-02-15');
  assert.equal(normalizeDate('February 15, 2022'), '2022-02-15');
});

test('epoch seconds and milliseconds are read', () => {
  assert.equal(normalizeDate(1644919200), '2022-02-15');
  assert.equal(normalizeDate(1644919200000), '2022-02-15');
  assert.equal(normalizeDate('1644919200'), '2022-02-15');
});

test('text that merely contains a number is not a date', () => {
  for (const bad of ['1', 'sometime last week', 'foo 2022', '', '   ', 'Tuesday', '2022']) {
    assert.equal(normalizeDate(bad), null, bad);
  }
  assert.equal(normalizeDate(-5), null);
});
