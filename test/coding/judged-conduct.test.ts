// Another actor's conduct judged through a copula is criticism of the doer by the speaker (judged-conduct.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

const labels = (text: string): string[] => allReadings(text, 'rules:label');

test('an owned act called a violation, illegal or unacceptable criticises its doer', () => {
  assert.deepEqual(labels('Lavrov said that Washington’s latest actions are a gross violation of international law.'), [
    '111 RUSGOV->USA asserted',
  ]);
  assert.deepEqual(labels('The Kremlin said Lithuania’s decision was illegitimate.'), ['111 RUSGOV->LTU asserted']);
  assert.deepEqual(labels('Lavrov said that the actions of NATO are absolutely unacceptable.'), [
    '111 RUSGOV->IGOWSTNAT asserted',
  ]);
  assert.deepEqual(labels('Kuleba said that the expulsion of our diplomats by Hungary was a provocation.'), [
    '111 UKRGOV->HUN asserted',
  ]);
  assert.deepEqual(labels('Lavrov also stressed that the US military activity in Ukraine is unacceptable.'), [
    '111 RUSGOV->USA asserted',
  ]);
  assert.deepEqual(labels('Scholz said that Russia’s annexation of Crimea is a blatant breach of international law.'), [
    '111 DEUGOV->RUS asserted',
  ]);
});

test('no criticism: negated, asked, conditional, praised, the object of "of", or one’s own side', () => {
  for (const text of [
    'Lavrov said Washington’s actions are not a violation of international law.',
    'Lavrov asked whether Washington’s actions are illegal.',
    'If Poland’s decision is illegal, the court will say so, Lavrov said.',
    'Lavrov said that the decisions of the Polish government are lawful.',
    'Lavrov said that the recognition of Kosovo was a violation of international law.',
    'Lavrov said that Russia’s actions are no violation of international law.',
    'Peskov said that Russia’s decision was illegal under Ukrainian law.',
  ])
    assert.deepEqual(labels(text), [], text);
});
