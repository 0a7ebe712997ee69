// The transcript tests read only what they need: a section-break mark is looked for within a heading's reach of a
// quotation, not back to the start of the text, and a sentence with no colon is no speaker label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { breakMarkWithin, findTurns } from '../../src/quotes/turns.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import type { Doc, Token } from '../../src/types.ts';

test('a break mark is found within 400 characters before the quotation, not further back', () => {
  const heading = 'Opening remarks at a meeting with the government. Prime Minister: ';
  assert.equal(breakMarkWithin(`* * * ${heading}`, 6 + heading.length), 4);
  const far = `* * * ${'x'.repeat(500)} ${heading}`;
  assert.equal(breakMarkWithin(far, far.length), -1);
  assert.equal(breakMarkWithin('***', 400), 2); // a quotation may end the text
  assert.equal(breakMarkWithin('a*b', 0), -1);
  assert.equal(breakMarkWithin(`*${'y'.repeat(399)}`, 400), 0); // the reach's first character counts
});

const registry = loadActorRegistry(DEFAULT_DICTIONARY_DIR, []);

/** The doc with its tokens behind a proxy that counts the tokens read. */
function counted(doc: Doc): { doc: Doc; reads: () => number } {
  let reads = 0;
  const tokens = new Proxy(doc.tokens as Token[], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { doc: { ...doc, tokens }, reads: () => reads };
}

test('a sentence with no colon is no label: only its first token is read', () => {
  const text =
    'Foreign Minister Sergey Lavrov met his Turkish counterpart in Antalya. Russian Foreign Minister Sergey Lavrov ' +
    'and Turkish Foreign Minister Mevlut Cavusoglu discussed the grain deal.';
  const doc = analyze({ id: 't', date: '2022-03-10', title: null, url: null, source: null, text });
  const mentions = findMentions(doc, registry).mentions;
  const { doc: watched, reads } = counted(doc);
  assert.deepEqual(findTurns(watched, mentions), []);
  assert.equal(reads(), doc.sentences.length);
});
