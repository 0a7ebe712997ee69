// In a readout of two sides' talks, an appeal, offer or demand made to one side in the passive with no agent is the
// other side's (src/coding/readout-passives.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

const CALL = 'Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. ';
const MEETING = 'Volodymyr Zelenskyy met with Prime Minister of the Czech Republic Petr Fiala. ';

test('a readout party asked or invited with no agent was asked or invited by the other party', () => {
  assert.deepEqual(
    readings(`${CALL}The French President was asked to urge the Kiev authorities to observe the law.`, 'asked'),
    ['020 RUSGOV->FRAGOV asserted'],
  );
  assert.deepEqual(
    readings(`${MEETING}The Czech Prime Minister was invited to take part in rebuilding a region.`, 'invited'),
    ['020 UKRGOV->CZEGOV asserted'],
  );
});

test('an agent after the verb, a side that is no party, or a quote keep the doer unnamed', () => {
  // (Its doer is left unnamed, and such speech or cooperation is dropped (src/coding/doerless-speech.ts): [] shows no doer was misread.)
  assert.deepEqual(readings(`${MEETING}Russia was urged to pull back its troops.`, 'urged'), []);
  assert.deepEqual(
    readings(
      `${MEETING}"The Czech Prime Minister was invited to take part in rebuilding a region," an aide said.`,
      'invited',
    ),
    [],
  );
});
