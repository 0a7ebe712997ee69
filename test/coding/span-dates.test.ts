// A span of time before "after"/"before" moves the act of that clause off the sentence's day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "trigger date" per event, the article dated 2022-02-15 (a Tuesday). */
function dated(text: string): string[] {
  const doc = docOf(text, '2022-02-15');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map((e) => `${e.trigger.text} ${e.date}`);
}

test('an act "N days/weeks after" the main clause came that span before its day', () => {
  assert.deepEqual(dated('Poland condemned Russia on Monday, three days after Russian troops attacked Ukraine.'), [
    'condemned 2022-02-14',
    'attacked 2022-02-11',
  ]);
  assert.deepEqual(dated('The visit comes a week after Russia expelled two Polish diplomats.'), [
    'expelled 2022-02-08',
  ]);
  assert.deepEqual(dated('Kyiv protested, the day after Russia shelled Ukraine.'), [
    'protested 2022-02-15',
    'shelled 2022-02-14',
  ]);
});

test('"N days before" puts the act later than the main clause; a year or more is history', () => {
  assert.deepEqual(dated('On February 1, ten days before Russia attacked Ukraine, Poland warned Russia.'), [
    'attacked 2022-02-11',
    'warned 2022-02-01',
  ]);
  assert.deepEqual(dated('Poland joined NATO in 1999, two years after Russia signed a treaty with NATO.'), [
    'signed a treaty with null',
  ]);
});

test('a vague span, a noun phrase after "after", or the clause\'s own day leave the date alone', () => {
  assert.deepEqual(dated('Poland condemned Russia days after Russian troops attacked Ukraine.'), [
    'condemned 2022-02-15',
    'attacked 2022-02-15',
  ]);
  assert.deepEqual(dated('A week after the start of the Russian attack on Ukraine, Poland condemned Russia.'), [
    'condemned 2022-02-15',
  ]);
  assert.deepEqual(dated('The day before yesterday Russia attacked Ukraine.'), ['attacked 2022-02-13']);
  assert.deepEqual(dated('It comes a day after Russia attacked Ukraine on Sunday.'), ['attacked 2022-02-13']);
});
