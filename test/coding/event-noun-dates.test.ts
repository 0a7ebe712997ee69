// A day said of a meeting the act is about dates the meeting, not the act.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "trigger date" per event, the article dated 2022-04-09. */
function dated(text: string): string[] {
  const doc = docOf(text, '2022-04-09');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map((e) => `${e.trigger.text} ${e.date}`);
}

test('a day of a meeting the act is about or follows dates the meeting, not the act', () => {
  assert.deepEqual(dated('Kuleba informed Blinken about his talks with Lavrov in Brussels on April 6.'), [
    'informed 2022-04-09',
  ]);
  assert.deepEqual(dated('Russia and Belarus discussed the results of the summit held in Minsk on April 6.'), [
    'discussed 2022-04-09',
    'discussed 2022-04-09',
  ]);
  assert.deepEqual(
    dated('As a follow-up to the talks held in Sochi on April 6, Russia and Belarus continued their discussion.'),
    ['continued 2022-04-09', 'continued 2022-04-09'],
  );
});

test('a day of the act itself, or of the occasion it took place at, stays the act’s', () => {
  assert.deepEqual(dated('Russia met Belarus at the summit in Minsk on April 6.'), [
    'met 2022-04-06',
    'met 2022-04-06',
  ]);
  assert.deepEqual(dated('Russia held talks with Belarus in Minsk on April 6.'), [
    'held talks with 2022-04-06',
    'held talks with 2022-04-06',
  ]);
  assert.deepEqual(dated('As part of the meeting held in Minsk on April 6, Russia met with Belarus.'), [
    'met with 2022-04-06',
    'met with 2022-04-06',
  ]);
});
