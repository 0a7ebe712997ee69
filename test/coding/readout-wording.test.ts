// Readout wording found uncoded in the corpus's Kremlin and Ukrainian-presidency readouts (session 14): a discussion
// had, steps coordinated, a meeting agreed on (also "It has been agreed"), an agreement whose implementation is
// stressed, a club's summit taken part in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

const CALL = 'Vladimir Putin had a telephone conversation with President of Azerbaijan Ilham Aliyev. ';

test('an assessment given in talks stays a statement (CAMEO 01, as the review set leaves it)', () => {
  assert.deepEqual(readings(`${CALL}Vladimir Putin shared his assessment of the latest developments.`, 'shared'), []);
});

test('"had a discussion": "have" tagged an auxiliary is the main verb when a determiner opens its object', () => {
  assert.deepEqual(readings(`${CALL}The presidents had an in-depth discussion on current issues.`, 'had'), [
    '040 RUSGOV->AZEGOV asserted',
    '040 AZEGOV->RUSGOV asserted',
  ]);
  // An auxiliary before a participle is no discussion had: "have discussed" is the verb's own event.
  assert.deepEqual(readings(`${CALL}The presidents have discussed current issues.`, 'have'), []);
});

test('steps coordinated between the sides are coordinated positions (050), both ways', () => {
  assert.deepEqual(readings(`${CALL}The presidents coordinated further steps.`, 'coordinated'), [
    '050 RUSGOV->AZEGOV asserted',
    '050 AZEGOV->RUSGOV asserted',
  ]);
  // A manner, not an act: "coordinated action was needed".
  assert.deepEqual(readings('Germany said coordinated action was needed.', 'coordinated'), []);
});

test('a meeting agreed on is an intent to meet (036); implementing agreements stressed is an intent (030)', () => {
  assert.deepEqual(readings(`${CALL}It has been agreed to hold a meeting soon.`, 'agreed'), [
    '036 RUSGOV->AZEGOV asserted',
    '036 AZEGOV->RUSGOV asserted',
  ]);
  // The perfect's "been" between "it has" and the participle is still the impersonal passive.
  assert.deepEqual(readings(`${CALL}It has been agreed to continue contacts at various levels.`, 'agreed'), [
    '036 RUSGOV->AZEGOV asserted',
    '036 AZEGOV->RUSGOV asserted',
  ]);
  // A referential "it" (the schedule) is no expletive: no clause follows the participle.
  assert.deepEqual(readings(`${CALL}We shifted the schedule, but it has been updated.`, 'updated'), []);
  assert.deepEqual(readings(`${CALL}They stressed the need to fully implement the agreements.`, 'stressed'), [
    '030 RUSGOV->AZEGOV asserted',
    '030 AZEGOV->RUSGOV asserted',
  ]);
});

test("taking part in a club's summit is meeting the club", () => {
  assert.deepEqual(readings('Vladimir Putin took part in the 14th BRICS Summit.', 'took'), [
    '042 RUSGOV->IGOBRI asserted',
  ]);
});
