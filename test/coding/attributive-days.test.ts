// A weekday before a noun ("Monday's meeting", "the Monday meeting") dates that noun's event and the acts done at it,
// not the other acts of the sentence; a day a period starts on ("starting Thursday") dates no act.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctTriggerDates } from './fake-actors.ts';

/** "trigger date" per event (one per trigger), the article dated Saturday 2022-04-09. */
function dated(text: string): string[] {
  return distinctTriggerDates(text, '2022-04-09');
}

test("a weekday describing another noun leaves the act the article's day", () => {
  assert.deepEqual(
    dated("Russia threatened Ukraine, noting that Monday's meeting of the Security Council was a critical step."),
    ['threatened 2022-04-09'],
  );
});

test('the noun the weekday describes, and an act done at it, keep the day', () => {
  assert.deepEqual(dated("Monday's meeting between Russia and Ukraine was useful."), ['meeting between 2022-04-04']);
  assert.deepEqual(dated("Russia criticised Ukraine during Monday's meeting."), ['criticised 2022-04-04']);
  assert.deepEqual(dated('Russia criticised Ukraine at the Monday meeting of the Security Council.'), [
    'criticised 2022-04-04',
  ]);
});

test('a day a period starts on dates no act', () => {
  assert.deepEqual(dated('Russia is calling for a halt in fighting in Ukraine, starting Thursday.'), [
    'calling for 2022-04-09',
  ]);
  assert.deepEqual(dated('Russia is calling for talks with Ukraine beginning on Monday.'), [
    'calling for talks 2022-04-09',
  ]);
});
