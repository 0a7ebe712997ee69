// Forces moved for a conquest (sent-forces.ts): the moving is done, the taking of ground it is for is only its aim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedReadings } from './fake-actors.ts';

test('a conquest that forces are moved for is not reported done', () => {
  assert.deepEqual(sortedReadings('Russia sent troops to Belarus to attack Ukraine.'), [
    '150 RUS->BLR asserted',
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(sortedReadings('Russia massed troops on the border to invade Ukraine.'), [
    '150 RUS->- asserted',
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(sortedReadings('Russia sent troops to seize the airport in Ukraine.'), [
    '192 RUS->UKR hypothetical',
  ]);
});

test('other purposes of moved forces, and conquests after other acts, keep their reading', () => {
  // Help sent with the troops is given by the sending, as both gold sets code a purpose after a past act.
  assert.deepEqual(sortedReadings('The US sent troops to Poland to help Ukraine.'), [
    '070 USA->UKR asserted',
    '150 USA->POL asserted',
  ]);
  assert.deepEqual(sortedReadings('Russia attacked Kyiv to seize the airport.'), [
    '190 RUS->UKRGOV asserted',
    '192 RUS->- asserted',
  ]);
});
