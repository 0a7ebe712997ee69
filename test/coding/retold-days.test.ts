// A month's day ahead of the article's, opening a sentence told in the past, is of an earlier year: no day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "trigger date" per event, the article dated 2022-02-16. */
function dated(text: string): string[] {
  const doc = docOf(text, '2022-02-16');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map((e) => `${e.trigger.text} ${e.date}`);
}

test('a past act on a day ahead of the article is history', () => {
  assert.deepEqual(dated('On the night of February 27, Russia attacked Ukraine.'), ['attacked null']);
  assert.deepEqual(dated('On 3 March, Russia attacked Ukraine.'), ['attacked null']);
});

test('a day ahead with an act to come keeps the article day; a day behind is its own', () => {
  assert.deepEqual(dated('On February 27, Russia will attack Ukraine.'), ['attack 2022-02-16']);
  assert.deepEqual(dated('On February 12, Russia attacked Ukraine.'), ['attacked 2022-02-12']);
});
