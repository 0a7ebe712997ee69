// Acts on a two-sided treaty are aimed at its other side (src/coding/treaties.ts, dictionaries/actors/treaties.tsv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';
import { parseTreaties } from '../../src/coding/treaties.ts';

test('leaving or suspending a two-sided treaty reduces relations with the other side', () => {
  assert.deepEqual(allReadings('The US unilaterally pulled out of the INF Treaty in 2019.'), ['160 USA->RUS asserted']);
  assert.deepEqual(allReadings('Russia suspended its participation in the New START treaty.'), [
    '160 RUS->USA asserted',
  ]);
  // The name runs past a comma of its own.
  assert.deepEqual(allReadings('Ukraine terminated the Treaty on Friendship, Cooperation and Partnership.'), [
    '160 UKR->RUS asserted',
  ]);
  // Other acts on the treaty too: ratifying it.
  assert.deepEqual(allReadings('Russia ratified the New START treaty.'), ['057 RUS->USA asserted']);
});

test('no target when the doer is no party, the other side is many, or the treaty is not what the act is about', () => {
  assert.deepEqual(allReadings('Germany withdrew from the INF Treaty.'), ['160 DEU->- asserted']);
  assert.deepEqual(allReadings('Russia pulled out of the agreement, which the INF Treaty had replaced.'), [
    '160 RUS->- asserted',
  ]);
  assert.deepEqual(allReadings('Russia pulled out of the treaty.'), ['160 RUS->- asserted']);
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
