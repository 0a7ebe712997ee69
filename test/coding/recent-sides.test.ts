// With no readout, "they" are the article's two main sides only when no third side's person was just named
// (src/coding/recent-sides.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a news story’s "they" is not the article’s two main sides when others were just named', () => {
  const story =
    'Asia is divided over the war. Japanese Prime Minister Fumio Kishida praised Chinese President Xi Jinping. ' +
    'Kishida thanked Xi. Kishida spoke with Xi. ';
  const visit = 'On Monday, Xi praised Russian President Vladimir Putin and called him a friend. ';
  assert.deepEqual(readings(`${story}Markets were calm. ${visit}They discussed the Ukraine war.`, 'discussed'), []);
  // With both main sides named just before, "they" are they.
  assert.deepEqual(readings(`${story}They discussed the Ukraine war.`, 'discussed'), [
    '040 JPNGOV->CHNGOV asserted',
    '040 CHNGOV->JPNGOV asserted',
  ]);
});
