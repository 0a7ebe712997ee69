// "As early as 2002", "as far back as 1994", "as long ago as 2008", "as late as 2021" put an act at that year like
// "in 2002" (year-dates.ts): a past act of an earlier year is history, no day, not the article's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctTriggerDates } from './fake-actors.ts';

/** "trigger date" per event (one per trigger), the article dated 2024-05-06. */
function dated(text: string): string[] {
  return distinctTriggerDates(text, '2024-05-06');
}

test('"as early as" a past year dates the act it opens', () => {
  assert.deepEqual(dated('As early as 2002, Russia attacked Ukraine.'), ['attacked null']);
  assert.deepEqual(dated('As far back as 2008, Russia attacked Ukraine.'), ['attacked null']);
  assert.deepEqual(dated('Russia attacked Ukraine as long ago as 2014.'), ['attacked null']);
  assert.deepEqual(dated('As late as 2021, Russia attacked Ukraine.'), ['attacked null']);
});

test("the article's year, or a present act, keeps the article's day", () => {
  assert.deepEqual(dated('As early as 2024, Russia attacked Ukraine.'), ['attacked 2024-05-06']);
  assert.deepEqual(dated('Russia was as early as 2002 a threat, and it attacks Ukraine.'), ['attacks 2024-05-06']);
});

test('a story opened by "as early as" goes on in the next past sentence', () => {
  assert.deepEqual(dated('As early as 2002, Russia said Ukraine was its own. Russia attacked Ukraine.'), [
    'attacked null',
  ]);
});
