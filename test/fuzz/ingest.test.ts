// Fuzz over input parsing: generated hostile files (random bytes, truncated UTF-8, a 10 MB line, deep JSON,
// invalid dates, broken feeds, HTML with scripts, UTF-16) through readInputs, and their articles through the coder.
// Properties: no throw, bounded time, an article or a fatal one-line diagnostic naming the file, ids unique.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline } from '../../src/pipeline.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { runFileCase, warmUp, type Finding } from './cases.ts';
import { FILE_KINDS, type FileKind } from './generate.ts';
import { caseSeed } from './prng.ts';

const RUN_SEED = 20260228;
const dir = mkdtempSync(join(tmpdir(), 'detente-fuzz-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const pipeline = createPipeline();
warmUp(pipeline);

/** Cases per kind in `npm test`; the 10 MB line is costly, so fewer of those. */
const CASES: Partial<Record<FileKind, number>> = { 'huge-line': 2 };
const show = (findings: readonly Finding[]) => findings.map((f) => `${f.replay}: ${f.problem}`).join('\n');

for (const kind of FILE_KINDS) {
  test(`ingest fuzz: ${kind}`, async () => {
    const findings: Finding[] = [];
    // The articles read are also coded, for the first two cases of each kind.
    const n = CASES[kind] ?? 5;
    for (let i = 0; i < n; i++) {
      const report = await runFileCase(
        dir,
        caseSeed(RUN_SEED, i),
        kind,
        1,
        i < 2 && kind !== 'huge-line' ? pipeline : null,
      );
      findings.push(...report.findings);
    }
    assert.equal(findings.length, 0, show(findings));
  });
}

test('ingest fuzz: a directory of hostile files is read to the end, one item or more per file', async () => {
  // The batch never stops at the first bad input: every file of the directory shows up.
  const sub = join(dir, 'batch');
  const names: string[] = [];
  for (const [i, kind] of FILE_KINDS.filter((k) => k !== 'huge-line').entries()) {
    const report = await runFileCase(sub, caseSeed(RUN_SEED + 1, i), kind, 0.5, null);
    assert.equal(report.findings.length, 0, show(report.findings));
    names.push(`${kind}-${caseSeed(RUN_SEED + 1, i)}`);
  }
  const seen = new Set<string>();
  for await (const item of readInputs([sub])) {
    const caseDir = names.find((n) => item.origin.includes(`/${n}/`));
    assert.ok(caseDir !== undefined, `unexpected origin ${item.origin}`);
    seen.add(caseDir);
  }
  assert.deepEqual([...seen].sort(), [...names].sort());
});

test('ingest fuzz: the checks catch what they are meant to catch', async () => {
  // A generated file that must produce one fatal diagnostic (random bytes with NULs) and one that must not.
  const { itemViolations } = await import('./check.ts');
  assert.deepEqual(itemViolations({ origin: 'x.jsonl:1', article: null, diagnostics: [] }, 'x.jsonl'), [
    'x.jsonl:1: no article and no fatal diagnostic',
  ]);
  const twoLines = {
    origin: 'x.jsonl:2',
    article: null,
    diagnostics: [
      { stage: 'ingest', ruleId: 'ingest/bad-json', severity: 'fatal' as const, message: 'x.jsonl:2: bad\nline' },
    ],
  };
  assert.match(itemViolations(twoLines, 'x.jsonl').join(';'), /not one line/);
  const badDate = {
    origin: 'x.jsonl:3',
    article: { id: 'a', date: '2022-02-30', title: null, url: null, source: null, text: 'Russia met NATO.' },
    diagnostics: [],
  };
  assert.match(itemViolations(badDate, 'x.jsonl').join(';'), /not a calendar date/);
});
