// Acts retold as history with no year: what the speaker reminds the audience of, and what a past regime did.
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

test('an act in the simple past after "as you know" or "as you recall" is history, undated', () => {
  assert.deepEqual(dated('As you know, Russia provided help to Belarus.'), ['provided help to null']);
  assert.deepEqual(dated('The plan bears the city name because, as you recall, Russia met Ukraine in Minsk.'), [
    'met null',
    'met null',
  ]);
});

test('the present, the present perfect and a named day keep their dates', () => {
  assert.deepEqual(dated('As you know, Kyiv is refusing to meet Russia.'), ['refusing to meet 2022-02-16']);
  assert.deepEqual(dated("As you know, the West has frozen Russia's assets."), ['frozen 2022-02-16']);
  assert.deepEqual(dated('As you know, Russia attacked Ukraine yesterday.'), ['attacked 2022-02-15']);
});

test('the Red Army and Soviet officials are a past regime: their acts in the past are undated', () => {
  assert.deepEqual(dated('The Red Army attacked Poland.'), ['attacked null']);
  assert.deepEqual(dated('Soviet officials threatened Poland.'), ['threatened null']);
  assert.deepEqual(dated('Soviet officials threaten Poland.'), ['threaten 2022-02-16']);
});
