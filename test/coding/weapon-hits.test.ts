// "Russian missiles hit an apartment block": a weapon's hit is an attack even when what it hits is no actor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';
import { sortedReadings } from './fake-actors.ts';

test('a weapon that hits a thing is force of the weapon’s kind, by the weapon’s side', () => {
  assert.deepEqual(sortedReadings('Russian missiles hit an apartment block.'), ['194 RUS->- asserted']);
  assert.deepEqual(sortedReadings('A Russian drone hit a power plant.'), ['195 RUS->- asserted']);
  assert.deepEqual(sortedReadings('Russian bombs hit residential areas.'), ['190 RUS->- asserted']);
});

test('what hits without being a weapon is no act of force, and an actor after a preposition is no target', () => {
  assert.deepEqual(sortedReadings('The crisis hit the Russian economy.'), []);
  assert.deepEqual(sortedReadings('Russian missiles hit the city during the visit of Blinken.'), [
    '194 RUS->- asserted',
  ]);
});

test('the place where the weapon hits gives the target; a quote’s speaker is not the weapon’s side', () => {
  const pipeline = createPipeline();
  const events = (text: string): string[] =>
    pipeline
      .code({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text })
      .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
  assert.deepEqual(events('Russian missiles hit a residential building in Kharkiv.'), ['194 RUSMIL->UKR']);
  assert.deepEqual(events('“A second missile hit the building,” Zelensky said.'), []);
});
