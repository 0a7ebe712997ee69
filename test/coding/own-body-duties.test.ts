// A body's own head saying what the body must do states its task, no demand (src/coding/obliged.ts, ownBodyDuty).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

function demands(text: string): string[] {
  return pipeline
    .code({ id: 't', date: '2022-03-10', title: 'Statement', url: null, source: null, text })
    .events.filter((e) => e.cameo.startsWith('10'))
    .map((e) => `${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
}

test("a firm's, a society's or an army's head on what it must do demands nothing", () => {
  assert.deepEqual(demands('Sberbank chief executive Herman Gref said Sberbank must cut its costs.'), []);
  assert.deepEqual(
    demands('The head of Aeroflot, Sergei Alexandrovsky, said Aeroflot should become a premium carrier.'),
    [],
  );
  assert.deepEqual(demands('Red Cross president Peter Maurer said the Red Cross must expand its work in Donbas.'), []);
  assert.deepEqual(
    demands('The chief of the Russian General Staff said the Russian armed forces must be ready to fight.'),
    [],
  );
});

test('what the head of a body says another side must do, or an alliance its members, is still a demand', () => {
  assert.deepEqual(demands('Sberbank chief executive Herman Gref said Germany must pay for its gas in roubles.'), [
    'RUSBUS->DEU',
  ]);
  assert.deepEqual(demands('Stoltenberg said NATO must strengthen its eastern flank.'), ['IGOWSTNAT->IGOWSTNAT']);
});
