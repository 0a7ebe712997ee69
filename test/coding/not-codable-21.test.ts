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
  // (Its doer is left unnamed, and such speech or cooperation is dropped (src/coding/doerless-speech.ts): [] shows no doer was misread.)
  assert.deepEqual(readings('Grateful to Ireland!', 'Grateful'), []);
  assert.deepEqual(readings("Putin's conversation with the President of Pakistan.", 'conversation'), [
    '040 RUSGOV->PAKGOV asserted',
    '040 PAKGOV->RUSGOV asserted',
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

test('consequences or a response foretold as effects, a reply or a policy are no threat', () => {
  const market =
    '"If this continues, it will certainly have serious consequences for this segment of the global market," Putin said.';
  assert.deepEqual(readings(market, 'consequences'), []);
  const wide = '"Doing so would have disastrous consequences not only for Europe but also globally," Putin said.';
  assert.deepEqual(readings(wide, 'consequences'), []);
  const famine = '"There will be grave consequences that will affect the neighbouring states as well," Putin said.';
  assert.deepEqual(readings(famine, 'consequences'), []);
  const costs = '"If we saw an invasion, there would be severe costs in terms of a long-running conflict," Biden said.';
  assert.deepEqual(readings(costs, 'costs'), []);
  const reply = '"At the end of the week there will be a response from the European Council," Zelenskyy said.';
  assert.deepEqual(readings(reply, 'response'), []);
  const policy = '"Support for the labour market will remain the basis for our economic response," Putin said.';
  assert.deepEqual(readings(policy, 'response'), []);
  // Consequences for an actor, for those who act, or for no one named stay threats.
  const threat = '"Any attack will have severe consequences for those who attack us," Biden said.';
  assert.deepEqual(readings(threat, 'consequences'), ['130 USAGOV->- asserted']);
  const bare = '"Any aggression will have severe consequences," Biden said.';
  assert.deepEqual(readings(bare, 'consequences'), ['130 USAGOV->- asserted']);
});

test('"talk" in the singular with no partner is talk about a matter, no talks', () => {
  const war = 'As war talk over Ukraine reached fever pitch, Putin remained above the fray.';
  assert.deepEqual(readings(war, 'talk'), []);
  assert.deepEqual(
    readings('And all the talk about a land corridor to Crimea underscores its importance.', 'talk'),
    [],
  );
  // A talk with a partner, and talks, stay.
  assert.deepEqual(readings('Zelenskyy had a long talk with Macron.', 'talk'), [
    '040 UKRGOV->FRAGOV asserted',
    '040 FRAGOV->UKRGOV asserted',
  ]);
  assert.deepEqual(readings('Russia and Ukraine held talks in Istanbul.', 'held talks'), [
    '040 RUS->UKR asserted',
    '040 UKR->RUS asserted',
  ]);
});
