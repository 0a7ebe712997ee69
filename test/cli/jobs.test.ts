// `--jobs 2` through the real CLI (bin/detente.js, worker threads loading TypeScript as the bin does): `code` writes
// the same bytes in the same order as `--jobs 1`, with the same diagnostic lines for bad inputs amid good ones, and
// `ingest` stores the same rows into a real SQLite file.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.ts';
import { articleText } from '../fuzz/generate.ts';
import { createRng } from '../fuzz/prng.ts';

const BIN = fileURLToPath(new URL('../../bin/detente.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'detente-jobs-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, TZ: 'UTC', DETENTE_DB: '' };

/** News-like inputs of several forms, with bad lines and an undated article among the good ones. */
function writeInputs(): string[] {
  const rng = createRng(2025);
  const lines: string[] = [];
  for (let i = 0; i < 36; i++) {
    const date = i === 7 ? undefined : `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push(JSON.stringify({ id: `n${i}`, date, title: `Report ${i}`, text: articleText(rng, 'news', 0.6) }));
    if (i % 11 === 3) lines.push('{"id": "cut", "text": ');
    if (i === 20) lines.push(JSON.stringify({ id: 'empty', text: '' }));
  }
  const jsonl = join(dir, 'wire.jsonl');
  writeFileSync(jsonl, `${lines.join('\n')}\n`);
  const plain = join(dir, 'dispatch.txt');
  writeFileSync(plain, `Envoys meet in Geneva\n\n${articleText(rng, 'news', 1)}\n`);
  return [jsonl, plain];
}

function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

/** stderr without the closing summary, whose time differs from run to run. */
const diagnostics = (stderr: string): string[] =>
  stderr
    .split('\n')
    .filter((l) => l !== '' && !/^(coded|ingested) \d+ articles/.test(l) && !l.startsWith('pair results'));

const inputs = writeInputs();

test(
  'code --jobs 2 writes the bytes of --jobs 1, in order, with the same diagnostics',
  { timeout: 300_000 },
  async () => {
    const [one, two] = await Promise.all([
      run(['code', ...inputs, '--date', '2024-04-02']),
      run(['code', ...inputs, '--date', '2024-04-02', '--jobs', '2']),
    ]);
    assert.equal(one.code, 1, one.stderr); // the cut lines and the empty article fail
    assert.equal(two.code, one.code, two.stderr);
    assert.equal(one.stdout.split('\n').length - 1, 37);
    assert.ok(one.stdout === two.stdout, 'the NDJSON of --jobs 2 differs from --jobs 1');
    const bad = diagnostics(one.stderr);
    assert.equal(bad.length, 4, one.stderr); // three cut lines and the empty text, one line each
    assert.deepEqual(diagnostics(two.stderr), bad);
    assert.match(two.stderr, /coded 37 articles, 4 failed/);
  },
);

test('--jobs takes auto, and refuses what is not a count', async () => {
  const auto = await run(['code', inputs[1]!, '--jobs', 'auto']);
  assert.equal(auto.code, 0, auto.stderr);
  const bad = await run(['code', inputs[1]!, '--jobs', 'many']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--jobs many: expected a whole number ≥ 1 or auto/);
});

async function rows(db: string): Promise<{ counts: object; events: string[]; quotes: string[]; actors: string[] }> {
  const store = await openStore(db, { readonly: true });
  try {
    return {
      counts: await store.counts(),
      events: (await store.queryEvents({ limit: 1_000_000 })).map((e) => `${e.article.id} ${JSON.stringify(e.event)}`),
      quotes: (await store.queryQuotes({ limit: 1_000_000 })).map(
        (q) => `${q.article.id} ${q.index} ${JSON.stringify(q.quote)}`,
      ),
      actors: (await store.queryActors({ limit: 1_000_000 })).map((a) => JSON.stringify(a)),
    };
  } finally {
    await store.close();
  }
}

test('ingest --jobs 2 into SQLite stores the rows of --jobs 1', { timeout: 300_000 }, async () => {
  const dbOne = join(dir, 'one.db');
  const dbTwo = join(dir, 'two.db');
  const [one, two] = await Promise.all([
    run(['ingest', ...inputs, '--db', dbOne, '--batch', '8']),
    run(['ingest', ...inputs, '--db', dbTwo, '--batch', '8', '--jobs', '2']),
  ]);
  assert.equal(one.code, 1, one.stderr);
  assert.equal(two.code, 1, two.stderr);
  assert.match(two.stderr, /ingested 37 articles .* 0 unchanged, 4 failed/);
  assert.deepEqual(diagnostics(two.stderr), diagnostics(one.stderr));
  const expected = await rows(dbOne);
  assert.ok(expected.events.length > 37, `a real load: ${expected.events.length} events`);
  assert.deepEqual(await rows(dbTwo), expected);
  // A second run finds every article stored unchanged and codes none.
  const again = await run(['ingest', ...inputs, '--db', dbTwo, '--batch', '8', '--jobs', '2']);
  assert.match(again.stderr, /ingested 0 articles .* 37 unchanged, 4 failed/);
});

test('--jobs goes with a direct ingest only', async () => {
  const queue = await run(['ingest', '--work', '--db', join(dir, 'q.db'), '--jobs', '2']);
  assert.equal(queue.code, 2);
  assert.match(queue.stderr, /--jobs goes with a direct ingest/);
});
