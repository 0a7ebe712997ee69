// Real-news events an analyst does not code at all (session 18): congratulations on a personal, sporting or
// institutional occasion to no political actor, and acts of whoever does them ("everyone who defends Ukraine").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('congratulations to no known actor on a ceremonial occasion are no event', () => {
  const win =
    "Vladimir Putin congratulated Dina Averina on winning the women's hoop event at the 2021 Rhythmic Gymnastics " +
    'World Championships.';
  assert.deepEqual(readings(win, 'congratulated'), []);
  assert.deepEqual(
    readings('The President sent a message of greetings to Mintimer Shaimiyev on his 85th birthday.', 'sent'),
    [],
  );
  assert.deepEqual(readings('I sincerely congratulate you.', 'congratulate'), []);
  // A political occasion keeps the congratulation even with no recipient known; a known recipient keeps it too.
  const election =
    'Vladimir Putin sent a message of congratulations to Alan Gagloev on his election as president of the Republic ' +
    'of South Ossetia.';
  assert.deepEqual(readings(election, 'sent'), ['051 RUSGOV->- asserted']);
  const xi =
    'Vladimir Putin congratulated President of China Xi Jinping on the 100th anniversary of the Communist Party.';
  assert.deepEqual(readings(xi, 'congratulated'), ['051 RUSGOV->CHNGOV asserted']);
});

test('an act of "everyone who" or "those who" is no one in particular', () => {
  assert.deepEqual(readings('Eternal glory to everyone who defends Ukraine!', 'defends'), []);
  assert.deepEqual(readings('I am grateful to everyone who supports us.', 'supports'), []);
  assert.deepEqual(readings('Glory to all those who defend Ukraine today!', 'defend'), []);
  // A named doer keeps the act.
  assert.deepEqual(readings('Poland, which supports Ukraine, sent tanks.', 'supports'), ['051 POL->UKR asserted']);
});

test('an appeal to a government by an "I" resolved to no one has no doer to code', () => {
  assert.deepEqual(readings('I ask the Government to analyse the situation based on the April results.', 'ask'), []);
  assert.deepEqual(readings('I want the Government to submit proposals by late July.', 'want'), []);
  // A named doer keeps the appeal.
  assert.deepEqual(readings('Zelenskyy asked the German Government to send tanks.', 'asked'), [
    '020 UKRGOV->DEUGOV asserted',
  ]);
});

test('courtesy thanks to two sides joined by "and" are no event', () => {
  const both =
    'First of all, I would like to thank Chancellor Scholz and the German presidency for the opportunity to address you today.';
  assert.deepEqual(readings(both, 'thank'), []);
  const support = 'Zelensky thanked Chancellor Scholz and the German presidency for their support.';
  assert.ok(readings(support, 'thank').length > 0);
});

test('a past participle between an article or a possessive and its noun is an adjective', () => {
  const withdraw = 'Ukraine demands that Russia withdraws its troops from all its occupied territories.';
  assert.deepEqual(readings(withdraw, 'occupied'), []);
  assert.deepEqual(
    readings("OSCE's access to Ukraine's temporarily occupied territories remains restricted.", 'occupied'),
    [],
  );
  assert.deepEqual(readings('He helped his wounded brothers-in-arms.', 'wounded'), []);
  // A verb after its subject stays.
  assert.deepEqual(readings('Russia has destroyed Ukrainian cities.', 'destroyed'), ['1712 RUS->UKR asserted']);
});
