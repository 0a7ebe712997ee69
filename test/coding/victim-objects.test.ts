// Victims of force named as an object with a possessive ("our cities") or as the antecedent of a relative clause
// ("the town, which the invaders are destroying") are the civilians or the state of the doer's opponent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceReadings as readings } from './shipped-readings.ts';

const WAR = 'Russian troops invaded Ukraine in February. ';

test('an object after a possessive is of the state the doer fights', () => {
  assert.deepEqual(readings(`${WAR}The invaders shoot and wound our residents.`, 1), [
    '193 RUSMIL->UKRCVL asserted',
    '190 RUSMIL->UKRCVL asserted',
  ]);
  assert.deepEqual(readings(`${WAR}Then the occupiers burned their villages.`, 1), ['171 RUSMIL->UKR asserted']);
});

test('the antecedent of a relative clause whose verb has its own subject is its object', () => {
  assert.deepEqual(readings(`${WAR}We visited the town, which Russian troops are slowly destroying.`, 1), [
    '1712 RUSMIL->UKR asserted',
  ]);
  // The relative pronoun as the subject names no victim.
  assert.deepEqual(readings(`${WAR}It was the Russian army, which destroyed everything.`, 1), [
    '1712 RUSMIL->- asserted',
  ]);
});

test("freeing one's own people is no act on the foe's people", () => {
  assert.deepEqual(readings(`${WAR}Ukrainian troops liberate our villages every day.`, 1), ['190 UKRMIL->- asserted']);
});

test('a war named with no one it is waged on is waged on the state the doer fights', () => {
  assert.deepEqual(readings(`${WAR}In late February, Russia started a full-scale war.`, 1), ['190 RUS->UKR asserted']);
  // With no state the doer fights in the article, the war's target stays unnamed.
  assert.deepEqual(readings('A storm hit the coast. In late February, Russia started a full-scale war.', 1), [
    '190 RUS->- asserted',
  ]);
});

test('a war on a side the text names but the coder does not resolve is no war on the foe', () => {
  assert.deepEqual(readings(`${WAR}What if Russia starts a war against smaller states?`, 1), [
    '190 RUS->- hypothetical',
  ]);
  assert.deepEqual(readings(`${WAR}Russia started a war against us.`, 1), ['190 RUS->UKR asserted']);
});
