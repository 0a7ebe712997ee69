// Thanks promised for the future or on a condition are a request (src/coding/future-thanks.ts); a thing made
// "together with" a partner is cooperation of each side with the other (src/coding/joint-making.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('gratitude in the future or the conditional is a request of the one to be thanked', () => {
  assert.deepEqual(
    readings('Zelenskyy said Ukraine will be grateful to Germany for more air defence systems.', 'grateful'),
    ['020 UKR->DEU asserted'],
  );
  assert.deepEqual(
    readings('Ukraine would be very grateful if Germany provided more air defence systems.', 'grateful'),
    ['020 UKR->DEU asserted'],
  );
  assert.deepEqual(readings('If you have the opportunity, Ukraine will be grateful to Australia.', 'grateful'), [
    '020 UKR->AUS asserted',
  ]);
  // No help is given yet, so the thanks report no aid.
  assert.deepEqual(readings('Ukraine will be grateful to Poland for its help.', 'help'), []);
});

test('lasting and present gratitude stay thanks', () => {
  assert.deepEqual(
    readings('Ukraine will always be grateful to Estonia for the principled support of our state.', 'grateful'),
    ['051 UKR->EST asserted'],
  );
  assert.deepEqual(readings('Ukraine is grateful to Germany for its help.', 'grateful'), ['051 UKR->DEU asserted']);
});

test('a thing made together with a partner of another side is cooperation both ways', () => {
  assert.deepEqual(readings('Ukraine, together with Canada, had launched a space project.', 'launched'), [
    '060 UKR->CAN asserted',
    '060 CAN->UKR asserted',
  ]);
  assert.deepEqual(
    readings(
      'The Office of the President of Ukraine together with UNICEF and the Ministry of Social Policy have created a bot for children.',
      'created',
    ),
    ['060 UKRGOV->IGOUNOCEF asserted', '060 IGOUNOCEF->UKRGOV asserted'],
  );
  assert.deepEqual(readings('Ukraine launched a space project together with Canada.', 'launched'), [
    '060 UKR->CAN asserted',
    '060 CAN->UKR asserted',
  ]);
});

test('no joint making without a partner link, between one state’s own bodies, or not yet done', () => {
  assert.deepEqual(readings('Ukraine and Canada launched a space project.', 'launched'), []);
  assert.deepEqual(readings('The Russian government together with the regions created a fund.', 'created'), []);
  assert.deepEqual(readings('Ukraine will create a fund together with Poland.', 'create'), []);
  // The verb of a relative clause is its antecedent's alone.
  assert.deepEqual(
    readings(
      'The Office of the President of Ukraine together with UNICEF, which has created a bot, said so.',
      'created',
    ),
    [],
  );
});
