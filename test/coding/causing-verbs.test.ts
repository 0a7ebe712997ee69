// Verbs of causing pass their object on as the doer of their to-infinitive: "the war prompted Chile to send aid" is
// Chile's aid, not the war-maker's; what one is provoked or incited to do has not happened yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt modality" per event, through the whole pipeline. */
function readings(text: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '2022-05-03', title: null, url: null, source: null, text })
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`);
}

test('the object of "prompt" does what it was prompted to do', () => {
  const events = readings(
    'The floods hit Bolivia on Monday, prompting Argentina to send aid to the government in La Paz.',
  );
  assert.ok(events.includes('070 ARG->BOLGOV asserted'), events.join('; '));
  assert.ok(!events.some((e) => e.startsWith('070 BOL')), events.join('; '));
  assert.deepEqual(readings('The border clash prompted Peru to expel Chilean diplomats.'), [
    '166 PER->CHLGOV asserted',
  ]);
});

test('what one is provoked or incited to do is not done', () => {
  assert.deepEqual(readings('Lima says the drills provoke Chile to attack Peruvian border posts.'), [
    '190 CHL->PER hypothetical',
  ]);
});
