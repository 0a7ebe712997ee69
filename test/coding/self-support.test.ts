// A person does not thank, praise or support his own state in a readout of two sides' talk: the act is the other
// side's (self-support.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt trigger" per asserted event of the 05 family, through the whole pipeline. */
function support(text: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '2022-01-20', title: null, url: null, source: null, text })
    .events.filter((e) => e.modality === 'asserted' && e.cameo.startsWith('05'))
    .map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.trigger.text}`);
}

const CALL =
  'President of Ukraine Volodymyr Zelenskyy had a telephone conversation with President of Slovakia Zuzana Caputova.';

test('"The President thanked Slovakia" in a readout is the other side thanking, not Slovakia thanking itself', () => {
  assert.deepEqual(support(`${CALL} The President thanked Slovakia for its continued solidarity.`), [
    '051 UKRGOV->SVK thanked',
  ]);
});

test('support named by a noun after thanks is the counterpart’s, even when the thanker is named', () => {
  const text =
    'President of Ukraine Volodymyr Zelenskyy had a telephone conversation with Prime Minister of Slovenia Janez Jansa. ' +
    "Volodymyr Zelenskyy thanked the Prime Minister of Slovenia for his strong support for Ukraine's European integration.";
  assert.deepEqual(support(text), ['051 UKRGOV->SVNGOV thanked', '051 SVNGOV->UKR support for']);
});

test('a named doer of a finite verb keeps his act, and a domestic act names no second side', () => {
  assert.deepEqual(
    support(
      `${CALL} Volodymyr Zelenskyy praised the signing of the Ukrainian-Slovak agreement on support for Ukraine's fleet.`,
    ),
    // Kept as Zelenskyy's, not given to Slovakia; then, as praise of his own state, no event (domestic-routine.ts).
    [],
  );
  assert.deepEqual(support("President Volodymyr Zelenskyy praised Ukraine's energy workers."), []);
});
