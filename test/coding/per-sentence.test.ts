// One value per sentence for all its events: worked out once while the sentence stays, again when it changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { perSentence } from '../../src/coding/per-sentence.ts';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import type { SentenceContext } from '../../src/coding/context.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

/** A context for each sentence of a two-sentence document (only `sentence` is read here). */
function contexts(): SentenceContext[] {
  const doc = docOf('Russia shelled Kharkiv. Ukraine condemned the strike.', '2022-02-15');
  return doc.sentences.map((sentence) => ({ doc, sentence, mentions: [], mentionAt: new Int32Array(0) }));
}

test('a per-sentence value is computed once for the events of one sentence, again for another', () => {
  const calls: number[] = [];
  const firstWord = perSentence((ctx) => {
    calls.push(ctx.sentence.index);
    return ctx.doc.tokens[ctx.sentence.firstToken]!.text;
  });
  const [a, b] = contexts();
  assert.deepEqual([firstWord(a!), firstWord(a!), firstWord(a!)], ['Russia', 'Russia', 'Russia']);
  assert.deepEqual(calls, [0]);
  // Another sentence, then the first again: each is worked out anew and has its own value.
  assert.deepEqual([firstWord(b!), firstWord(a!), firstWord(a!)], ['Ukraine', 'Russia', 'Russia']);
  assert.deepEqual(calls, [0, 1, 0]);
});

test('the dates of events stay their own sentence’s when several dated sentences are coded in a row', () => {
  const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);
  const text =
    'Russia annexed Crimea from Ukraine in 2014. On Monday, Ukraine condemned Russia. Russia invaded Ukraine on 24 February 2022.';
  const doc = docOf(text, '2022-03-02');
  const dates = codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map((e) => `${e.trigger.text} ${e.date}`);
  assert.deepEqual(dates, ['annexed null', 'condemned 2022-02-28', 'invaded 2022-02-24']);
});
