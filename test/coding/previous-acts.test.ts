// Acts said to have been done "previously": history, no day, when the act names its doer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "trigger source date" per event, the article dated 2022-02-16. */
function dated(text: string): string[] {
  const doc = docOf(text, '2022-02-16');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map(
    (e) => `${e.trigger.text} ${e.source?.code ?? '-'} ${e.date}`,
  );
}

test('"previously" in the verb group puts an act with a doer at no day', () => {
  assert.deepEqual(dated('Poland has previously accused Russia of aggression.'), ['accused POL null']);
  assert.deepEqual(dated('Russia had previously sent weapons to Belarus.'), ['sent weapons to RUS null']);
});

test('an act with no doer named keeps the day, and so its event', () => {
  assert.deepEqual(dated('The weapons it had previously sent to Ukraine were old.'), ['sent to - 2022-02-16']);
});

test('"previously" outside the verb group leaves the day', () => {
  assert.deepEqual(dated('Previously unknown drones attacked Ukraine.'), ['attacked - 2022-02-16']);
});
