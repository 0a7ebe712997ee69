// A day told in a clause set against the act's, after ", but" or ";", dates that clause (contrasted-days.ts): an act
// before it told in the present or the future keeps the article's day; one told in the past keeps the sentence's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctTriggerDates } from './fake-actors.ts';

/** "trigger date" per event (one per trigger), the article dated Wednesday 2022-02-16. */
function dated(text: string): string[] {
  return distinctTriggerDates(text, '2022-02-16');
}

test('a day in a clause after ", but" or ";" is not the day of a present or future act before it', () => {
  assert.deepEqual(
    dated('Russia denies it plans to invade Ukraine, but there were reports on Sunday of troops moved to the border.'),
    ['denies 2022-02-16', 'invade 2022-02-16'],
  );
  assert.deepEqual(dated('Kuleba will support Poland; the aid was agreed on Monday.'), ['support 2022-02-16']);
  assert.deepEqual(dated('Kuleba criticizes Russia, while Lavrov met Blinken on Monday.'), [
    'criticizes 2022-02-16',
    'met 2022-02-14',
  ]);
});

test('a past act before the contrast, or a day before it, keeps the sentence’s day', () => {
  assert.deepEqual(dated('Russia shelled Kyiv, but Ukraine repelled the attack on Monday.'), ['shelled 2022-02-14']);
  assert.deepEqual(dated('Kuleba met Blinken on Monday, but Lavrov refused to meet them.'), [
    'met 2022-02-14',
    'refused to meet 2022-02-14',
  ]);
});
