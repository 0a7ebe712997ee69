// Real-news events an analyst does not code at all (session 20, noncode21), from a hand-judged reading of the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a noun event with no doer in a sentence with no verb is a heading or a list item', () => {
  assert.deepEqual(readings('Boycott of Russian exports.', 'Boycott'), []);
  assert.deepEqual(readings('Support for Ukraine.', 'Support'), []);
  assert.deepEqual(readings('Negotiations for the sake of Ukraine.', 'Negotiations'), []);
  // A relative clause's verb leaves the main clause verbless.
  assert.deepEqual(readings('Sanctions pressure on Russia, which is necessary for peace.', 'Sanctions'), []);
  // Thanks said with no verb, and a diary of consultations with a named counterpart, stay.
  assert.deepEqual(readings('Grateful to Ireland!', 'Grateful'), ['051 -->IRL asserted']);
  assert.deepEqual(readings('A conversation with the President of Pakistan.', 'conversation'), [
    '040 -->PAKGOV asserted',
  ]);
  // A doer named keeps the noun's event.
  assert.deepEqual(readings('German support for Ukraine.', 'support'), ['051 DEU->UKR asserted']);
});

test('an -ing form between a possessive or a nationality and a body of people describes the body', () => {
  const team = 'And every day either I, or head of our negotiating team David Arakhamia – in touch with our defenders.';
  assert.deepEqual(readings(team, 'negotiating'), []);
  const authorities =
    'We are deeply concerned about the increase in repressive measures by Russian occupying authorities.';
  assert.deepEqual(readings(authorities, 'occupying'), []);
  assert.deepEqual(readings('He is part of a volunteer Belarusian fighting force.', 'fighting'), []);
  // A verb with a subject and an object stays.
  assert.deepEqual(readings('Ukraine is attacking Russian troops.', 'attacking'), ['190 UKR->RUSMIL asserted']);
  assert.deepEqual(readings('Iran supporting militias in Iraq is a problem.', 'supporting'), [
    '051 IRN->IRQREB asserted',
  ]);
});
