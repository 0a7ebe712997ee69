// Whose obligation a sentence states and on whom: "X is convinced that Y must …" is X's demand of Y, as "X believes
// that …"; "the response to this crime of Russia must be decisive" binds no actor ("of" names the noun's owner), but
// "the whole of Europe must" and "the leadership of Russia must" bind Europe and Russia.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

const demands = (text: string): string[] => allReadings(text, 'rules:obligation');

test('a conviction stated ("is convinced that") is its holder\'s words: the obligation in it is a demand', () => {
  assert.deepEqual(demands('Zelenskyy is convinced that the Russian Federation needs to take a step back.'), [
    '100 UKRGOV->RUS asserted',
  ]);
  assert.deepEqual(demands('Zelenskyy is convinced that the G20 should give a clear assessment of the war.'), [
    '100 UKRGOV->IGOG20 asserted',
  ]);
});

test('"X of Y must": Y is bound only when X is Y itself, a part of it or its rulers', () => {
  assert.deepEqual(demands('Zelenskyy said that the response to this crime of Russia must be decisive.'), []);
  assert.deepEqual(demands('Zelenskyy said that the power of the UN Charter must be restored.'), []);
  assert.deepEqual(demands('Zelenskyy said that the whole of Europe must restrict Russian energy.'), [
    '100 UKRGOV->EUR asserted',
  ]);
  assert.deepEqual(demands('Zelenskyy said that the leadership of Russia must bear responsibility.'), [
    '100 UKRGOV->RUSGOV asserted',
  ]);
});
