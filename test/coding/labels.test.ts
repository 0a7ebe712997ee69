// Naming an actor or its doings by a harsh word is criticism, 111 (src/coding/labels.ts, dictionaries/harsh-words.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt" of the events whose rule is the label rule. */
function labelled(text: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text })
    .events.filter((e) => e.rule.startsWith('rules:label'))
    .map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
}

test('calling or describing an actor or its act by a harsh word criticises the actor', () => {
  assert.deepEqual(labelled('Macron described Russia’s statements as “lies.”'), ['111 FRAGOV->RUS']);
  assert.deepEqual(labelled('Pope Francis called Putin’s invasion of Ukraine a “cruel and senseless war.”'), [
    '111 VATGOV->RUSGOV',
  ]);
  assert.deepEqual(labelled('Peskov called the US statements hysteria.'), ['111 RUSGOV->USA']);
  // The harsh words may name the actor themselves.
  assert.deepEqual(labelled('Ushakov spoke of what he described as unprecedented American hysteria.'), [
    '111 RUSGOV->USA',
  ]);
});

test('no criticism: a phone call, an appeal, a passive, "so-called", no harsh word, no one named, a negation', () => {
  for (const text of [
    'Biden called Zelensky to discuss the Russian aggression.',
    'Zelensky called on Russia to end the aggression.',
    'We are called the aggressor by Russia.',
    'Russia held so-called referendums, which Ukraine called illegal.',
    'Scholz described the talks with Putin as constructive.',
    'Lavrov called the sanctions illegal.',
    'Macron did not call Russia’s actions genocide.',
    'Zelensky described Russian atrocities in Bucha.',
  ])
    assert.deepEqual(labelled(text), [], text);
});
