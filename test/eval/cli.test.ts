// The eval command end to end, through the real pipeline (whatever it codes today) on our fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../bin/detente.js', import.meta.url).pathname;
const FIX = new URL('../fixtures/eval/', import.meta.url).pathname;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('a missing gold file is one clear line on stderr and exit code 2', () => {
  const r = run('eval', '--gold', `${FIX}no-such-gold.jsonl`);
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /no-such-gold\.jsonl does not exist .*\.\.\/shared\/gold/);
});

test('eval without --gold or --review is a usage error', () => {
  const r = run('eval');
  assert.equal(r.code, 2, r.stderr);
});

test('eval --json on a PETR2 fixture reports every record through the real pipeline', () => {
  const r = run('eval', '--gold', `${FIX}petr2-mini.jsonl`, '--json', '--misses', '2');
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout) as {
    petr2: { records: number; expectedEvents: number; misses: unknown[] };
    plover: null;
  };
  assert.equal(json.plover, null);
  assert.equal(json.petr2.records, 4);
  assert.equal(json.petr2.expectedEvents, 4);
  assert.ok(json.petr2.misses.length <= 2);
});

test('eval --review needs the corpus and says plainly when it is absent', () => {
  const absent = run('eval', '--review', `${FIX}review-mini.jsonl`, '--corpus', `${FIX}no-corpus.jsonl`);
  assert.equal(absent.code, 2, absent.stderr);
  assert.match(absent.stderr, /corpus .*no-corpus\.jsonl does not exist/);
  const ok = run('eval', '--review', `${FIX}review-mini.jsonl`, '--corpus', `${FIX}corpus-mini.jsonl`, '--json');
  assert.equal(ok.code, 0, ok.stderr);
  const json = JSON.parse(ok.stdout) as { articles: number; diagnostics: { ruleId: string }[] };
  assert.equal(json.articles, 3);
  assert.ok(json.diagnostics.some((d) => d.ruleId === 'eval/review-article-missing'));
});

test('eval --baseline compares with an earlier --json run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-eval-'));
  const before = run('eval', '--gold', `${FIX}petr2-mini.jsonl`, '--json');
  assert.equal(before.code, 0, before.stderr);
  writeFileSync(join(dir, 'before.json'), before.stdout);
  const after = run('eval', '--gold', `${FIX}petr2-mini.jsonl`, '--baseline', join(dir, 'before.json'));
  assert.equal(after.code, 0, after.stderr);
  assert.match(after.stdout, /compared with .*before\.json:/);
  assert.match(after.stdout, /broken: new misses \(0\):/, 'the same coder twice breaks nothing');
  writeFileSync(join(dir, 'bad.json'), '{"nope": 1}');
  const bad = run('eval', '--gold', `${FIX}petr2-mini.jsonl`, '--baseline', join(dir, 'bad.json'));
  assert.equal(bad.code, 2, bad.stderr);
  assert.match(bad.stderr, /is not the output of `detente eval --gold … --json`/);
  rmSync(dir, { recursive: true, force: true });
});
