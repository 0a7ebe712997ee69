// A whole people or land taken hostage is a figure, no hostage-taking (src/coding/figurative-hostages.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

function hostages(text: string): string[] {
  return pipeline
    .code({ id: 't', date: '2022-03-10', title: 'Statement', url: null, source: null, text })
    .events.filter((e) => e.cameo === '181')
    .map((e) => `${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
}

test('a whole people taken hostage is a figure of speech', () => {
  assert.deepEqual(hostages('Putin said the neo-Nazis in Kiev have taken the Ukrainian people hostage.'), []);
});

test('persons taken hostage, named or counted, and the place where they were taken, stay', () => {
  assert.deepEqual(hostages('Putin said Ukrainian radicals had taken six Russians hostage.'), ['UKR->RUSCVL']);
  assert.deepEqual(hostages('Putin said Ukrainian radicals had taken Russians hostage.'), ['UKR->RUSCVL']);
  assert.deepEqual(hostages('Zelensky said Russian troops took 400 people hostage in Mariupol.'), ['RUSMIL->UKR']);
  assert.deepEqual(hostages('Foreign citizens have been taken hostage in Sumy, Putin said.'), ['UKRUAF->UKR']);
});
