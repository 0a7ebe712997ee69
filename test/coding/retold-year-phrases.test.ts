// Year phrases of retold history (year-dates.ts): "As early as 2002", "as far back as 1994", "as long ago as 2008",
// "as late as 2021" put an act at that year like "in 2002"; a "when" clause naming a past year holds what its verb
// says ("when we were told that …"); an opening date dates what a past verb of saying after it says ("In March 2022,
// Biden warned that Putin would pay a price"). A past act of an earlier year is history, no day, not the article's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctTriggerDates } from './fake-actors.ts';

/** "trigger date" per event (one per trigger), the article dated 2024-05-06. */
function dated(text: string): string[] {
  return distinctTriggerDates(text, '2024-05-06');
}

test('"as early as" a past year dates the act it opens', () => {
  assert.deepEqual(dated('As early as 2002, Russia attacked Ukraine.'), ['attacked null']);
  assert.deepEqual(dated('As far back as 2008, Russia attacked Ukraine.'), ['attacked null']);
  assert.deepEqual(dated('Russia attacked Ukraine as long ago as 2014.'), ['attacked null']);
  assert.deepEqual(dated('As late as 2021, Russia attacked Ukraine.'), ['attacked null']);
});

test("the article's year, or a present act, keeps the article's day", () => {
  assert.deepEqual(dated('As early as 2024, Russia attacked Ukraine.'), ['attacked 2024-05-06']);
  assert.deepEqual(dated('Russia was as early as 2002 a threat, and it attacks Ukraine.'), ['attacks 2024-05-06']);
});

test('a story opened by "as early as" goes on in the next past sentence', () => {
  assert.deepEqual(dated('As early as 2002, Russia said Ukraine was its own. Russia attacked Ukraine.'), [
    'attacked null',
  ]);
});

test('a "when" clause naming past years holds what its verb says', () => {
  assert.deepEqual(dated('Take the recent past, in 2014, when NATO told Russia that Ukraine attacked Donbas.'), [
    'attacked null',
  ]);
  assert.deepEqual(dated('Take the recent past, in 2014, when NATO was told that Ukraine attacked Donbas.'), [
    'attacked null',
    'told null',
  ]);
  // A relative "that" after a noun ends the clause.
  assert.deepEqual(dated('Take the recent past, in 2014, when Russia seized Crimea that Ukraine attacked.'), [
    'seized null',
    'attacked 2024-05-06',
  ]);
});

test('a "when" clause after two joined years or decades is of their time', () => {
  assert.deepEqual(dated('Take the recent past, in the late 1980s and early 1990s, when NATO attacked Russia.'), [
    'attacked null',
  ]);
  assert.deepEqual(dated('Take the recent past, in 2014 and 2015, when Russia attacked Ukraine.'), ['attacked null']);
  assert.deepEqual(dated('Take the recent past, in 2014 and 2024, when Russia attacked Ukraine.'), [
    'attacked 2024-05-06',
  ]);
});

test('an opening date dates what a past verb of saying says', () => {
  assert.deepEqual(dated('In March 2022, NATO warned that Russia would pay a severe price.'), ['price null']);
  assert.deepEqual(dated('In 2014, NATO warned that Russia would pay a "severe price".'), ['price null']);
  assert.deepEqual(
    dated('In 2014, NATO warned that Russia would pay a price, and now it says Russia will face a price.'),
    ['price null', 'price 2024-05-06'],
  );
  // The article's year, and a quoted statement, keep the article's day.
  assert.deepEqual(dated('In 2024, NATO warned that Russia would pay a severe price.'), ['price 2024-05-06']);
  assert.deepEqual(dated('In 2014, NATO warned: "Russia will pay a severe price."'), ['price 2024-05-06']);
});
