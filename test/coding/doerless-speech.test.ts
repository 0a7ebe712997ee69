// A statement, appeal, act of cooperation, demand, criticism or threat (CAMEO roots 01–13) whose doer the coder
// resolved to no one is half an event, not recorded; protest, force, coercion, sanctions and posture may stay doerless.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';
import { withoutDoerlessSpeech } from '../../src/coding/doerless-speech.ts';
import type { Event } from '../../src/types.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt" per event, through the whole pipeline. */
function readings(text: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '2021-03-09', title: null, url: null, source: null, text })
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
}

test('speech and cooperation acts whose doer is unresolved are no events', () => {
  assert.deepEqual(readings('We firmly condemn the blockade of Armenia by Azerbaijan.'), []);
  assert.deepEqual(readings('I am grateful to all the nations that helped Moldova this winter.'), []);
  assert.deepEqual(readings('Chile was accused of hiding the reports.'), []);
});

test('the same acts keep their events when the doer is named', () => {
  assert.deepEqual(readings('Canada firmly condemned the blockade of Armenia by Azerbaijan.'), ['111 CAN->AZE']);
});

test('force with no named doer is kept, as the news often leaves its doer unnamed', () => {
  assert.deepEqual(readings('GRAD rockets were fired on Haifa, not on Tel Aviv.'), ['193 -->ISR']);
});

test('only roots 01–13 without a source are dropped', () => {
  const event = (cameo: string, source: Event['source']): Event => ({ cameo, source }) as unknown as Event;
  const actor = { code: 'CAN' } as unknown as Event['source'];
  const kept = withoutDoerlessSpeech([
    event('111', null),
    event('0231', null),
    event('141', null),
    event('090', null),
    event('163', null),
    event('190', null),
    event('111', actor),
  ]).map((e) => `${e.cameo}${e.source === null ? '' : '+'}`);
  assert.deepEqual(kept, ['141', '090', '163', '190', '111+']);
});
