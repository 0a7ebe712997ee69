// In a speaker's words, "us" after a hostile preposition ("the war they waged against us"), a single speaker's "my
// country", and "our" before a piece or an asset of the land ("our part of the coast", "our plant") are the
// speaker's state as the target of an act, as "our country" and an object "us" already are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceReadings as readings } from './shipped-readings.ts';
import { createPipeline } from '../../src/pipeline.ts';

test('"us" after a hostile preposition is the speaker\'s state', () => {
  assert.deepEqual(readings('Ukraine is at war. "Russia unleashed a brutal war against us," Zelenskyy said.', 1), [
    '190 RUS->UKR asserted',
  ]);
  assert.deepEqual(readings('Belarus has a border. "The West imposed new restrictions on us," Lukashenko said.', 1), [
    '163 WST->BLR asserted',
  ]);
  // "many of us", "for us": a part of the speakers or a beneficiary, not an object aimed at.
  assert.deepEqual(readings('Ukraine is at war. "Many of us support the plan," Zelenskyy said.', 1), []);
});

test('a single speaker\'s "my country" is the speaker\'s state', () => {
  assert.deepEqual(readings('Ukraine is at war. "European countries fully support my country," Zelenskyy said.', 1), [
    '051 EUR->UKR asserted',
  ]);
});

test('"our" before a piece of the land or an asset of the state makes it the speaker\'s', () => {
  assert.deepEqual(readings('Ukraine is at war. "Russia has seized our part of the coast," Zelenskyy said.', 1), [
    '192 RUS->UKR asserted',
  ]);
  assert.deepEqual(readings('Ukraine is at war. "Russian missiles destroyed our largest plant," Zelenskyy said.', 1), [
    '1712 RUSMIL->UKR asserted',
  ]);
  // "on our part" is the speaker's side, no piece of the land.
  assert.deepEqual(readings('Russia is at peace. "This demands more effort on our part," Putin said.', 1), []);
});

/** "cameo src->tgt modality" of the events of sentence `index` in a text published by Ukraine's presidency. */
function released(text: string, index: number): string[] {
  pipeline ??= createPipeline();
  const source = 'Office of the President of Ukraine (president.gov.ua)';
  return pipeline
    .code({ id: 't', date: '2022-04-01', title: null, url: null, source, text })
    .events.filter((e) => e.sentenceIndex === index)
    .map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`);
}
let pipeline: ReturnType<typeof createPipeline> | null = null;

test('outside every quotation a direct object "our country" or "us" is the publishing voice\'s state', () => {
  assert.deepEqual(released('Ukraine is at war. The Russian army keeps shelling our cities.', 1), [
    '194 RUSMIL->UKR asserted',
  ]);
  assert.deepEqual(released('Ukraine is at war. Estonia will continue to support our country.', 1), [
    '030 EST->UKR asserted',
  ]);
  // An act that matched only through the land and whose doer the coder missed is none, not the writer's own act.
  assert.deepEqual(
    released(
      'Ukraine is at war. Zelenskyy thanked the partners who continue to provide us with effective support.',
      1,
    ).filter((r) => r.startsWith('070')),
    [],
  );
});
