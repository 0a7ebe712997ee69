// How far a date reaches (date-reach.ts, year-dates.ts): a list, a joined verb, the act's own hyphen-modified object
// and a participle hung on the date's clause share the act's time; a year before "when" names that clause's time
// whatever the word before it; an "after" clause set off with a vague span after a past date is history too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctTriggerDates } from './fake-actors.ts';

/** "trigger date" per event (one per trigger), the article dated 2022-04-20. */
function dated(text: string): string[] {
  return distinctTriggerDates(text, '2022-04-20');
}

test("a list of names between the act and its month is the act's object", () => {
  assert.deepEqual(dated('Kuleba traveled to Poland, Belarus, and the US at the end of January.'), [
    'traveled to null',
  ]);
  // A name followed by its verb is another clause.
  assert.deepEqual(dated('Russia attacked Kyiv, Ukraine said in March.'), ['attacked 2022-04-20']);
});

test('a verb joined by "and" with no subject of its own shares the act\'s time', () => {
  assert.deepEqual(dated('Russian missiles hit and damaged the memorial site in Kyiv in early March.'), ['hit null']);
  assert.deepEqual(dated('Kuleba met Blinken and held talks with Lavrov in January.'), [
    'met null',
    'held talks with null',
  ]);
  // A present act joined to a past one keeps the article's day.
  assert.deepEqual(dated('Russia attacks Ukraine and annexed Crimea in 2014.'), ['attacks 2022-04-20', 'annexed null']);
  // "hit" still to come is no past act.
  assert.deepEqual(dated('Russian missiles hit the memorial site in Kyiv in early March.'), ['hit 2022-04-20']);
});

test("the act's own object past a hyphenated modifier is no other event", () => {
  assert.deepEqual(
    dated('When Russia started a full-scale invasion of Ukraine in February 2022, the family decided to leave.'),
    ['started a full-scale invasion of null'],
  );
  // So is the doer's own event after a light verb: the month dates the start, not the article's day.
  assert.deepEqual(dated('Russia began its invasion in February.'), ['began null']);
  assert.deepEqual(dated('Russia launched their offensive on April 18.'), ['launched 2022-04-18']);
  // Not after a verb that only speaks of the event: the condemnation is the article's.
  assert.deepEqual(dated('Poland condemned its invasion in February.'), ['condemned 2022-04-20']);
});

test("a participle hung on the date's clause acts then", () => {
  assert.deepEqual(dated('The US imposed sanctions on Belarus in July, accusing it of helping Russia.'), [
    'imposed sanctions on null',
    'accusing null',
    'helping 2022-04-20',
  ]);
});

test('a year before "when" names the time of the "when" clause, whatever the word before it', () => {
  assert.deepEqual(dated('If we talk about the war, we need to look back into 2021 when Russia attacked Ukraine.'), [
    'attacked null',
  ]);
  assert.deepEqual(
    dated('NATO should return its forces to 1997 levels when NATO and Russia signed the Founding Act.'),
    ['signed null'],
  );
  assert.deepEqual(dated('The lesson of 2014 when Russia occupied Crimea is clear.'), ['occupied null']);
});

test('an "after" clause set off with a vague span after a past date is history', () => {
  assert.deepEqual(dated('In January 2022, weeks after Moscow launched its invasion, Biden vowed to respond.'), [
    'invasion null',
  ]);
});

test("a participle after a span's bound goes on now", () => {
  assert.deepEqual(
    dated('Russia has been tightening its grip on Ukraine since last year, amassing troops near Kyiv.'),
    ['amassing troops near 2022-04-20'],
  );
});

test('the event an act was done in, and the occasion it was agreed at, share its month', () => {
  assert.deepEqual(dated('Poland was killed in a Russian attack in March.'), ['killed null']);
  assert.deepEqual(
    dated('Kuleba discussed a forum in Ukraine, which was agreed upon by Poland during a meeting in November.'),
    ['agreed upon null'],
  );
  // A noun's topic, and a meeting proposed for a month, are not the act's time.
  assert.deepEqual(dated('Kuleba thanked Blinken for his participation in the summit in March.'), [
    'thanked 2022-04-20',
  ]);
  assert.deepEqual(dated('Kuleba proposed a meeting with Blinken in December.'), ['proposed a meeting 2022-04-20']);
});

test("a call made at an occasion to come keeps the article's day", () => {
  assert.deepEqual(dated('Kuleba called on Poland at the summit in May to lead the initiative.'), [
    'called on 2022-04-20',
  ]);
});
