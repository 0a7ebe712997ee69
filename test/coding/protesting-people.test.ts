// A nation's people who protest are a crowd of its civilians (src/coding/victims.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

function sources(text: string): string[] {
  return pipeline
    .code({ id: 't', date: '2022-02-12', title: null, url: null, source: null, text })
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}`);
}

test('a nation’s people who protest are its civilians; protesters stay the opposition', () => {
  assert.deepEqual(sources('Several thousand Ukrainians rallied in Kyiv on Saturday.'), ['140 UKRCVL']);
  assert.deepEqual(sources('Protesters rallied in Minsk.'), ['140 BLROPP']);
  // Not a protest: the nation speaking stays the nation.
  assert.deepEqual(sources('Ukrainians praised the decision.'), ['051 UKR']);
});
