// A reflexive object is the doer itself: an act done to oneself is no event (src/coding/reflexive-objects.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

/** "cameo src->tgt modality" of every event of `text`. */
function coded(text: string): string[] {
  return pipeline
    .code({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text })
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`);
}

test('an act whose object is a reflexive pronoun is no event', () => {
  assert.deepEqual(coded('Vladimir Putin is in the process of destroying himself.'), []);
  assert.deepEqual(coded('About 2 million Ukrainians are in Poland to protect themselves from war.'), []);
});

test('what a speaker alleges by such an act stays, and so do acts on others and demands', () => {
  // PETR2 NEST_8: the accusation is the event; Iraq's attack on itself is not.
  assert.deepEqual(coded('The US said that Iraq had attacked themselves'), ['112 USA->IRQ asserted']);
  assert.deepEqual(coded('Russia attacked Ukraine.'), ['190 RUS->UKR asserted']);
  assert.deepEqual(coded('But Ukraine must defend itself to achieve peace, Meloni said.'), ['100 ITA->UKR asserted']);
});
