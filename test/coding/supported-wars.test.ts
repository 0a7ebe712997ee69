// Support for a war is support for the side waging it, not for the state it is waged on; support for sanctions is
// support for neither side they name (supported-wars.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt trigger" per event triggered by a form of "support", through the whole pipeline. */
function support(text: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '2023-02-16', title: null, url: null, source: null, text })
    .events.filter((e) => e.trigger.text.startsWith('support'))
    .map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.trigger.text}`);
}

test('"supports the invasion of Ukraine" supports the invader the article names', () => {
  assert.deepEqual(
    support(
      'Russia invaded Ukraine in February. Belarus remains a strong ally of Russia and supports the invasion of Ukraine.',
    ),
    ['051 BLR->RUS supports'],
  );
  // With no invader named in the article, the support has no target rather than the invaded state.
  assert.deepEqual(support('Belarus supports the war against Ukraine.'), ['051 BLR->- supports']);
});

test("support of a state in a war, or of a side's own offensive, keeps its target", () => {
  assert.deepEqual(support('Canada supports Ukraine in this war against Russia.'), ['051 CAN->UKR supports']);
  assert.deepEqual(support('Poland supports the offensive of the Ukrainian army.'), ['051 POL->UKRMIL supports']);
});

test('support of sanctions or an embargo is support of neither the side sanctioned nor the one imposing them', () => {
  assert.deepEqual(support('Iceland supports the sanctions against the Russian Federation.'), ['051 ISL->- supports']);
  assert.deepEqual(support('Switzerland supports EU sanctions against Russian oligarchs.'), ['051 CHE->- supports']);
  // With no source left, nothing is coded.
  assert.deepEqual(support('For supporting sanctions on Russia.'), []);
});
