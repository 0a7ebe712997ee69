// Works a state's land holds (bridges, substations, ports) attacked with no state named are the state the doer fights;
// destroyed or blown up they may be a side's own demolition, and stay without a target.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceReadings as readings } from './shipped-readings.ts';

const WAR = 'Russian troops invaded Ukraine in February. ';

test('works attacked are of the state the doer fights', () => {
  assert.deepEqual(readings(`${WAR}Russian troops shelled a substation and two bridges.`, 1), [
    '194 RUSMIL->UKR asserted',
  ]);
  assert.deepEqual(readings(`${WAR}Then the Russian army fired at residential neighbourhoods.`, 1), [
    '193 RUSMIL->UKR asserted',
  ]);
});

test('a noun before a place noun modifies it', () => {
  assert.deepEqual(readings(`${WAR}Russian troops have destroyed 570 healthcare facilities.`, 1), [
    '1712 RUSMIL->UKR asserted',
  ]);
});

test('works destroyed or blown up may be a side’s own: no target', () => {
  assert.deepEqual(readings(`${WAR}Ukrainian troops destroyed two bridges near the border.`, 1), [
    '1712 UKRMIL->- asserted',
  ]);
});
