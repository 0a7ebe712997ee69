// Times the sentence tells that are not the article's day: a part of a named day ("in the evening of March 3").
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
