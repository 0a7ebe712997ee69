// Blame without an accusing verb for a hostile act: "X was behind the attacks", "X was responsible for the attack"
// (src/coding/blame.ts). A bare "responsible for" a duty, a question or a denial blames no one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

test('a doer said to be behind a hostile act is accused of it', () => {
  assert.deepEqual(allReadings('Georgia said Russia was behind the bombings.', 'rules:blame'), [
    '112 GEO->RUS asserted',
  ]);
  assert.deepEqual(allReadings('Estonia says Moscow is clearly behind the cyberattacks on its banks.', 'rules:blame'), [
    '112 EST->RUS asserted',
  ]);
});

test('being responsible for a hostile act blames without an intensifier', () => {
  assert.deepEqual(allReadings('Armenia said that Azerbaijan was responsible for the shelling.', 'rules:blame'), [
    '112 ARM->AZE asserted',
  ]);
  assert.deepEqual(allReadings('Serbia said Croatia was responsible for derailing the talks.', 'rules:blame'), [
    '112 SRB->HRV asserted',
  ]);
});

test('a duty, a lag, a question or a denial is no blame', () => {
  assert.deepEqual(allReadings('Poland said its ministry is responsible for the border.', 'rules:blame'), []);
  assert.deepEqual(allReadings('Latvia is behind Estonia in economic growth.', 'rules:blame'), []);
  assert.deepEqual(allReadings('Reporters asked whether Russia is behind the attacks.', 'rules:blame'), []);
  assert.deepEqual(allReadings('Russia is not behind the attacks, Moscow said.', 'rules:blame'), []);
});
