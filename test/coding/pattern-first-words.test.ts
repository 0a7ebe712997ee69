import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordHash } from '../../src/actors/trie.ts';
import { loadCodebook } from '../../src/coding/codebook.ts';
import { parsePatternFile } from '../../src/coding/patterns.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;

test("a pattern's first words are laid out flat: per word item, its count of alternatives and their first words", () => {
  const { patterns } = parsePatternFile('test.txt', '0231  plead for aid|help_now  T\n0331  pledge  T\n');
  assert.deepEqual([...patterns[0]!.firstWords], [1, wordHash('for'), 2, wordHash('aid'), wordHash('help')]);
  assert.deepEqual([...patterns[1]!.firstWords], []);
});

test("every pattern of the codebook has the first words of its own word items (a bare form's none)", () => {
  const codebook = loadCodebook(DIR);
  let bare = 0;
  for (const p of codebook.patterns) {
    const expected: number[] = [];
    for (const item of p.items) {
      if (item.kind !== 'word') continue;
      expected.push(item.parts.length, ...item.parts.map((part) => wordHash(part[0]!)));
    }
    assert.deepEqual([...p.firstWords], expected, p.id);
    if (p.id.endsWith(' (bare)')) bare++;
  }
  assert.ok(bare > 0);
});
