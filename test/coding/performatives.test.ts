// A speaker who says "I would like to thank …" has thanked: the wish to perform a speech act performs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt modality" of the events triggered by `word`, through the shipped dictionaries. */
function readings(text: string, word: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '2021-12-01', title: null, url: null, source: null, text })
    .events.filter((e) => e.trigger.text.startsWith(word))
    .map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`);
}

test('a first-person wish to thank, congratulate or condemn is the act itself, asserted', () => {
  assert.deepEqual(readings('Zelensky said he would like to thank Poland for its help.', 'thank'), [
    '051 UKRGOV->POL asserted',
  ]);
  // "want to" commits its subject to a future act elsewhere ("we want to help" = intent, 03x); not here.
  assert.deepEqual(readings('"We want to thank Poland," Zelensky said.', 'thank'), ['051 UKRGOV->POL asserted']);
  assert.deepEqual(readings('"I want to condemn Russia for this attack," Zelensky said.', 'condemn'), [
    '111 UKRGOV->RUS asserted',
  ]);
});

test('a wish that is negated, not the speaker’s, or not a speech act stays unperformed', () => {
  assert.deepEqual(readings('"I would not like to thank Poland," Zelensky said.', 'thank'), [
    '051 UKRGOV->POL negated',
  ]);
  assert.deepEqual(readings('Zelensky said that Russia would like to discuss security with NATO.', 'discuss'), [
    '040 RUS->IGOWSTNAT hypothetical',
    '040 IGOWSTNAT->RUS hypothetical',
  ]);
  assert.deepEqual(readings('"We want to help Poland," Zelensky said.', 'help'), ['033 UKRGOV->POL asserted']);
});

test('a named person’s wish to thank or congratulate reports the act, as "he" does; a state’s wish stays an intent', () => {
  assert.deepEqual(readings('Biden wants to thank Poland for its support.', 'thank'), ['051 USAGOV->POL asserted']);
  assert.deepEqual(readings('President Zelensky wished to congratulate Poland on its national day.', 'congratulate'), [
    '051 UKRGOV->POL asserted',
  ]);
  assert.deepEqual(readings('Biden does not want to thank Poland.', 'thank'), ['051 USAGOV->POL negated']);
  assert.deepEqual(readings('Russia wants to thank Poland.', 'thank'), ['030 RUS->POL asserted']);
});
