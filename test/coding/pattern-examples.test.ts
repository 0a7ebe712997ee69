// One hand-written example sentence per verb pattern (test/fixtures/patterns/examples.tsv):
// each must yield an asserted event with the pattern's CAMEO code, fired by that very pattern.
// A dictionary or coder change that stops a pattern from firing shows up here by FILE:LINE.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline, DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { loadCodebook } from '../../src/coding/index.ts';
import type { Event } from '../../src/types.ts';

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly sentence: string;
}

const tsv = new URL('../fixtures/patterns/examples.tsv', import.meta.url).pathname;
const examples: Example[] = readFileSync(tsv, 'utf8')
  .split('\n')
  .filter((row) => row.trim() !== '' && !row.startsWith('#'))
  .map((row) => {
    const [where = '', code = '', sentence = ''] = row.split('\t');
    const [file = '', line = ''] = where.split(':');
    return { file, line: Number(line), code, sentence };
  });

const pipeline = createPipeline();
const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);
const verbFiles = readdirSync(join(DEFAULT_DICTIONARY_DIR, 'verbs'))
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** The pattern id an event's rule starts with, without the coder's notes (" (passive)", " → intent 036", " [threaten]"). */
function patternIdOf(rule: string): string {
  return rule.replace(/ \(bare\).*$/, '').replace(/ (?:\(|→|\[).*$/, '');
}

function describe(events: readonly Event[]): string {
  if (events.length === 0) return 'no events';
  return events
    .map((e) => `${e.cameo} ${e.modality} ${e.source?.name ?? '-'}→${e.target?.name ?? '-'} (${e.rule})`)
    .join('; ');
}

test('every example names an existing pattern line with its code, once', () => {
  const seen = new Set<string>();
  for (const ex of examples) {
    const where = `${ex.file}:${ex.line}`;
    assert.ok(!seen.has(where), `${where} has two examples`);
    seen.add(where);
    const pattern = codebook.patterns.find((p) => p.file === ex.file && p.line === ex.line);
    assert.ok(pattern, `${where}: no pattern on that line (dictionary edited? update examples.tsv)`);
    assert.equal(pattern.code, ex.code, `${where}: pattern code is ${pattern.code}, example says ${ex.code}`);
    assert.ok(ex.sentence.length > 0, `${where}: empty sentence`);
  }
  assert.ok(examples.length > 500, `only ${examples.length} examples`);
});

for (const file of verbFiles) {
  test(`pattern examples: ${file}`, () => {
    const mine = examples.filter((ex) => ex.file === file);
    assert.ok(mine.length > 0, `${file}: no examples in examples.tsv`);
    const failures: string[] = [];
    for (const ex of mine) {
      const pattern = codebook.patterns.find((p) => p.file === ex.file && p.line === ex.line && p.code === ex.code);
      if (pattern === undefined) {
        failures.push(`${file}:${ex.line} expected ${ex.code}, but that line holds no such pattern`);
        continue;
      }
      const result = pipeline.code({
        id: `${file}:${ex.line}`,
        date: '2022-03-01',
        title: null,
        url: null,
        source: null,
        text: ex.sentence,
      });
      const fired = result.events.some(
        (e) => e.cameo === ex.code && e.modality === 'asserted' && patternIdOf(e.rule) === pattern.id,
      );
      if (!fired) {
        failures.push(
          `${file}:${ex.line} expected ${ex.code} from "${pattern.id}", got ${describe(result.events)}\n    "${ex.sentence}"`,
        );
      }
    }
    assert.equal(
      failures.length,
      0,
      `${failures.length} of ${mine.length} examples failed:\n  ${failures.join('\n  ')}`,
    );
  });
}
