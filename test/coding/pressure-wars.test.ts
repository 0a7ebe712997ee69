// A war or an attack defined as sanctions or propaganda names no attack (src/coding/figurative-wars.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

function attacks(text: string): string[] {
  return pipeline
    .code({ id: 't', date: '2022-03-10', title: 'Statement', url: null, source: null, text })
    .events.filter((e) => e.cameo.startsWith('19'))
    .map((e) => `${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.trigger.text}`);
}

test('"the attack on X is the sanctions" defines pressure by other means, no attack', () => {
  assert.deepEqual(attacks('Lukashenko said: "The real attack on Belarus is the sanctions."'), []);
  assert.deepEqual(attacks('Lukashenko said: "Another front of the attack on Belarus is sanctions."'), []);
});

test('an attack said to go on, or defined as force, stays', () => {
  assert.deepEqual(attacks('Lukashenko said: "The attack on Belarus is continuing."'), ['-->BLR attack on']);
  assert.deepEqual(attacks('Lukashenko said: "The attack on Belarus was a missile strike."'), ['-->BLR attack on']);
});
