import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('leave refused: what the one refused would do is hypothetical, not denied', () => {
  assert.deepEqual(readings('NATO cannot allow Russia to attack Poland.', 'attack'), ['190 RUS->POL hypothetical']);
  assert.deepEqual(readings('We will not let Russia destroy Ukraine.', 'destroy'), ['1712 RUS->UKR hypothetical']);
  // Other negations stay.
  assert.deepEqual(readings('Russia did not attack Poland.', 'attack'), ['190 RUS->POL negated']);
});

test('the object of "let" does its bare verb; one naming no actor leaves it without a doer', () => {
  assert.deepEqual(
    readings('"We will never let anyone shoot a Russian soldier in the back," Lukashenko said.', 'shoot'),
    ['193 -->RUSMIL hypothetical'],
  );
  // "let me" and "let us" leave the act to the speaker.
  assert.deepEqual(readings('"Let me thank President Macron for his support," Zelensky said.', 'thank'), [
    '051 UKRGOV->FRAGOV asserted',
  ]);
});

test('"need not": no obligation, and no act denied', () => {
  assert.deepEqual(readings('Kyiv need not make any concessions to Moscow.', 'make'), ['080 UKR->RUS hypothetical']);
});

test('an attempt named by a noun is read as "tried to": a hostile act is the act, an agreement is not reached', () => {
  assert.deepEqual(
    readings('In December, Russia made yet another attempt to reach agreement with the United States.', 'reach'),
    ['057 RUS->USA hypothetical'],
  );
  assert.deepEqual(readings('Russia made no attempt to reach an agreement with Ukraine.', 'reach'), [
    '057 RUS->UKR negated',
  ]);
  assert.deepEqual(readings('Russia made an attempt to seize Kyiv.', 'seize'), ['171 RUS->UKR asserted']);
  assert.deepEqual(readings('Russia will make an attempt to seize Kyiv.', 'seize'), ['171 RUS->UKR hypothetical']);
});
