// Acts on a two-sided treaty are aimed at its other side (src/coding/treaties.ts, dictionaries/actors/treaties.tsv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';
import { parseTreaties } from '../../src/coding/treaties.ts';

let pipeline: ReturnType<typeof createPipeline> | null = null;

/** "cameo src->tgt" of the events of one sentence. */
function coded(text: string): string[] {
  pipeline ??= createPipeline();
  return pipeline
    .code({ id: 't', date: '2021-12-10', title: null, url: null, source: null, text })
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
}

test('leaving or suspending a two-sided treaty reduces relations with the other side', () => {
  assert.deepEqual(coded('The US unilaterally pulled out of the INF Treaty in 2019.'), ['160 USA->RUS']);
  assert.deepEqual(coded('Russia suspended its participation in the New START treaty.'), ['160 RUS->USA']);
  // The name runs past a comma of its own.
  assert.deepEqual(coded('Ukraine terminated the Treaty on Friendship, Cooperation and Partnership.'), [
    '160 UKR->RUS',
  ]);
  // Other acts on the treaty too: ratifying it.
  assert.deepEqual(coded('Russia ratified the New START treaty.'), ['057 RUS->USA']);
});

test('no target when the doer is no party, the other side is many, or the treaty is not what the act is about', () => {
  assert.deepEqual(coded('Germany withdrew from the INF Treaty.'), ['160 DEU->-']);
  assert.deepEqual(coded('Russia pulled out of the agreement, which the INF Treaty had replaced.'), ['160 RUS->-']);
  assert.deepEqual(coded('Russia pulled out of the treaty.'), ['160 RUS->-']);
});

test('treaty names: whole words, acronyms only in capitals, other words in any case', () => {
  const [inf, jcpoa] = parseTreaties(
    'treaty\tside_a\tside_b\tnames\nINF\tUSA\tRUS\tINF Treaty|INF\nJCPOA\tIRN\tUSA,GBR\tJCPOA|Iran nuclear deal\n',
  );
  assert.ok(inf!.name.test('the INF treaty'));
  assert.equal(inf!.name.test('the inf Treaty'), false);
  assert.equal(inf!.name.test('an informal deal'), false);
  assert.ok(jcpoa!.name.test('the iran nuclear deal'));
  assert.deepEqual(jcpoa!.sides, [['IRN'], ['USA', 'GBR']]);
});
