// Relative days and months against the article's date: a day yet to come dates no act of the article's past, and a
// month back ("last month", "three months ago", "several days ago") names no day at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "trigger date" per event, the article dated Wednesday 2022-02-16. */
function dated(text: string): string[] {
  const doc = docOf(text, '2022-02-16');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map((e) => `${e.trigger.text} ${e.date}`);
}

test('a weekday still to come keeps the article date, not the week before', () => {
  // Talks someone "is due to" hold are his intent (one event, lead-25.test.ts).
  assert.deepEqual(dated('Blinken is due to hold talks with Lavrov next Thursday.'), ['hold talks with 2022-02-16']);
  assert.deepEqual(dated('Talks between Russia and Ukraine are scheduled for Friday.'), [
    'Talks between 2022-02-16',
    'Talks between 2022-02-16',
  ]);
  // A past weekday, and a future word in another clause, still date the act.
  assert.deepEqual(dated('Russia attacked Ukraine on Monday.'), ['attacked 2022-02-14']);
  assert.deepEqual(dated('Poland sent tanks to Ukraine, and Kyiv will ask for more, Kuleba said on Monday.'), [
    'sent tanks to 2022-02-14',
  ]);
});

test('last month and a count of months give no day', () => {
  assert.deepEqual(dated('Russia attacked Ukraine last month.'), ['attacked null']);
  assert.deepEqual(dated('A month ago, Poland sent tanks to Ukraine.'), ['sent tanks to null']);
  assert.deepEqual(dated('Russia invaded Ukraine three months ago.'), ['invaded null']);
  // A time back that restates a written date leaves that date: "on January 3, a month ago".
  assert.deepEqual(dated('Poland sent tanks to Ukraine on January 3, a month ago.'), ['sent tanks to 2022-01-03']);
});

test('days, weeks or months with no number give no day', () => {
  assert.deepEqual(dated('Poland sent tanks to Ukraine several days ago.'), ['sent tanks to null']);
  assert.deepEqual(dated('Poland sent tanks to Ukraine a couple of weeks ago.'), ['sent tanks to null']);
  assert.deepEqual(dated('Weeks ago, Poland sent tanks to Ukraine.'), ['sent tanks to null']);
  // A counted day is still one: "two weeks ago".
  assert.deepEqual(dated('Poland sent tanks to Ukraine two weeks ago.'), ['sent tanks to 2022-02-02']);
});

test('a month back dates the whole sentence but a clause opened before it', () => {
  assert.deepEqual(dated('Last month, Lavrov told reporters that Russia would attack Ukraine.'), ['attack null']);
  assert.deepEqual(dated('Poland sent tanks to Ukraine, which Russia attacked last month.'), [
    'sent tanks to 2022-02-16',
    'attacked null',
  ]);
  assert.deepEqual(dated('Poland, which Russia attacked three months ago, condemned Belarus.'), [
    'attacked null',
    'condemned 2022-02-16',
  ]);
});

test("a dateline gives the report's day: a day named after it dates the act", () => {
  assert.deepEqual(dated('KYIV, Feb 16 (Reuters) - Lavrov met Blinken on Monday.'), [
    'met 2022-02-14',
    'met 2022-02-14',
  ]);
  assert.deepEqual(dated('MINSK, 16 February (BelTA) - Lavrov met Blinken in Geneva on 12 February.'), [
    'met 2022-02-12',
    'met 2022-02-12',
  ]);
  // With no other day, the dateline's stands.
  assert.deepEqual(dated('MINSK, 15 February (BelTA) - Lavrov met Blinken.'), ['met 2022-02-15', 'met 2022-02-15']);
});

test('eight to twelve days or weeks ago count back like two weeks ago', () => {
  assert.deepEqual(dated('Lavrov met Blinken eight weeks ago.'), ['met 2021-12-22', 'met 2021-12-22']);
});
