// One hand-written example sentence per verb pattern (test/fixtures/patterns/examples.tsv, keyed by
// pattern id): each must yield an asserted event with the pattern's CAMEO code, fired by that very
// pattern. A dictionary or coder change that stops a pattern from firing shows up here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createPipeline, DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { loadCodebook } from '../../src/coding/index.ts';
import { parseExamples, runExamples } from '../../src/coding/check.ts';

const tsv = new URL('../fixtures/patterns/examples.tsv', import.meta.url).pathname;
const examples = parseExamples(readFileSync(tsv, 'utf8'));
const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);
const outcomes = runExamples(codebook, createPipeline().code, examples);
const files = [...new Set(codebook.patterns.map((p) => p.file))].sort();

test('examples name existing patterns, once each, and cover most of the dictionary', () => {
  const ids = examples.map((e) => e.patternId);
  assert.equal(new Set(ids).size, ids.length, 'a pattern has two examples');
  const unknown = outcomes
    .filter((o) => o.pattern === null)
    .map((o) => `line ${o.example.line}: ${o.example.patternId}`);
  assert.deepEqual(unknown, [], 'examples of patterns that no longer exist (update examples.tsv)');
  assert.ok(examples.length > 500, `only ${examples.length} examples`);
});

for (const file of files) {
  test(`pattern examples: ${file}`, () => {
    const mine = outcomes.filter((o) => o.pattern?.file === file);
    assert.ok(mine.length > 0, `${file}: no examples in examples.tsv`);
    const failures = mine
      .filter((o) => !o.fired)
      .map((o) => `${o.example.patternId}: got ${o.got}\n    "${o.example.sentence}"`);
    assert.equal(
      failures.length,
      0,
      `${failures.length} of ${mine.length} examples failed:\n  ${failures.join('\n  ')}`,
    );
  });
}
