import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

function codes(text: string, date: string): string[] {
  const doc = analyze({ id: 't', date, title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => m.actor.code);
}

test("Russia's Supreme Court president and the Central District envoy are named on their dates", () => {
  assert.deepEqual(codes('Vyacheslav Lebedev reported on the courts.', '2022-02-09'), ['RUSJUD']);
  assert.deepEqual(codes('Igor Shchegolev spoke next.', '2022-02-21'), ['RUSGOV']);
  // After his death he is a former official.
  assert.deepEqual(codes('Vyacheslav Lebedev was remembered.', '2024-06-01'), ['RUSELI']);
});

test('"Le Pen" alone is Marine Le Pen', () => {
  assert.deepEqual(codes('Le Pen flew to Moscow.', '2022-04-20'), ['FRAOPP', 'RUS']);
});
