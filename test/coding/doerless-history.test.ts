// An act told as history (no day) that names no doer, even after places have given theirs, is background, no event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt date" per event, through the whole pipeline. */
function readings(text: string, date: string | null = '2009-05-12'): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date, title: null, url: null, source: null, text })
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.date}`);
}

test('a doerless act a year or more back is background to the news', () => {
  assert.deepEqual(readings('The governor of Kandahar, who had been detained 20 months ago, was freed by Pakistan.'), [
    '0841 PAK->AFGGOV 2009-05-12',
  ]);
  assert.deepEqual(readings('The Treaty of Trianon, signed near Paris in 1920, still angers Hungary.'), []);
});

test('a doer named keeps a history act; an act of the day keeps no doer', () => {
  assert.deepEqual(readings('Russia invaded Georgia in 2008.'), ['190 RUS->GEO null']);
  assert.deepEqual(readings('A Belarusian opposition leader was arrested in Minsk on Monday.'), [
    '173 BLR->BLROPP 2009-05-11',
  ]);
});

test('an article with no date of its own leaves every relative date null, which says nothing of history', () => {
  assert.deepEqual(readings('Lebanese journalists were detained a week ago.', null), ['173 -->LBNMED null']);
});
