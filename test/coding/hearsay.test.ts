import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings, readings } from './shipped-readings.ts';

test('an act told by rumours, fakes or false reports is not asserted', () => {
  assert.deepEqual(readings('There were rumours that Poland had sent troops to Ukraine.', 'sent'), [
    '150 POL->UKR hypothetical',
  ]);
  assert.deepEqual(readings('State media spread fake reports that Ukraine attacked Belgorod.', 'attacked'), [
    '190 UKR->RUS hypothetical',
  ]);
  assert.deepEqual(readings('The ministry dismissed as fake reports that Russian troops looted the town.', 'looted'), [
    '171 RUSMIL->- hypothetical',
  ]);
});

test('propaganda or a false saying tells an act that is not asserted, yet still charges its doer', () => {
  assert.deepEqual(allReadings('Kremlin propaganda says that NATO attacked Russia.'), [
    '190 IGOWSTNAT->RUS hypothetical',
    '112 RUSGOV->IGOWSTNAT asserted',
  ]);
  assert.deepEqual(readings('Kremlin propaganda says NATO attacked Russia.', 'attacked'), [
    '190 IGOWSTNAT->RUS hypothetical',
  ]);
  assert.deepEqual(readings('Russian propaganda says that the US supplies weapons to Ukraine.', 'weapons'), [
    '072 USA->UKR hypothetical',
  ]);
  assert.deepEqual(readings('The campaign falsely claimed that Poland invaded Belarus.', 'invaded'), [
    '190 POL->BLR hypothetical',
  ]);
  // A prediction told by propaganda charges no one.
  assert.deepEqual(allReadings('Kremlin propaganda says that NATO will attack Russia.'), [
    '190 IGOWSTNAT->RUS hypothetical',
  ]);
});

test('a staged attack is a sham, not an attack', () => {
  assert.deepEqual(
    readings('Officials say a video shows a staged attack by Ukrainian forces on Russian troops.', 'attack'),
    ['190 UKRMIL->RUSMIL hypothetical'],
  );
});

test('a news agency or a body that counters disinformation reports an act as done', () => {
  assert.deepEqual(readings('Reuters reported that Russian troops shelled Kharkiv.', 'shelled'), [
    '194 RUSMIL->UKR asserted',
  ]);
  assert.deepEqual(
    readings('The Center for Countering Disinformation said that Russian troops shelled Kharkiv.', 'shelled'),
    ['194 RUSMIL->UKR asserted'],
  );
  assert.deepEqual(
    readings(
      'The head of the centre for countering disinformation said that Russian troops shelled Kharkiv.',
      'shelled',
    ),
    ['194 RUSMIL->UKR asserted'],
  );
});
