// "… forced out a Russia-friendly president after he refused to sign": the pronoun stands for the unnamed president
// of its own sentence, not for the person an earlier sentence named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

function sources(text: string): string[] {
  return pipeline
    .code({ id: 't', date: '2022-06-10', title: null, url: null, source: null, text })
    .events.map((e) => `${e.trigger.text} ${e.source?.code ?? '-'}`);
}

test('a pronoun after an indefinite unnamed title is not an earlier named person', () => {
  const got = sources(
    'Vladimir Putin spoke to reporters on Friday. In 2014 street protests toppled a Moscow-friendly president after he rejected a trade deal with the EU.',
  );
  assert.ok(
    got.every((e) => !e.endsWith('RUSGOV')),
    got.join('; '),
  );
});

test('a pronoun with no unnamed title before it still takes the earlier person', () => {
  const got = sources(
    'Vladimir Putin spoke to reporters on Friday. After the talks he rejected a trade deal with the EU.',
  );
  assert.ok(
    got.some((e) => e.endsWith('RUSGOV')),
    got.join('; '),
  );
});
