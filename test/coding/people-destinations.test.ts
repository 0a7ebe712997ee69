// "deported our people to Russia": the people moved are the target of a removal, never the place they are taken to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

function events(text: string): string[] {
  return pipeline
    .code({ id: 't', date: '2022-06-10', title: null, url: null, source: null, text })
    .events.map((e) => `${e.trigger.text} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
}

test('a deportation is not aimed at the destination', () => {
  const got = events('Russian forces are deporting local residents to Belarus, officials in Kyiv said.');
  const deport = got.filter((e) => e.startsWith('deporting'));
  assert.ok(deport.length > 0, got.join('; '));
  assert.ok(
    deport.every((e) => !e.endsWith('->BLR')),
    got.join('; '),
  );
});

test('a deportation of named people keeps them as its target', () => {
  const got = events('Russian troops deported Ukrainian teenagers to Belarus last month.');
  assert.ok(got.includes('deported RUSMIL->UKRCVL') || got.some((e) => e.endsWith('->UKR')), got.join('; '));
});

test('a reduced passive of removal does not target the destination', () => {
  const got = events('Thousands of families forcibly deported to Belarus have asked to come home.');
  assert.ok(
    got.every((e) => !e.endsWith('->BLR')),
    got.join('; '),
  );
});

test('people named right after the verb stay its target', () => {
  const got = events('The council voted to expel Russia from the organisation, the minister said.');
  assert.ok(
    got.some((e) => e.startsWith('expel') && e.endsWith('->RUS')),
    got.join('; '),
  );
});
