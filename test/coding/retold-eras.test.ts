// History told with no year of the act's own (year-dates.ts, after-dates.ts, narrated-years.ts, war-onsets.ts): an
// era or a past ruler ("during the Soviet era", "under Stalin", "at one time"), a year before 1900, a year between a
// noun and its infinitive ("an attempt in 1944 to attack"), a past year on the noun of an "after" phrase ("after the
// 2014 referendum"), an event noun said to have begun in a year, a story of a past year or decade told on across a
// paragraph break, and a simple past "from the very first day of the war". Each act is history, no day, not the
// article's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctTriggerDates } from './fake-actors.ts';

/** "trigger date" per event (one per trigger), the article dated 2023-06-01. */
function dated(text: string): string[] {
  return distinctTriggerDates(text, '2023-06-01');
}

test('an era or a past ruler dates an act to the past', () => {
  assert.deepEqual(dated('At one time, Russia supported Ukraine.'), ['supported null']);
  assert.deepEqual(dated('During the Soviet era, Moscow supported Poland.'), ['supported null']);
  assert.deepEqual(dated('In the communist period, Russia attacked Poland.'), ['attacked null']);
  assert.deepEqual(dated('Under Stalin, Russia attacked Poland.'), ['attacked null']);
  // A ruler of now is no era of the past.
  assert.deepEqual(dated('Under Putin, Russia attacked Poland.'), ['attacked 2023-06-01']);
});

test('a year before 1900 is a past year, a count of things is not', () => {
  assert.deepEqual(dated('Russia attacked Poland in 1783.'), ['attacked null']);
  assert.deepEqual(dated('Russia destroyed 1873 schools in Ukraine.'), ['destroyed 2023-06-01']);
});

test('a year right before an infinitive dates the infinitive', () => {
  assert.deepEqual(dated('Russia made an attempt in 1944 to attack Poland.'), ['attack null']);
  assert.deepEqual(dated('Russia made an attempt to attack Poland.'), ['attack 2023-06-01']);
});

test('a past year on the noun of an "after" phrase makes the simple past after it history', () => {
  assert.deepEqual(dated('After the 2014 referendum, Russia attacked Ukraine.'), ['attacked null']);
  assert.deepEqual(dated('Russia attacked Ukraine after the 2014 coup.'), ['attacked null']);
  assert.deepEqual(dated('After a March 2014 referendum widely seen as a sham, Russia attacked Ukraine.'), [
    'attacked null',
  ]);
  // The present still tells of now; so does an act after the article's own year.
  assert.deepEqual(dated('After the 2014 coup in Kyiv, Russia attacks Ukraine.'), ['attacks 2023-06-01']);
  assert.deepEqual(dated('After the 2023 elections, Russia attacked Ukraine.'), ['attacked 2023-06-01']);
});

test('an event noun said to have begun in a past year has that time', () => {
  assert.deepEqual(dated("Russia's aggression against Ukraine began in earnest in 2014."), ['aggression against null']);
  assert.deepEqual(dated("Russia's aggression against Ukraine began in earnest today."), [
    'aggression against 2023-06-01',
  ]);
});

test('a story of a past year or decade goes on past a paragraph break', () => {
  assert.deepEqual(dated('In 2014, Russia annexed Crimea.\n\nRussia attacked Ukraine.'), [
    'annexed null',
    'attacked null',
  ]);
  assert.deepEqual(dated('In 2014, Russia annexed Crimea.\n\nRussia attacks Ukraine.'), [
    'annexed null',
    'attacks 2023-06-01',
  ]);
  // A habit told with "would" goes on with the story, and a decade opens one.
  assert.deepEqual(
    dated(
      'During the 1940s, Moscow moved whole peoples.\n\nThe police would enter the villages, remove people, and ' +
        'relocate them. Russia attacked Poland.',
    ),
    ['attacked null'],
  );
  assert.deepEqual(dated('In the 2020s, Moscow moved whole peoples. Russia attacked Poland.'), ['attacked 2023-06-01']);
});

test('a simple past from the very first day of the war is done at its start', () => {
  assert.deepEqual(dated('From the very first day of the war, Poland made an appeal to Russia to cease fire.'), [
    'made an appeal to null',
  ]);
  // A span from that start still tells of now.
  assert.deepEqual(dated('From the first days of the war, Poland has supported Ukraine.'), ['supported 2023-06-01']);
});

test('a past year on the noun of an opening occasion makes the past act after it history', () => {
  assert.deepEqual(dated('At the 2019 summit, Russia attacked Ukraine.'), ['attacked null']);
  assert.deepEqual(dated('In the run-up to the 2017 election, Lavrov had flown to Moscow to meet with Blinken.'), [
    'meet with null',
  ]);
  // The present tells of now; a span's start dates no act; nor does the article's own year.
  assert.deepEqual(dated('At the 2019 summit, Russia attacks Ukraine.'), ['attacks 2023-06-01']);
  assert.deepEqual(dated('Since the 2014 annexation, Russia attacked Ukraine.'), ['attacked 2023-06-01']);
  assert.deepEqual(dated('At the 2023 summit, Russia attacked Ukraine.'), ['attacked 2023-06-01']);
});

test('an opening "by" a past year dates a verb in the past', () => {
  assert.deepEqual(dated('But by 2019 Lavrov was accusing Blinken of lying.'), ['accusing null']);
  assert.deepEqual(dated('By 2019, Russia attacks Ukraine.'), ['attacks 2023-06-01']);
});

test('a time after an aside of memory, and the infinitive of a past regime, are history', () => {
  assert.deepEqual(dated('You will remember, at that time we signed an agreement with Russia.'), [
    'signed an agreement with null',
  ]);
  assert.deepEqual(dated('Although Soviet officials attempted to attack Poland, nothing happened.'), ['attack null']);
  assert.deepEqual(dated('Soviet officials want to attack Poland.'), ['attack 2023-06-01']);
});

test('the purpose of a past verb joined to a dated one is of its time', () => {
  assert.deepEqual(
    dated(
      'He waited, and in 2014 Russia seized Crimea and sent troops into a Russian-speaking region to support Poland.',
    ),
    ['seized null', 'sent troops into null', 'support null'],
  );
  // A present joined to it tells of now.
  assert.deepEqual(
    dated('He waited, and in 2014 Russia seized Crimea and wants to attack Ukraine.').at(-1),
    'attack 2023-06-01',
  );
});
