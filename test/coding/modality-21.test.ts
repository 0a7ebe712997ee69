import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('an object-control infinitive reaches past a list of nouns or a participle modifying the object', () => {
  assert.deepEqual(
    readings('The President called on the remaining 20 EU countries to support the declarations.', 'support'),
    ['051 IGOEUREEC->- hypothetical'],
  );
  assert.deepEqual(
    readings('We issued a call on Germany, France and Italy to support the Red Cross in Belarus.', 'support'),
    ['051 DEU->NGOIRC hypothetical', '051 FRA->NGOIRC hypothetical', '051 ITA->NGOIRC hypothetical'],
  );
  assert.deepEqual(readings('Ukraine calls on Canada and other partners to supply weapons.', 'supply'), [
    '072 CAN->- hypothetical',
  ]);
  // "pressure on Moscow to": the one pressed does the act; "pressure from Moscow to" is pressed by Moscow.
  assert.deepEqual(readings('The EU will increase the pressure on Moscow to end the war.', 'end'), [
    '087 RUS->- hypothetical',
  ]);
  // A list of objects after a verb of no governing sense leaves a purpose as it was.
  assert.deepEqual(readings('Russia supplied weapons and ammunition to help the rebels in Donbas.', 'help'), [
    '070 RUS->---REB asserted',
  ]);
  // A comma with no "and" after it lists nothing: "failed on Saturday, an aide to the mayor said, blaming …".
  assert.deepEqual(
    readings(
      "An attempt to evacuate civilians failed on Saturday, Ukraine's foreign ministry said, blaming Russian forces.",
      'blaming',
    ),
    ['112 UKRGOV->RUSMIL asserted'],
  );
});

test('"as well as to" continues a series of infinitives, with its doer', () => {
  assert.deepEqual(
    readings('Ukraine asked Poland to accept the decision, as well as to support Ukrainian refugees.', 'support'),
    ['051 POL->UKRREF hypothetical'],
  );
});

test('the means of an act only possible or called for is not taken', () => {
  assert.deepEqual(
    readings(
      'The United States could tighten the economic screws on Russia by imposing secondary sanctions.',
      'imposing',
    ),
    ['163 USA->- hypothetical'],
  );
  assert.deepEqual(readings('NATO can still prevent deaths by providing weapons to Ukraine.', 'providing'), [
    '072 IGOWSTNAT->UKR hypothetical',
  ]);
  // A past act's means were used; a wish to begin by thanking thanks.
  assert.deepEqual(readings('The United States punished Russia by imposing sanctions on it.', 'imposing'), [
    '163 USA->- asserted',
  ]);
  assert.deepEqual(readings('Putin said he would like to begin by thanking the President of Brazil.', 'thanking'), [
    '051 RUSGOV->BRAGOV asserted',
  ]);
});

test('"should" before an actor and its bare verb inside a sentence sets a condition', () => {
  assert.deepEqual(
    readings('Biden must state his plan to arm Ukrainian fighters should Russia choose to invade.', 'invade'),
    ['190 RUS->- hypothetical'],
  );
  assert.deepEqual(readings('The West says Russia should withdraw its troops from Ukraine.', 'withdraw'), [
    '087 RUS->UKR hypothetical',
    '105 WST->RUS asserted',
  ]);
});

test('an act denied of an actor that "not" contrasts with another is negated', () => {
  assert.deepEqual(
    readings('NATO is refusing to allow Ukraine to join, not Ukraine is refusing to join.', 'refusing'),
    ['120 IGOWSTNAT->UKR asserted', '120 UKR->- negated'],
  );
  assert.deepEqual(readings('It is not Ukraine that is refusing to negotiate.', 'refusing'), ['125 UKR->- negated']);
  // "not only" adds an actor; a cleft without "not" asserts.
  assert.deepEqual(readings('It is not only Ukraine that is refusing to negotiate.', 'refusing'), [
    '125 UKR->- asserted',
  ]);
  assert.deepEqual(readings('It was Russia that attacked Ukraine.', 'attacked'), ['190 RUS->UKR asserted']);
});

test('an act whose need is stressed, "the need for" + -ing, is called for, not done', () => {
  assert.deepEqual(readings('Russia and China stressed the need for strengthening cooperation.', 'strengthening'), [
    '060 RUS->CHN hypothetical',
    '060 CHN->RUS hypothetical',
  ]);
  // A need for a thing names no act: the act after it is read on its own.
  assert.deepEqual(readings('Russia and China stressed the need for peace before signing the deal.', 'signing'), [
    '057 RUS->CHN asserted',
    '057 CHN->RUS asserted',
  ]);
});
