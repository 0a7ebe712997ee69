// Session 20, second wave: retreats from a named place, joint drills of states named together, and attacks "come under"
// with the attacker as an adjective.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings, readings } from './shipped-readings.ts';

test('withdrawing from a named place is a retreat from its state; from talks or a treaty name, none', () => {
  assert.deepEqual(readings('Russian forces withdrew from Kherson on Friday.', 'withdrew'), [
    '087 RUSMIL->UKR asserted',
  ]);
  assert.deepEqual(readings('Russian troops pulled out of Kherson last week.', 'pulled'), ['087 RUSMIL->UKR asserted']);
  assert.deepEqual(readings('Russian forces retreated from Kherson.', 'retreated'), ['0874 RUSMIL->UKR asserted']);
  assert.deepEqual(readings('Russia withdrew its troops from Kherson.', 'withdrew'), ['087 RUS->UKR asserted']);
  assert.deepEqual(readings('Russia withdrew from the INF.', 'withdrew'), []);
  assert.deepEqual(readings('Russia withdrew from the talks.', 'withdrew'), []);
  // A place of the retreating side's own state is yielded to no one named.
  assert.deepEqual(readings('Ukrainian troops withdrew from the city of Lysychansk.', 'withdrew'), [
    '087 UKRMIL->- asserted',
  ]);
  // A place further on only says where: "retreated … after shelling Kherson".
  assert.deepEqual(readings('Russian forces shelled Kherson after they retreated.', 'retreated'), [
    '0874 RUSMIL->- asserted',
  ]);
});

test('joint drills of two states named together are military cooperation between them', () => {
  assert.deepEqual(allReadings('The US and Poland held joint drills.').sort(), [
    '062 POL->USA asserted',
    '062 USA->POL asserted',
  ]);
  assert.deepEqual(allReadings('Russia and Belarus conducted joint military exercises.').sort(), [
    '062 BLR->RUS asserted',
    '062 RUS->BLR asserted',
  ]);
  // One side's joint drills name no partner; drills not called joint are each side's show of force.
  assert.deepEqual(allReadings('Russia held joint drills.'), ['150 RUS->- asserted']);
  assert.deepEqual(allReadings('Russia and Belarus held military exercises.').sort(), [
    '150 BLR->- asserted',
    '150 RUS->- asserted',
  ]);
});

test("coming under an attack named by its attacker, as an adjective, is that attacker's act on the subject", () => {
  const war = 'The war in Ukraine goes on. ';
  assert.deepEqual(readings(`${war}Kharkiv came under Russian shelling.`, 'came'), ['194 RUS->UKR asserted']);
  assert.deepEqual(readings(`${war}Odesa came under heavy Russian fire on Monday.`, 'came'), ['190 RUS->UKR asserted']);
  assert.deepEqual(readings('Kyiv came under Russian pressure.', 'came'), []);
});
