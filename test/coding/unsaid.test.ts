import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('the content of a negated saying is neither told nor denied', () => {
  assert.deepEqual(readings('Lavrov did not say that Russia attacked Ukraine.', 'attacked'), [
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(readings('The ministry never claimed that Ukraine shelled the plant.', 'shelled'), [
    '194 UKR->- hypothetical',
  ]);
  assert.deepEqual(readings('Lukashenko has never said that Belarus wanted to fight Ukraine.', 'fight'), [
    '190 BLR->UKR hypothetical',
  ]);
});

test('a negation inside the content, or one that does not negate the saying, leaves it as it was', () => {
  assert.deepEqual(readings('Lavrov said that Russia did not attack Ukraine.', 'attack'), ['190 RUS->UKR negated']);
  assert.deepEqual(readings('Lavrov not only said that Russia attacked Ukraine, he boasted of it.', 'attacked'), [
    '190 RUS->UKR asserted',
  ]);
  assert.deepEqual(readings('I cannot but note that Russia attacked Ukraine.', 'attacked'), ['190 RUS->UKR asserted']);
  // Not believing an act denies it, as the negation reads it.
  assert.deepEqual(readings('Washington does not believe Beijing has provided any drones to Moscow.', 'provided'), [
    '072 CHN->RUS negated',
  ]);
  // A clause of its own after the content, or a relative one inside it, is the speaker's.
  assert.deepEqual(
    readings(
      'The agreements do not state that Russia is a party to the conflict, Moscow never agreed to this.',
      'agreed',
    ),
    ['030 RUS->- negated'],
  );
  assert.deepEqual(readings('Lavrov did not say that Macron, who met Scholz in Berlin, was wrong.', 'met'), [
    '040 FRAGOV->DEUGOV asserted',
  ]);
  assert.deepEqual(
    readings('He said he did not think China was neutral as it had supported Russia at the UN.', 'supported'),
    ['051 CHN->RUS asserted'],
  );
});
