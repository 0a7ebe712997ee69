// The act that starts a span ("since Russia invaded Ukraine") is history; a day in the "since" clause is that act's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "trigger date" per event, the article dated 2022-04-20. */
function dated(text: string): string[] {
  const doc = docOf(text, '2022-04-20');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map((e) => `${e.trigger.text} ${e.date}`);
}

test('the act of a "since" clause, told in the simple past with no day, is history', () => {
  assert.deepEqual(dated('It was his first trip abroad since Russia invaded Ukraine.'), ['invaded null']);
  assert.deepEqual(dated('Eight years have passed since Russia annexed Crimea.'), ['annexed null']);
  // A causal "since" gives a reason of the article's day.
  assert.deepEqual(dated('This matters, especially since Russia attacked Ukraine.'), ['attacked 2022-04-20']);
  // A clause that names today is today's.
  assert.deepEqual(dated('Much has changed since Lavrov met Blinken today.'), ['met 2022-04-20', 'met 2022-04-20']);
});

test('a day in the "since" clause dates its act, not the act counted over the span', () => {
  assert.deepEqual(dated('Thousands have been killed since Russia invaded Ukraine on February 24.'), [
    'killed 2022-04-20',
    'invaded 2022-02-24',
  ]);
  // A "when" clause after the "since" phrase holds the day.
  assert.deepEqual(
    dated('Russia launched the worst war since World War II when Russian troops attacked Ukraine on February 24.'),
    ['launched the worst war 2022-02-24', 'attacked 2022-02-24'],
  );
});

test('"not long ago" is as vague as "some time ago": no day', () => {
  assert.deepEqual(dated('Lavrov met Blinken not so long ago.'), ['met null', 'met null']);
  assert.deepEqual(dated('Lavrov met Blinken not long ago.'), ['met null', 'met null']);
});
