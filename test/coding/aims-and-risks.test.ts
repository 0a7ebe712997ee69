// Aims counted as deeds and risks counted as threats (session 31): the act a pressing is for (pressed-into.ts), the aim
// of "in an attempt to" and of an attempted act's object (attempted-purposes.ts), a thing that "threatens"
// (thing-threats.ts) and the verb "talks" in a headline (verbal-talks.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedReadings } from './fake-actors.ts';

test('the act a wished or attempted pressing is for is not done; a past pressing reports it', () => {
  // (Only the readings: whose act the -ing form is, the object's, is a matter of roles.)
  const readings = (text: string): string[] => sortedReadings(text).map((r) => r.split(' ').pop()!);
  assert.deepEqual(readings('Poland wants to pressure Russia into negotiating with Ukraine.'), [
    'hypothetical',
    'hypothetical',
  ]);
  assert.deepEqual(readings('Poland tried to pressure Russia into attacking Ukraine.'), ['hypothetical']);
  assert.deepEqual(readings('Poland pressured Russia into attacking Ukraine.'), ['asserted']);
});

test('the aim of "in an attempt to" is not done, hostile or not', () => {
  // Pressing an offensive is itself an attack made (19-fight.txt, session 33); the seizure it aims at is not done.
  assert.deepEqual(sortedReadings('Russian troops pressed their offensive in an attempt to seize Ukraine.'), [
    '171 RUSMIL->UKR hypothetical',
    '190 RUSMIL->- asserted',
  ]);
  assert.deepEqual(sortedReadings('Russian troops made an attempt to seize Ukraine.'), ['171 RUSMIL->UKR asserted']);
});

test('the purpose of an attempted act across its object is an aim', () => {
  assert.deepEqual(sortedReadings('Russia attempted to use mercenaries recruited in Syria to fight in Ukraine.'), [
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(sortedReadings('Russia tried to gather forces to attack Ukraine.'), ['190 RUS->UKR hypothetical']);
  assert.deepEqual(sortedReadings('Russia tried to attack Ukraine.'), ['190 RUS->UKR asserted']);
});

test('a thing that threatens makes no threat; a side that threatens does', () => {
  assert.deepEqual(sortedReadings('There are fears the summit threatens to become a Western affair.'), []);
  assert.deepEqual(sortedReadings('Russia has passed laws threatening jail sentences for spreading fakes.'), []);
  assert.deepEqual(
    sortedReadings('NATO deploys weapons that threaten Russia.').filter((r) => r.startsWith('13')),
    [],
  );
  assert.deepEqual(sortedReadings('The war in Ukraine threatened to do damage to the West.'), []);
  assert.deepEqual(sortedReadings('Russia threatened Ukraine.'), ['130 RUS->UKR asserted']);
});

test('"X TALKS Y\'S …" in a headline is the verb, no talks', () => {
  assert.deepEqual(
    sortedReadings("WATCH: NATO TALKS RUSSIA'S PLANS FOR UKRAINE").filter((r) => r.startsWith('04')),
    [],
  );
  assert.deepEqual(
    sortedReadings('NATO talks with Russia resumed.').filter((r) => r.startsWith('04')).length > 0,
    true,
  );
});
