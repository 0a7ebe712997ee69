// Dates of acts told in a "where" clause about a place visited, in the content of a saying dated by its month, and
// after an "after" clause naming a past month or year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

/** "trigger date" per event of the trigger `word`, the article dated 2023-06-14. */
function dated(text: string, word: string): string[] {
  return pipeline
    .code({ id: 't', date: '2023-06-14', title: null, url: null, source: null, text })
    .events.filter((e) => e.trigger.text === word)
    .map((e) => `${e.trigger.text} ${e.date}`);
}

test('a past act in a "where" clause about a place visited or shown is history', () => {
  assert.deepEqual(dated('Macron visited a bridge in Irpin where Russian forces shelled civilians.', 'shelled'), [
    'shelled null',
  ]);
  assert.deepEqual(dated('Scholz toured the town of Bucha, where Russian troops had killed civilians.', 'killed'), [
    'killed null',
  ]);
  // The visitor's own acts there, and what goes on there now, are the article's day's.
  assert.deepEqual(dated('Macron travelled to Kyiv, where Zelensky welcomed him.', 'welcomed'), [
    'welcomed 2023-06-14',
  ]);
  assert.deepEqual(dated('Macron travelled to Kyiv, where Zelensky welcomed the French president.', 'welcomed'), [
    'welcomed 2023-06-14',
  ]);
  assert.deepEqual(dated('Macron visited Kharkiv, where Russian forces are shelling civilians.', 'shelling'), [
    'shelling 2023-06-14',
  ]);
  // No visit: a place named in the news of the day.
  assert.deepEqual(dated('Russian missiles hit Odesa, where Russian forces shelled the port.', 'shelled'), [
    'shelled 2023-06-14',
  ]);
});

test('a past month or year right after a verb of saying dates what the saying tells', () => {
  assert.deepEqual(dated('Putin said in March that Moscow is ready to use nuclear weapons.', 'use nuclear weapons'), [
    'use nuclear weapons null',
  ]);
  assert.deepEqual(dated('Hungary announced in April 2023 that it was expelling Russian diplomats.', 'expelling'), [
    'expelling null',
  ]);
  // The article's month keeps the article's day; a clause after a comma is another's.
  assert.deepEqual(dated('Zelensky said in June that Russia attacked Kharkiv.', 'attacked'), ['attacked 2023-06-14']);
  assert.deepEqual(dated('Biden said in February, after talks in Kyiv, that Russia attacked Kharkiv.', 'attacked'), [
    'attacked 2023-06-14',
  ]);
});

test('an act in the simple past after an "after" clause naming a past month or year is history', () => {
  assert.deepEqual(dated('The U.S. banned Russian oil imports after Russia invaded Ukraine in early 2022.', 'banned'), [
    'banned null',
  ]);
  assert.deepEqual(
    dated("After Russia's aggression against Ukraine in 2014, NATO strengthened its eastern flank.", 'strengthened'),
    ['strengthened null'],
  );
  // The present perfect tells of now; the article's own month may hold its day.
  assert.deepEqual(dated('After Russia invaded Ukraine in 2022, Poland has supported Kyiv.', 'supported'), [
    'supported 2023-06-14',
  ]);
  assert.deepEqual(dated('The EU imposed sanctions on Russia after the attack in June.', 'imposed sanctions on'), [
    'imposed sanctions on 2023-06-14',
  ]);
});

test('an "after" clause that opens a "that" clause dates the act after its comma', () => {
  assert.deepEqual(
    dated('He said that after the annexation of Crimea in 2014, NATO strengthened its eastern flank.', 'strengthened'),
    ['strengthened null'],
  );
});
