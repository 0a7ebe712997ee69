import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDates, readings } from './shipped-readings.ts';

test('an event noun whose light verb opens a "since" span is the span\'s start, history with no day', () => {
  assert.deepEqual(eventDates('It is a month since Moscow launched its aggression against Georgia.', '2008-09-08'), [
    null,
  ]);
  assert.deepEqual(eventDates('Refugees have fled to Moldova since Russia launched its invasion.', '2022-05-10'), [
    null,
  ]);
  // Launched in the sentence's own time, the noun is the news.
  assert.deepEqual(eventDates('Russia launched an offensive against Ukraine on Tuesday.', '2022-05-12'), [
    '2022-05-10',
  ]);
});

test('acts told "in recent years" are the retold past, with no day', () => {
  assert.deepEqual(eventDates('In recent years, Armenia and Georgia have signed dozens of agreements.', '2022-05-10'), [
    null,
    null,
  ]);
  assert.deepEqual(eventDates('Armenia and Georgia signed an agreement on recent years of trade.', '2022-05-10'), [
    '2022-05-10',
    '2022-05-10',
  ]);
});

test("a passive participle read as an adjective still puts a past regime's act in history", () => {
  assert.deepEqual(eventDates('The camp near Krakow was liberated by the Soviet Army.', '2023-01-27'), [null]);
  assert.deepEqual(eventDates('The town near Kharkiv was liberated by the Ukrainian army.', '2022-09-10'), [
    '2022-09-10',
  ]);
});

test('a day written before its occasion noun dates that occasion, not the acts that follow up on it', () => {
  const text = (s: string): string => `Putin had a telephone conversation with President Erdogan. ${s}`;
  // The call's own day is the article's: the sentence after it follows up on an earlier meeting.
  assert.deepEqual(
    eventDates(
      text('Following up on the November 23 meeting in Sochi, the two leaders exchanged views on Syria.'),
      '2021-12-30',
    ).slice(2),
    ['2021-12-30', '2021-12-30'],
  );
  assert.deepEqual(
    eventDates(text('The leaders discussed the results of the November 23 meeting in Sochi.'), '2021-12-30').slice(2),
    ['2021-12-30', '2021-12-30'],
  );
  // Met at the summit: the summit's day is the meeting's.
  assert.deepEqual(eventDates('At the November 23 summit, Putin met Erdogan.', '2021-12-30'), [
    '2021-11-23',
    '2021-11-23',
  ]);
});

test('an act of someone holding a title "then" is of that time, with no day', () => {
  assert.deepEqual(eventDates('The then president, Kuchma, had agreed to sign the treaty with Russia.', '2022-06-04'), [
    null,
  ]);
  assert.deepEqual(eventDates('Back in Minsk, then-President Poroshenko signed the deal with Russia.', '2022-06-04'), [
    null,
  ]);
  // "then" as a time of the sentence's own story is no title.
  assert.deepEqual(eventDates('Even then Russia attacked Ukraine.', '2022-06-04'), ['2022-06-04']);
});

test('an act someone has an argument or a reason to do is not done', () => {
  assert.deepEqual(readings('These are strong arguments to impose an embargo on Russia.', 'impose'), [
    '163 -->RUS hypothetical',
  ]);
});

test('"deploy" shows force only with forces, arms or an armed actor as its object', () => {
  assert.deepEqual(readings('Belarus deployed a field hospital near the border.', 'deployed'), []);
  assert.deepEqual(readings('The ministry is deploying extra health workers to the region.', 'deploying'), []);
  assert.deepEqual(readings('Belarus deployed fighter jets near the border.', 'deployed'), ['150 BLR->- asserted']);
  assert.deepEqual(readings('Moscow deployed its military hardware along the border.', 'deployed'), [
    '150 RUS->- asserted',
  ]);
  assert.deepEqual(readings('Turkey deployed the Syrian National Army along the front.', 'deployed'), [
    '150 TUR->SYRMIL asserted',
  ]);
});

test('an ambition to do an act has not done it', () => {
  assert.deepEqual(readings("Kyiv warned of Moscow's ambition to annex the whole of Ukraine.", 'annex'), [
    '192 RUS->UKR hypothetical',
  ]);
});

test("a hyphenated modifier inside a pattern keeps the date after it on the pattern's own noun", () => {
  assert.deepEqual(eventDates('Russia started a full-scale war against Georgia in August 2008.', '2022-03-17'), [null]);
});
