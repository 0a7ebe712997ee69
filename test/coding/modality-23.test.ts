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
