import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDates } from './shipped-readings.ts';

test('a weekday after an act still to come keeps the article date, not the past week', () => {
  // Articles dated Friday 1 April 2022.
  const dated = (text: string): (string | null)[] => eventDates(text, '2022-04-01');
  assert.deepEqual(dated('Blinken will travel to Kyiv on Sunday.'), ['2022-04-01']);
  assert.deepEqual(dated('Lavrov and Blinken are to hold talks in Geneva on Monday.'), ['2022-04-01', '2022-04-01']);
  // A past act, and a weekday before the act (the day it was said), keep the last such day.
  assert.deepEqual(dated('Blinken travelled to Kyiv on Sunday.'), ['2022-03-27']);
  assert.deepEqual(dated('On Sunday, Scholz said he will hold talks with Putin.'), ['2022-03-27']);
});
