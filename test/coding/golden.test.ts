// Golden files pin the whole coder (NLP, actors, quotes, events) on our own fixture articles, so a
// dictionary or rule change shows up as a reviewable diff in test/golden/. Regenerate with
// `UPDATE_GOLDEN=1 npm test` and read the diff before committing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.ts';
import { createPipeline } from '../../src/pipeline.ts';

const golden = new URL('../golden/', import.meta.url).pathname;
const pipeline = createPipeline();
// Our own fixture articles, and the bundled example article.
const inputs = [
  new URL('../fixtures/golden/', import.meta.url).pathname,
  new URL('../../examples/', import.meta.url).pathname,
].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((name) => ({ dir, name })),
);

for (const { dir, name } of inputs) {
  test(`golden: ${name}`, async () => {
    const results = [];
    for await (const item of readInputs([join(dir, name)])) {
      assert.ok(item.article, `${name} should read as an article`);
      // The dictionary version changes with every dictionary edit; the diff should show what changed in the events.
      const result = pipeline.code(item.article);
      results.push({
        ...result,
        events: result.events.map((e) => ({ ...e, dictionaryVersion: '<version>' })),
      });
    }
    const actual = `${JSON.stringify(results, null, 1)}\n`;
    const file = join(golden, name.replace(/\.txt$/, '.json'));
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, actual);
    // Parsed comparison: the assertion diff then names the fields that changed.
    assert.deepStrictEqual(
      JSON.parse(actual),
      JSON.parse(readFileSync(file, 'utf8')),
      `${name}: coder output differs from ${file}`,
    );
  });
}
