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

test('an occasion the act is about may hang on another noun, follow a gerund or a possessor, or be an agreement', () => {
  assert.deepEqual(dated('Kuleba congratulated Poland on its victory in the election on April 3.'), [
    'congratulated 2022-04-09',
  ]);
  assert.deepEqual(dated('Kuleba congratulated Poland on winning the April 3 parliamentary election.'), [
    'congratulated 2022-04-09',
  ]);
  assert.deepEqual(dated('Kuleba discussed with Blinken the outcome of Lavrov’s April 6 talks in Minsk.'), [
    'discussed with 2022-04-09',
    'discussed with 2022-04-09',
  ]);
  assert.deepEqual(dated("Kuleba discussed with Blinken the outcome of Lavrov's April 6 talks in Minsk."), [
    'discussed with 2022-04-09',
    'discussed with 2022-04-09',
  ]);
  assert.deepEqual(
    dated('Kuleba’s visit to Poland is his first trip after his inauguration as minister on March 19.'),
    ['visit to 2022-04-09'],
  );
  assert.deepEqual(
    dated(
      'Kuleba emphasised the importance of carefully implementing the agreements with Russia of March 9, 2021, and April 2.',
    ),
    ['emphasised the importance of 2022-04-09'],
  );
});

test('an occasion in a phrase set off by "including" is not the act’s', () => {
  assert.deepEqual(
    dated(
      'Kuleba is discussing the crisis with Poland and others, including his partner in conversation yesterday, Blinken.',
    ),
    ['discussing 2022-04-09', 'discussing 2022-04-09'],
  );
});

test('an act done at an occasion, or an agreement signed, keeps its day', () => {
  assert.deepEqual(dated('Kuleba informed Blinken of the plans at the summit on April 6.'), ['informed 2022-04-06']);
  assert.deepEqual(dated('Russia signed an agreement with Belarus on April 6.'), [
    'signed an agreement with 2022-04-06',
  ]);
});
