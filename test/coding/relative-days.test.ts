// Days and years told of another clause or another noun (relative-days.ts, year-dates.ts, narrated-years.ts,
// attributive-days.ts): a relative clause's day is not the main act's; an event noun in the subject of a dated passive,
// and the verb of a relative clause on a dated noun, have that date; a verbless heading with a year in parentheses
// opens the story told after it; "yesterday's talks" dates only the talks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctTriggerDates } from './fake-actors.ts';

/** "trigger date" per event (one per trigger), the article dated Wednesday 2022-02-23. */
function dated(text: string): string[] {
  return distinctTriggerDates(text, '2022-02-23');
}

test("a day in a relative clause on another noun is not the main act's", () => {
  assert.deepEqual(
    dated(
      'Kuleba thanked Poland for its help with the ceremonies for the victims, which were held on November 6 last year.',
    )[0],
    'thanked 2022-02-23',
  );
  assert.deepEqual(
    dated('Kuleba had a telephone conversation with Blinken, who returned from Moscow on February 18.'),
    ['telephone conversation with 2022-02-23'],
  );
  assert.deepEqual(dated('Blinken, who returned from Moscow on February 18, criticized Russia.'), [
    'criticized 2022-02-23',
  ]);
});

test("a day in a participle describing a noun is not the main act's", () => {
  assert.deepEqual(
    dated(
      'Recalling the resolution of the UN General Assembly adopted on March 2, 2021, Kuleba called on Russia to leave.',
    ),
    ['called on 2022-02-23'],
  );
  assert.deepEqual(dated('Kuleba welcomed the decision on Ukraine taken on Monday.'), [
    'welcomed the decision 2022-02-23',
  ]);
});

test('a relative day keeps dating the act it belongs to, its occasion, or a clause on the same noun', () => {
  // The clause's own act.
  assert.deepEqual(dated('Kuleba met Blinken, who criticized Russia on Monday.').at(-1), 'criticized 2022-02-21');
  // The act's own object, told on: one strike.
  assert.deepEqual(
    dated('Russia launched missiles at Ukraine which hit Kyiv on Monday.')[0],
    'launched missiles at 2022-02-21',
  );
  // The occasion the act was done at.
  assert.deepEqual(dated('Lavrov met Blinken during the summit, which opened on Monday.'), ['met 2022-02-21']);
  // A second relative clause on the dated noun tells what it did then.
  assert.deepEqual(
    dated('It was shown by the resolution adopted on February 2, which calls on Russia to leave Ukraine.')[0],
    'calls on 2022-02-02',
  );
  // A simple past after a verb of saying is a clause of its own, not a participle.
  assert.deepEqual(dated('Kuleba said Russian troops attacked Kharkiv on Monday.')[0], 'attacked 2022-02-21');
});

test('an event noun in the subject of a dated passive has its date', () => {
  assert.deepEqual(dated('The sanctions against Russia were adopted in December 2020.'), ['sanctions against null']);
  assert.deepEqual(dated('The sanctions against Russia were adopted in February 2022.'), [
    'sanctions against 2022-02-23',
  ]);
});

test('the verb of a relative clause on a noun dated to a past year has that date', () => {
  assert.deepEqual(dated('Russia created a famine in 1933 that killed millions in Ukraine.').at(-1), 'killed null');
});

test('a verbless heading with a past year in parentheses opens the story told after it', () => {
  assert.deepEqual(
    dated('The Treaty of Brest-Litovsk (1918). In this war, Russia agreed to recognize the independence of Ukraine.'),
    ['agreed to null'],
  );
  // A heading of the article's own year, or a sentence with a verb, opens no story.
  assert.deepEqual(
    dated('The Kyiv talks (2022). In these talks, Russia agreed to recognize the independence of Ukraine.'),
    ['agreed to 2022-02-23'],
  );
  assert.deepEqual(
    dated('Kuleba met the president of Poland (1995-2005). Russia agreed to recognize the independence of Ukraine.').at(
      -1,
    ),
    'agreed to 2022-02-23',
  );
});

test("yesterday's occasion dates only that occasion", () => {
  assert.deepEqual(
    dated("Both this meeting with Blinken and yesterday's meeting with Lavrov are the start of a new policy."),
    ['meeting with 2022-02-23'],
  );
});

test('a day that starts a "since" span set off before the act is not the act\'s', () => {
  assert.deepEqual(
    dated('Since starting its invasion of Ukraine on February 18, Russia has shelled Kyiv.').at(-1),
    'shelled 2022-02-23',
  );
  // The act of the span's start keeps it.
  assert.deepEqual(
    dated('Since Russia attacked Ukraine on February 18, nothing has changed.')[0],
    'attacked 2022-02-18',
  );
});

test("an occasion an aside's act was agreed at dates that act, not the main one", () => {
  assert.deepEqual(
    dated(
      'Lavrov informed Blinken about the talks, with the work going on as agreed during the February 18 meeting.',
    )[0],
    'informed 2022-02-23',
  );
});

test('a long noun phrase before the participle, and an act in the present after a clause with no comma', () => {
  assert.deepEqual(
    dated(
      'Recalling the resolution A/11-1 of the General Assembly of the UN adopted on February 2, 2022, Kuleba called on Russia to leave.',
    )[0],
    'called on 2022-02-23',
  );
  assert.deepEqual(
    dated('Protesters whose sons went missing after the ship sank a week ago are demanding answers from Russia.')[0],
    'demanding 2022-02-23',
  );
  // In the past, the act after a clause with no comma may be the clause's time.
  assert.deepEqual(
    dated('Protesters whose sons went missing after the ship sank a week ago demanded answers from Russia.')[0],
    'demanded 2022-02-16',
  );
});
