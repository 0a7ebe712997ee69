// Cooperative and diplomatic constructions the verb patterns alone miss: a discussion's partner named after a long
// topic (src/coding/discussed-with.ts) and an obligation in the passive on no named actor
// (src/coding/passive-obligations.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

function brief(text: string): string[] {
  const article = { id: 't', date: '2022-03-01', title: null, url: null, source: null, text };
  return pipeline
    .code(article)
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`)
    .sort();
}

test('the partner of a discussion named after a long topic', () => {
  assert.deepEqual(brief('Zelenskyy discussed the issue of sanctions with Scholz.'), [
    '040 DEUGOV->UKRGOV asserted',
    '040 UKRGOV->DEUGOV asserted',
  ]);
  assert.deepEqual(
    brief('Zelenskyy discussed the investigation into the crimes in Bucha with Polish President Andrzej Duda.'),
    ['040 POLGOV->UKRGOV asserted', '040 UKRGOV->POLGOV asserted'],
  );
});

test('a "with" that belongs to the topic, a co-actor or another clause names no partner', () => {
  // "relations with Poland", "coordination of efforts with Poland": the topic's other party.
  assert.deepEqual(brief('Zelenskyy discussed the development of relations with Poland.'), []);
  // "the work of the UN together with the government": a co-actor.
  assert.deepEqual(brief('Zelenskyy discussed the work of the UN together with Poland.'), []);
  // A verb between: the "with" is that verb's.
  assert.deepEqual(
    brief('Zelenskyy discussed the aid that Germany has agreed with Poland.').filter((e) => e.startsWith('040')),
    [],
  );
});

test('a reported obligation in the passive on a matter between states is a demand of no named actor', () => {
  assert.deepEqual(brief('Zelenskyy stressed that all occupied territories should be returned to Ukraine.'), [
    '105 UKRGOV->- asserted',
  ]);
  assert.deepEqual(brief('Zelenskyy said that the war in Donbas, which has lasted eight years, must be stopped.'), [
    '100 UKRGOV->- asserted',
  ]);
});

test('no demand in a passive obligation that is a home matter, a remark or unreported', () => {
  assert.deepEqual(brief('Putin said that these funds must be spent efficiently.'), []);
  assert.deepEqual(brief('Putin said that it should be noted that the war is over.'), []);
  assert.deepEqual(brief('Putin said that the origins of the war should be sought in 2004.'), []);
  assert.deepEqual(brief('The war must be stopped.'), []);
});
