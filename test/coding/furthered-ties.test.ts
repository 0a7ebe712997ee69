// Ties furthered under other verbs than "strengthen" or "develop", and interaction, coordination or joint work as
// what is furthered, are cooperation (060; an announced one intent, 030): dictionaries/verbs/06-cooperate.txt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

test('enhancing, stepping up or establishing cooperation, and expanding interaction, are cooperation', () => {
  assert.deepEqual(allReadings('Scholz said Germany will enhance its cooperation with Poland.'), [
    '030 DEU->POL asserted',
  ]);
  assert.deepEqual(allReadings('Macron said France will step up joint work with Italy.'), ['030 FRA->ITA asserted']);
  assert.deepEqual(allReadings('Tokayev said Kazakhstan would establish cooperation with Uzbekistan.'), [
    '030 KAZ->UZB asserted',
  ]);
  assert.deepEqual(allReadings('Orban said Hungary is expanding its interaction with Serbia.'), [
    '060 HUN->SRB asserted',
  ]);
});

test('no cooperation for ties a thing promotes or diplomatic relations founded long ago', () => {
  assert.deepEqual(allReadings('The new bridge will help promote relations between Hungary and Slovakia.'), []);
  assert.deepEqual(allReadings('Hungary and Slovakia established diplomatic relations 30 years ago.'), []);
});
