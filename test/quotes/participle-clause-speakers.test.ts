// A participle clause between a quotation and its speaker ("…,” Peskov, speaking to reporters, said") or in front of
// the speaker ("Speaking after talks with Macron, Scholz said: “…”") hides neither the speaker nor names another.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { findQuotes } from '../../src/quotes/index.ts';

const registry = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);

/** [quoted text, speaker's code, speaker's surface] of each quotation. */
function speakers(text: string): [string, string | null, string | null][] {
  const doc = analyze({ id: 'q', date: '2022-03-01', title: null, url: null, source: null, text });
  return findQuotes(doc, findMentions(doc, registry).mentions).map((q) => [
    q.text,
    q.speaker?.code ?? null,
    q.speaker?.text ?? null,
  ]);
}

test('a participle clause between the speaker and the speech verb after the quotation', () => {
  assert.deepEqual(speakers('“The bridge will be rebuilt,” Lavrov, speaking to reporters in Minsk, said on Friday.'), [
    ['The bridge will be rebuilt', 'RUSGOV', 'Lavrov'],
  ]);
  assert.deepEqual(speakers('“No decision was taken,” Sergey Lavrov, asked about the grain deal, told journalists.'), [
    ['No decision was taken', 'RUSGOV', 'Sergey Lavrov'],
  ]);
});

test('a fronted participle clause naming someone else: the subject after its comma speaks', () => {
  assert.deepEqual(speakers('Speaking after talks with Emmanuel Macron, Sergey Lavrov said: “The bridge will stay.”'), [
    ['The bridge will stay.', 'RUSGOV', 'Sergey Lavrov'],
  ]);
  assert.deepEqual(speakers('Asked about Emmanuel Macron, Lavrov said the plan was “a fantasy of the West”.'), [
    ['a fantasy of the West', 'RUSGOV', 'Lavrov'],
  ]);
  // A list of speakers still reads back to its first.
  assert.deepEqual(speakers('Lavrov, Macron and Scholz said: “The bridge will stay.”'), [
    ['The bridge will stay.', 'RUSGOV', 'Lavrov'],
  ]);
});

test('after a fronted clause, a known subject of “called on … to “…”” speaks, as an unknown name does', () => {
  assert.deepEqual(
    speakers('Switching to English, Lavrov called on the “collective” West to “give Kyiv a clear exit”.'),
    [
      ['collective', 'RUSGOV', 'Lavrov'],
      ['give Kyiv a clear exit', 'RUSGOV', 'Lavrov'],
    ],
  );
});
