// Real-news events an analyst does not code at all (session 23), from a hand-judged reading of the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('an opinion a poll found is no act of the public polled', () => {
  assert.deepEqual(readings('Polls show voters want Germany to send more tanks.', 'want'), []);
  assert.deepEqual(readings('Surveys in Italy found that most voters blame Russia for the war.', 'blame'), []);
  const confirm = 'We have seen polls that confirm that the majority in every EU state supports Ukraine.';
  assert.deepEqual(readings(confirm, 'supports'), []);
  assert.deepEqual(readings('Judging by all opinion polls, most Finns supported joining NATO.', 'supported'), []);
  const after = "Ukraine's bid was most strongly supported in Italy, the polling found.";
  assert.deepEqual(readings(after, 'supported'), []);
  assert.deepEqual(readings('Most Poles want to stand with Kyiv against Moscow, poll suggests.', 'stand'), []);
  // A deed inside the finding, and a finding that ends before the act, stay.
  const strikes = 'The poll found that a third agreed with Russia launching missiles into Ukraine.';
  assert.deepEqual(readings(strikes, 'agreed'), []);
  assert.deepEqual(readings(strikes, 'launching'), ['194 RUS->UKR asserted']);
  const later = 'Polls show little change; on Monday Germany urged Russia to withdraw.';
  assert.deepEqual(readings(later, 'urged'), ['1056 DEU->RUS asserted']);
});

test('thanks for an award received are the courtesy of a ceremony', () => {
  assert.deepEqual(readings('Thank you once again for the high award.', 'Thank'), []);
  const noted = 'The Prime Minister thanked Poland for the award and noted that it belongs to every soldier.';
  assert.deepEqual(readings(noted, 'thanked'), []);
  assert.deepEqual(readings("I thank you, Mr President, for this order, Russia's highest award.", 'thank'), []);
  assert.deepEqual(readings('I thank the Polish Senate for awarding me this medal.', 'thank'), []);
  // Thanks for an act besides the award, or for an order that is a command, stay praise.
  const support = 'Zelensky thanked the Polish Senate for the award and for its support for Ukraine.';
  assert.deepEqual(readings(support, 'thank'), ['051 UKRGOV->POLLEG asserted']);
  const command = 'Zelensky thanked Poland for the order to open its border to our refugees.';
  assert.deepEqual(readings(command, 'thank'), ['051 UKRGOV->POL asserted']);
});

test('an act hoped for at the end of a long noun phrase, or believed of another, is not done', () => {
  const long =
    "He expressed hope for the continuation of joint work both at the bilateral level and in the framework of Ukraine's cooperation with NATO.";
  assert.deepEqual(readings(long, 'cooperation'), ['060 UKR->IGOWSTNAT hypothetical']);
  const role =
    'We look forward to the active role of the future Czech presidency of the EU Council in fighting Russia.';
  assert.deepEqual(readings(role, 'fighting'), ['190 -->RUS hypothetical']);
  const confidence = 'The President expressed confidence that Canada will continue to provide full support to Ukraine.';
  assert.deepEqual(readings(confidence, 'provide'), ['051 CAN->UKR hypothetical']);
  // A verb of its own after "and", and confidence in someone, end the hope or belief.
  const thanked = 'Zelensky expressed hope for peace in Europe and thanked Poland for its support.';
  assert.deepEqual(readings(thanked, 'thanked'), ['051 UKRGOV->POL asserted']);
  const trust = 'Zelensky expressed confidence in Canada and thanked Canada for its support.';
  assert.deepEqual(readings(trust, 'thanked'), ['051 UKRGOV->CAN asserted']);
});
