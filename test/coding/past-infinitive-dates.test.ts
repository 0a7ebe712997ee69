// A past infinitive ("is said to have attacked") tells a past act: a month or "earlier this month" after it dates it
// as it dates a finite past, and is no intended time ("agreed to meet in March").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctTriggerDates } from './fake-actors.ts';

/** "trigger date" per event (one per trigger), the article dated 2022-04-09. */
function dated(text: string): string[] {
  return distinctTriggerDates(text, '2022-04-09');
}

test('a month after a past infinitive dates its act as history', () => {
  assert.deepEqual(dated('Russia is said to have attacked Ukraine in March.'), ['attacked null']);
  assert.deepEqual(dated('Russia appears to have already attacked Ukraine in early March.'), ['attacked null']);
  assert.deepEqual(dated('Russia is reported to have met Belarus earlier this month.'), ['met null']);
});

test('a month after an infinitive of what is intended is still no time of the act', () => {
  assert.deepEqual(dated('Russia agreed to meet Ukraine in March.'), ['agreed to meet 2022-04-09']);
});
