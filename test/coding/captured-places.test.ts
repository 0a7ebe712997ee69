// A place captured is occupied (192), and an act dreamt of is not done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchedReadings as coded } from './shipped-readings.ts';

test('a state or a place named by itself, captured, is occupied (192)', () => {
  assert.deepEqual(coded('Russian forces captured Kyiv after a week of fighting.', /^captured/), [
    '192 RUSMIL->UKR asserted',
  ]);
  assert.deepEqual(coded('Pakistani troops captured Kabul in a surprise push.', /^captured/), [
    '192 PAKMIL->AFG asserted',
  ]);
});

test('a place named by its kind after a state’s adjective, captured, is occupied (192)', () => {
  assert.deepEqual(coded('Russian troops captured the northern Ukrainian town of Sumy, officials said.', /^captured/), [
    '192 RUSMIL->UKR asserted',
  ]);
});

test('soldiers, people and things captured are no land taken', () => {
  assert.deepEqual(coded('Ukrainian forces captured Russian soldiers near Izium.', /^captured/), []);
  assert.deepEqual(coded('Ukrainian units captured Russian armour on the battlefield.', /^captured/), []);
  assert.deepEqual(coded('The documentary captures the courage of Finnish forces.', /^captures/), []);
});

test('an act dreamt of is not done', () => {
  assert.deepEqual(coded('Russia still dreams of attacking Ukraine.', /^attacking/), ['190 RUS->UKR hypothetical']);
});
