// How a phrase is spelt does not change what it says: scare quotes around a modifier ('a "massive" offensive') and a
// hyphenated compound right before the head noun ("an unprovoked all-out war") are no extra words between a verb and
// the words of its pattern, nor is an abbreviation in parentheses ("a special military operation (SMO) against").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('scare quotes around a modifier do not part a verb from its object', () => {
  assert.deepEqual(readings('Russia launched a "massive" offensive on Ukraine.', 'launched'), [
    '190 RUS->UKR asserted',
  ]);
  assert.deepEqual(readings('Russia launched a “massive” offensive on Ukraine.', 'launched'), [
    '190 RUS->UKR asserted',
  ]);
  // A light verb reaches its event noun past them too.
  assert.deepEqual(readings('Russia carried out an “unprecedented” cyberattack on Ukraine.', 'cyberattack'), [
    '170 RUS->UKR asserted',
  ]);
});

test('a hyphenated compound right before the head noun is one modifier', () => {
  assert.deepEqual(readings('Russia started an unprovoked all-out war.', 'started'), ['190 RUS->- asserted']);
  // Elsewhere each part of a compound still counts: the object between "returning" and "to positions" is no
  // troops going back.
  assert.deepEqual(
    readings(
      'Russia demands returning military and military-technical configurations in Europe to 1997 positions.',
      'returning',
    ),
    [],
  );
});

test('an abbreviation in parentheses restating the words before it does not part them from the next', () => {
  assert.deepEqual(readings('Russia launched a special military operation (SMO) against Ukraine.', 'launched'), [
    '190 RUS->UKR asserted',
  ]);
  // An actor's abbreviation is the actor.
  assert.deepEqual(readings('Russia attacked the Security Service of Ukraine (SBU) in Kyiv.', 'attacked'), [
    '190 RUS->UKRSPY asserted',
  ]);
});
