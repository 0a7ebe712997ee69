// Readout wording of support assured and of speaking at a club's summit (session 17, recall on the corpus), and texts
// opening with a plural noun (a crash found on one-sentence texts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings, readings } from './shipped-readings.ts';

test('support assured with no one named after "assured" is pledged to the side after the noun', () => {
  assert.deepEqual(readings('Edi Rama also assured of support for Ukraine and its aspirations.', 'assured'), [
    '033 ALBGOV->UKR asserted',
  ]);
  assert.deepEqual(readings('Rishi Sunak assured of continued military support for Ukraine.', 'assured'), [
    '0332 GBRGOV->UKR asserted',
  ]);
  // Someone named after "assured" stays the target ("assure T of"); assuring that something is true pledges nothing.
  assert.deepEqual(
    readings('Ben Wallace assured Volodymyr Zelenskyy of continuing defense support for Ukraine.', 'assured'),
    ['0332 GBRMIL->UKRGOV asserted'],
  );
  assert.deepEqual(readings('Andriy Yermak assured that Ukraine has enough gas.', 'assured'), []);
});

test("speaking at or addressing a club's summit or session takes part in it", () => {
  assert.deepEqual(readings('Volodymyr Zelenskyy spoke at the summits of NATO and the G7.', 'spoke'), [
    '042 UKRGOV->IGOWSTNAT asserted',
    '042 UKRGOV->IGOG7 asserted',
  ]);
  assert.deepEqual(
    readings('Vladimir Makei addressed the 77th session of the UN General Assembly in New York.', 'addressed'),
    ['042 BLRGOV->IGOUNO asserted'],
  );
  // Speaking in a place at a meeting is no meeting with the place's state.
  assert.deepEqual(
    readings('Speaking in Tokyo at a meeting of lawmakers, Liz Truss criticised China.', 'Speaking'),
    [],
  );
});

test('a text opening with a plural noun subject is coded without error', () => {
  assert.deepEqual(allReadings('Crimes against humanity.'), []);
  assert.doesNotThrow(() => allReadings('Massacres.'));
});

test("a readout's impersonal passive of saying reports the side that opens the readout", () => {
  const opening =
    "Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan at the latter's initiative.";
  assert.deepEqual(
    readings(
      `${opening} It was stressed that Kiev must abandon all attempts to pressure Donbass through force.`,
      'abandon',
    ),
    ['100 RUSGOV->UKR asserted'],
  );
  // Outside a readout no one is known to have said it, and the clause's subject is never its own reporter.
  assert.deepEqual(readings('It was stressed that Kiev must abandon all attempts to pressure Donbass.', 'abandon'), []);
});
