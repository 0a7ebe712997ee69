// A group known only by its sector is not of the state its shots are aimed at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt" per event, through the whole pipeline. */
function dyads(text: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '2003-07-08', title: null, url: null, source: null, text })
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
}

test('militants firing at a state are not placed in it; those attacking where it happens still are', () => {
  assert.deepEqual(dyads('Militants fired mortar shells at Jordan from across the border.'), ['194 ---REB->JOR']);
  assert.deepEqual(dyads('Rebels fired rockets at Uganda.'), ['194 ---REB->UGA']);
  assert.deepEqual(dyads('Militants attacked an army checkpoint in Jordan.'), ['190 JORREB->JOR']);
});
