// A tariff, a pension, a tax, a budget or a regulation offered, agreed or called for at home is domestic policy, no
// event (src/coding/domestic-measures.ts); with another side named, the act stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

function coded(text: string): string[] {
  return pipeline
    .code({ id: 't', date: '2022-03-10', title: 'Statement', url: null, source: null, text })
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.trigger.text}`);
}

test('an offer, an agreement or a call about a domestic tariff, pension, budget or wage codes nothing', () => {
  assert.deepEqual(
    coded(
      '"We offer for the next six months a gas tariff of 7.96 hryvnias per cubic metre for all households," the President of Ukraine said.',
    ),
    [],
  );
  assert.deepEqual(coded('Zelensky said: "We have agreed on the parameters of a funded pension system."'), []);
  assert.deepEqual(coded('Zelensky called for finding budget funds for the reconstruction of the museum.'), []);
  assert.deepEqual(coded('The President of Ukraine said: "We call for lower wages for officials."'), []);
});

test('a measure with or against another side, or aid asked for, stays', () => {
  assert.deepEqual(coded('Zelensky called for a tax on Russian oil imports.'), ['100 UKRGOV->RUS called for']);
  assert.deepEqual(coded('Kazakhstan agreed on tariffs with Russia.'), ['030 KAZ->RUS agreed on']);
  assert.deepEqual(coded('Zelensky called for international assistance for the budget.'), ['100 UKRGOV->- called for']);
});
