// A government's calls on its own firms, media or people, its cooperation and intents with its own ministries and
// firms, and the thanks and invitations its own firms, churches and courts address to it are how a state runs itself,
// no event; lawmakers' backing of the government and the government's demands of parliament or its forces stay
// (src/coding/domestic-routine.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test("a government's calls on its own people and media are no event", () => {
  assert.deepEqual(
    readings('The Ukrainian President called on the Ukrainian media to report more on the front.', 'called'),
    [],
  );
  assert.deepEqual(readings('Zelensky urged Ukrainian businesses to pay their taxes on time.', 'urged'), []);
  assert.deepEqual(readings('The French government urged French citizens to leave Mali at once.', 'urged'), []);
});

test("a government working with its own ministries and firms, and a meeting of two of a state's institutions, are no event", () => {
  assert.deepEqual(readings('A Russian Supreme Court judge met with Russian lawmakers on Tuesday.', 'met'), []);
  assert.deepEqual(
    readings('Putin said the Kremlin was working closely with the Russian Defence Ministry.', 'working'),
    [],
  );
});

test('thanks and invitations a state firm or church addresses to its own government are no event', () => {
  const thanks = 'Russian Railways chief Oleg Belozerov thanked the Russian Government for the new loans.';
  assert.deepEqual(readings(thanks, 'thanked'), []);
  assert.deepEqual(readings('Russian companies invited the Russian Government to their annual forum.', 'invited'), []);
});

test("lawmakers backing the government, the government's demands of parliament and calls abroad stay", () => {
  assert.deepEqual(readings('Russian senators supported the Russian Government on the recognition.', 'supported'), [
    '051 RUSLEG->RUSGOV asserted',
  ]);
  assert.deepEqual(readings('President Biden urged the U.S. Congress to pass the aid package.', 'urged'), [
    '100 USAGOV->USALEG asserted',
  ]);
  assert.deepEqual(readings('Zelensky urged the Ukrainian army to hold Bakhmut.', 'urged'), [
    '100 UKRGOV->UKRMIL asserted',
  ]);
  assert.deepEqual(
    readings('The Ukrainian President called on the German media to report more on the front.', 'called'),
    ['100 UKRGOV->DEUMED asserted'],
  );
});
