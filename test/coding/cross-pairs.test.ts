// Source × target pairs in order, a missing side standing as null.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossPairs } from '../../src/coding/initiative.ts';
import type { Mention } from '../../src/types.ts';

const named = (text: string): Mention => ({ actor: { text } }) as unknown as Mention;
const texts = (pairs: [Mention | null, Mention | null][]): string[] =>
  pairs.map(([s, t]) => `${s?.actor.text ?? '-'} > ${t?.actor.text ?? '-'}`);

test('each source with each target, sources first, in their order', () => {
  const [us, uk, iran, syria] = ['US', 'UK', 'Iran', 'Syria'].map(named);
  assert.deepEqual(texts(crossPairs([us!, uk!], [iran!, syria!])), [
    'US > Iran',
    'US > Syria',
    'UK > Iran',
    'UK > Syria',
  ]);
});

test('a missing source or target is one null, not no pair', () => {
  const [russia, kyiv] = ['Russia', 'Kyiv'].map(named);
  assert.deepEqual(texts(crossPairs([russia!], [])), ['Russia > -']);
  assert.deepEqual(texts(crossPairs([], [kyiv!])), ['- > Kyiv']);
  assert.deepEqual(texts(crossPairs([], [])), ['- > -']);
});
