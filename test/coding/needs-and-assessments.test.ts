// Requests said as needs or as expectations that another side refrain, and blame given as an assessment of an
// actor's acts or by drawing attention to them (src/coding/needs.ts, dictionaries/verbs/11-disapprove.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings, readings } from './shipped-readings.ts';

test('a side that says it needs aid asks it of the side named after "from", its vocative or the readout partner', () => {
  assert.deepEqual(readings('Zelensky said that Ukraine needs more support from the EU.', 'needs'), [
    '103 UKR->IGOEUREEC asserted',
  ]);
  const readout =
    'President of Ukraine Volodymyr Zelenskyy held a meeting with Prime Minister of Denmark Mette Frederiksen. ' +
    'The President stressed that Ukraine now needs maximum defense assistance.';
  assert.deepEqual(readings(readout, 'needs'), ['1032 UKR->DNKGOV asserted']);
});

test('a need with no side asked, ascribed by another side, negated or "need to" asks no one', () => {
  assert.deepEqual(allReadings('Ukraine needs weapons.', 'rules:need'), []);
  assert.deepEqual(allReadings('Biden said Ukraine needs more weapons from the EU.', 'rules:need'), []);
  assert.deepEqual(allReadings('Zelensky said that Ukraine does not need support from the EU.', 'rules:need'), []);
  assert.deepEqual(allReadings('Zelensky said that Ukraine needs to get support from the EU.', 'rules:need'), []);
});

test('expecting a side not to act asks it to refrain; a hostile act expected not to come is a forecast', () => {
  assert.deepEqual(
    readings("The Ukrainian Foreign Ministry expects China not to politicize Russia's aggression.", 'expects'),
    ['020 UKRGOV->CHN asserted'],
  );
  assert.deepEqual(readings('Ukraine expects Russia not to attack.', 'expects'), []);
});

test("an assessment of an actor's hostile acts and attention drawn to them criticise it; of a situation, no one", () => {
  assert.deepEqual(
    readings("The President of Russia gave a principled assessment of Kiev's destructive actions.", 'gave'),
    ['111 RUSGOV->UKR asserted'],
  );
  assert.deepEqual(allReadings('Putin presented his principled assessments of the current situation in Ukraine.'), []);
  assert.deepEqual(
    readings("Zelensky drew attention to the Russian military activity near Ukraine's borders.", 'drew'),
    ['111 UKRGOV->RUS asserted'],
  );
  assert.deepEqual(allReadings('Zelensky drew attention to the threats to Ukraine.'), []);
});

test('a readout\'s plural parties each take a stance towards a third side; a later "they" inside a clause does not', () => {
  const readout =
    'Vladimir Putin had a telephone conversation with President of Belarus Alexander Lukashenko. ' +
    "They expressed grave concern over the Polish border guards' unacceptable brutal actions. " +
    'The presidents strongly condemn the provocations of Poland.';
  assert.deepEqual(readings(readout, 'expressed'), ['111 RUSGOV->POLCOP asserted', '111 BLRGOV->POLCOP asserted']);
  assert.deepEqual(readings(readout, 'condemn'), ['111 RUSGOV->POL asserted', '111 BLRGOV->POL asserted']);
  const inner =
    'Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. ' +
    'Moreover, they had closed their eyes to years of shelling, which forced thousands of people to protest against Poland.';
  assert.deepEqual(readings(inner, 'protest'), ['140 -->POL asserted']);
});
