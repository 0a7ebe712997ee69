// A government's appeals, meetings and praise addressed to its own state are how it runs itself, no event; domestic
// politics in dispute, concessions and conflict stay (src/coding/domestic-routine.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings, readings } from './shipped-readings.ts';

test("a government's meetings, requests and thanks within its own state are no event", () => {
  const met = 'Vladimir Putin met with Russian Economic Development Minister Maxim Reshetnikov.';
  assert.deepEqual(readings(met, 'met'), []);
  assert.deepEqual(readings('Vladimir Putin asked the Russian Government to double the payments.', 'asked'), []);
  assert.deepEqual(readings('Zelensky thanked the Ukrainian Foreign Ministry for its work.', 'thanked'), []);
});

test('the same acts towards another state, or towards the opposition at home, stay', () => {
  assert.deepEqual(readings('Vladimir Putin asked the Government of Kazakhstan to double the payments.', 'asked'), [
    '020 RUSGOV->KAZGOV asserted',
  ]);
  assert.deepEqual(readings('President Lukashenko met with the Belarusian opposition.', 'met'), [
    '040 BLRGOV->BLROPP asserted',
    '040 BLROPP->BLRGOV asserted',
  ]);
  // Conflict and statements of sympathy at home are coded whoever the target is.
  assert.ok(allReadings('The government arrested dozens of Belarusian opposition activists.').length > 0);
});

test('words, intents and demands whose source and target are the same actor are no dyad', () => {
  const must = 'Putin said that the Russian Government must take all the necessary decisions quickly.';
  assert.deepEqual(readings(must, 'take'), []);
  assert.deepEqual(
    readings('Governor Dmitry Makhonin invited the President of Russia to visit the city.', 'invited'),
    [],
  );
  // Another state's government keeps the demand.
  assert.deepEqual(
    readings('Putin said that the Ukrainian Government must take all the necessary decisions.', 'take'),
    ['100 RUSGOV->UKRGOV asserted'],
  );
});
