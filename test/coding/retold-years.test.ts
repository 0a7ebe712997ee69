// Years and days retold in news (year-dates.ts, date-reach.ts, bounded-dates.ts): a closed span of past years is a
// time like "in 2014"; a past verb listed after a dated one, or a past verb whose infinitive is dated to a past year,
// shares that time; a past act of an "after" clause standing in a later clause than the sentence's day is not that
// day's. Each is history, no day, not the article's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctTriggerDates } from './fake-actors.ts';

/** "trigger date" per event (one per trigger), the article dated 2024-05-06. */
function dated(text: string): string[] {
  return distinctTriggerDates(text, '2024-05-06');
}

test('a closed span of past years dates its act', () => {
  assert.deepEqual(dated('From 2014 to 2020, Russia attacked Ukraine.'), ['attacked null']);
  assert.deepEqual(dated('Russia attacked Ukraine between 1932-33.'), ['attacked null']);
  // One that reaches the article's year, and one to come, name no past.
  assert.deepEqual(dated('From 2014 to 2024, Russia attacked Ukraine.'), ['attacked 2024-05-06']);
  assert.deepEqual(dated('Russia attacked Ukraine since 2014.'), ['attacked 2024-05-06']);
});

test('a past verb listed after a dated one shares its time', () => {
  assert.deepEqual(dated('Russia attacked Ukraine in 2014, seized Crimea, and supported separatists.'), [
    'attacked null',
    'seized null',
    'supported null',
  ]);
  assert.deepEqual(
    dated('Ukraine kept its word, but Russia attacked Ukraine in 2014, annexed Crimea and threatens Kyiv.'),
    ['attacked null', 'annexed null', 'threatens 2024-05-06'],
  );
  // A relative clause's date is its own; a speech verb is the report's.
  assert.deepEqual(dated('Russia, which attacked Ukraine in 2014, annexed Crimea.'), [
    'attacked null',
    'annexed 2024-05-06',
  ]);
});

test("a past verb's infinitive dated to a past year dates it", () => {
  assert.deepEqual(dated('The United States agreed to support Ukraine in January 2023.'), ['agreed to null']);
  assert.deepEqual(dated('Russia and Belarus signed an agreement to place weapons in Belarus in May of 2023.'), [
    'signed an agreement null',
  ]);
  assert.deepEqual(dated('The United States agreed to support Ukraine in January 2025.'), ['agreed to 2024-05-06']);
  assert.deepEqual(dated('The United States agrees to support Ukraine in January 2023.'), ['agrees to 2024-05-06']);
});

test("a past act after a later clause's bound is not the sentence's day", () => {
  assert.deepEqual(
    dated(
      'Zelensky said on Wednesday that Borodianka is a town where bodies were found after it was occupied by Russian forces.',
    ).filter((d) => d.startsWith('occupied')),
    ['occupied null'],
  );
  assert.deepEqual(
    dated('Russia said on Monday that it will strike Ukraine after Ukraine attacks Russia.').filter((d) =>
      d.startsWith('attacks'),
    ),
    ['attacks 2024-05-06'],
  );
});
