// A "he" or "she" in the text's own voice after a quotation is its speaker, not a person named inside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

function events(text: string): string[] {
  const r = pipeline.code({ id: 't', date: '2022-04-01', title: null, url: null, source: null, text });
  return r.events.map((e) => `${e.source?.code ?? '∅'} ${e.cameo} ${e.target?.code ?? '∅'} ${e.trigger.text}`);
}

test('a narrating "he" after a quotation is its speaker, not a person named in it', () => {
  assert.deepEqual(
    events(
      '"Lukashenko is a puppet," Andrzej Duda told reporters. He later criticised Hungary for its silence.',
    ).filter((e) => e.endsWith('criticised')),
    ['POLGOV 111 HUN criticised'],
  );
});

test('so is the "his" of a claim after it: the claimant\'s troops', () => {
  const text =
    'Andrzej Duda spoke on Friday.\n\n"We are ready," Andrzej Duda said. "Lukashenko lies. He sends migrants to our border."\n\n' +
    'He later claimed his troops had detained Belarusian soldiers.';
  assert.deepEqual(
    events(text).filter((e) => e.endsWith('detained')),
    ['POLGOV 173 BLRMIL detained'],
  );
});
