// CAMEO conventions the coder follows where PETRARCH-style coding and plain English agree (issue 3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';
import type { Event } from '../../src/types.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

function events(text: string, date = '2019-05-02'): readonly Event[] {
  pipeline ??= createPipeline();
  return pipeline.code({ id: 't', date, title: null, url: null, source: null, text }).events;
}

/** "cameo src->tgt modality" per event, through the whole pipeline with the shipped dictionaries. */
const readings = (text: string): string[] =>
  events(text).map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`);

test('a past participle right before a group of people is its adjective, not a verb of its own', () => {
  assert.deepEqual(readings('Canada helped exiled dissidents from Belarus.'), ['070 CAN->BLROPP asserted']);
  assert.deepEqual(readings('Norway helped the two jailed dissidents from Iran.'), ['070 NOR->IRNOPP asserted']);
});
