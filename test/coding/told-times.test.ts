// Times the sentence tells that are not the article's day: a part of a named day ("in the evening of March 3"),
// "earlier this week", and the start of a war ("at the start of the invasion", "when the war began").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "trigger date" per event, the article dated 2022-04-20 unless another is given. */
function dated(text: string, date = '2022-04-20'): string[] {
  const doc = docOf(text, date);
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map((e) => `${e.trigger.text} ${e.date}`);
}

test('a part of a named day dates the act to that day', () => {
  assert.deepEqual(dated('In the evening of April 12, Kuleba accused Russia of genocide.'), ['accused 2022-04-12']);
  assert.deepEqual(dated('On the night of March 30, Russian troops shelled Kyiv.'), ['shelled 2022-03-30']);
  assert.deepEqual(dated('Early in the morning of 2 April, Poland condemned Russia.'), ['condemned 2022-04-02']);
});

test('"earlier this week" or "earlier this month" names a time before the article, with no day', () => {
  assert.deepEqual(dated('Poland expelled Russian diplomats earlier this month.'), ['expelled null']);
  assert.deepEqual(dated('Earlier this week, Kuleba accused Russia of genocide.'), ['accused null']);
  assert.deepEqual(dated('Lavrov visited Belarus earlier in the year.'), ['visited null']);
  // Its own clause only: the condemnation is the article's, the attack before it.
  assert.deepEqual(dated('Poland condemned the attack that Russia launched on Kyiv earlier this week.'), [
    'condemned 2022-04-20',
    'launched on null',
  ]);
  // The time of what was intended is no act's: the meeting that did not take place keeps the article's day.
  assert.deepEqual(dated('Lavrov was supposed to visit Poland earlier this month.'), ['visit 2022-04-20']);
  // "earlier today" is the article's.
  assert.deepEqual(dated('Earlier today, Kuleba accused Russia of genocide.'), ['accused 2022-04-20']);
});

test("an act placed at a war's start is history, with no day", () => {
  assert.deepEqual(dated('At the start of the full-scale invasion, Russian troops occupied Bucha.'), ['occupied null']);
  assert.deepEqual(dated('Russian troops occupied Bucha in the first days of the war.'), ['occupied null']);
  assert.deepEqual(dated('When the invasion began, the US backed Ukraine with weapons.'), ['backed null']);
  assert.deepEqual(dated('On the eve of the invasion, Poland condemned Russia.'), ['condemned null']);
});

test("a span from a war's start still tells of now; the war named for its start is history", () => {
  assert.deepEqual(dated('Since the start of the war, Poland has supported Ukraine.'), ['supported 2022-04-20']);
  assert.deepEqual(dated('Poland has supported Ukraine since the Russian invasion began.'), [
    'supported 2022-04-20',
    'invasion null',
  ]);
  // Not a war's start: "when the talks began", "at the start of the meeting".
  assert.deepEqual(dated('When the talks began, Poland condemned Russia.'), ['condemned 2022-04-20']);
});

test('an act in the past that a speaker recalls or reminds of is history', () => {
  // (Recalling what Russia did is an accusation of the day.)
  assert.deepEqual(dated('Kuleba recalled that Russia attacked Ukraine.'), ['attacked null', 'recalled 2022-04-20']);
  assert.deepEqual(dated('Kuleba reminded that Poland had condemned Russia.'), ['condemned null']);
  // The present perfect and what must be still tell of now; so does the reminder's own next act.
  assert.deepEqual(dated('Kuleba reminded that Poland has supported Ukraine.'), ['supported 2022-04-20']);
  assert.deepEqual(dated('Kuleba recalled that Russia attacked Ukraine, and condemned Russia.'), [
    'attacked null',
    'condemned 2022-04-20',
    'recalled 2022-04-20',
  ]);
});
