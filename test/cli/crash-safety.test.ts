// Crash safety of `detente ingest`: kill -9 at random points of a run into a real SQLite file, then run it
// again to completion. Nothing may be lost or duplicated: the articles, events (with their ids and records)
// and quotes must equal those of a clean, uninterrupted run over the same input, with one coding thread and with
// two worker threads (--jobs 2), whose results the main thread stores in input order.
import { after, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../../src/store/index.ts';
import { articleText } from '../fuzz/generate.ts';
import { createRng } from '../fuzz/prng.ts';

const BIN = fileURLToPath(new URL('../../bin/detente.js', import.meta.url));
const ARTICLES = 240;
const BATCH = '10';
const dir = mkdtempSync(join(tmpdir(), 'detente-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A few hundred news-like articles, some with a bad line between them, deterministic from one seed. */
function writeInput(path: string): void {
  const rng = createRng(8);
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      JSON.stringify({ id: `a${i}`, date: `2022-02-${day}`, title: `Item ${i}`, text: articleText(rng, 'news', 0.6) }),
    );
    if (i % 97 === 0) lines.push('{"id": "broken", "text": ');
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

const env = { ...process.env, TZ: 'UTC', DETENTE_DB: '' };

const ingestArgs = (input: string, db: string, jobs: string): string[] => [
  BIN,
  'ingest',
  input,
  '--db',
  db,
  '--batch',
  BATCH,
  '--jobs',
  jobs,
];

function ingest(input: string, db: string, jobs: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ingestArgs(input, db, jobs), { env }, (error, _out, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stderr });
    });
  });
}

async function withStore<T>(db: string, body: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db, { readonly: true });
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

const storedArticles = (db: string): Promise<number> =>
  withStore(db, async (s) => (await s.counts()).articles).catch(() => 0);

/** Everything a query can see: counts, and every event and quote record in order. */
async function snapshot(db: string): Promise<{ counts: object; events: string[]; quotes: string[] }> {
  return withStore(db, async (s) => ({
    counts: await s.counts(),
    events: (await s.queryEvents({ limit: 1_000_000 })).map((e) => `${e.article.id} ${JSON.stringify(e.event)}`),
    quotes: (await s.queryQuotes({ limit: 1_000_000 })).map(
      (q) => `${q.article.id} ${q.index} ${JSON.stringify(q.quote)}`,
    ),
  }));
}

/**
 * Starts an ingest, waits until at least `target` articles are committed, waits a random few milliseconds
 * more (so the kill lands while coding, inside a transaction, or between them), then SIGKILLs it.
 * Returns the number of articles stored after the kill, or null when the run ended before the kill.
 */
async function killDuring(
  input: string,
  db: string,
  jobs: string,
  target: number,
  extraMs: number,
): Promise<number | null> {
  const child = spawn(process.execPath, ingestArgs(input, db, jobs), { env, stdio: 'ignore' });
  let exited = false;
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  void done.then(() => (exited = true));
  while (!exited && (await storedArticles(db)) < target) await sleep(50);
  if (!exited) {
    await sleep(extraMs);
    child.kill('SIGKILL');
  }
  await done;
  if (child.signalCode !== 'SIGKILL') return null;
  return storedArticles(db);
}

const input = join(dir, 'articles.jsonl');
writeInput(input);

/** The clean, uninterrupted run with one thread: the reference for every interrupted run. */
let reference: Promise<Awaited<ReturnType<typeof snapshot>>> | null = null;
function cleanRun(): Promise<Awaited<ReturnType<typeof snapshot>>> {
  reference ??= (async () => {
    const clean = join(dir, 'clean.db');
    const first = await ingest(input, clean, '1');
    assert.equal(first.code, 1, 'the broken lines make the exit code 1'); // and every good article is stored
    assert.match(first.stderr, new RegExp(`ingested ${ARTICLES} articles`));
    const expected = await snapshot(clean);
    assert.ok(expected.events.length > ARTICLES, `a real load: ${expected.events.length} events`);
    return expected;
  })();
  return reference;
}

async function killAndResume(t: TestContext, jobs: string, seed: number): Promise<void> {
  const expected = await cleanRun();
  const crashed = join(dir, `crashed-${jobs}.db`);
  const rng = createRng(seed);
  const afterKills: number[] = [];
  for (let kill = 0; kill < 3; kill++) {
    // Each run resumes the last: aim a little further every time, at a random point of what is left.
    const already = await storedArticles(crashed);
    const target = already + rng.int(1, Math.max(1, Math.floor((ARTICLES - already) / 3)));
    const stored = await killDuring(input, crashed, jobs, target, rng.int(0, 150));
    if (stored === null) break; // finished before the kill: nothing more to interrupt
    afterKills.push(stored);
  }
  assert.ok(
    afterKills.length >= 2,
    `at least two runs were killed mid-way (stored after kills: ${afterKills.join(', ')})`,
  );
  assert.ok(
    afterKills.every((n) => n > 0 && n < ARTICLES),
    `kills landed mid-run: ${afterKills.join(', ')}`,
  );

  t.diagnostic(`--jobs ${jobs}: articles stored after each kill: ${afterKills.join(', ')} of ${ARTICLES}`);
  const last = await ingest(input, crashed, jobs);
  assert.equal(last.code, 1);
  // The resumed run codes only what was not committed before the last kill.
  assert.match(last.stderr, /ingested \d+ articles .*, (\d+) unchanged/);
  const unchanged = Number(/, (\d+) unchanged/.exec(last.stderr)?.[1]);
  assert.ok(unchanged >= (afterKills.at(-1) ?? 0), `resumed: ${last.stderr.trim()}`);

  const actual = await snapshot(crashed);
  assert.deepEqual(actual.counts, expected.counts);
  assert.deepEqual(actual.events, expected.events);
  assert.deepEqual(actual.quotes, expected.quotes);
  assert.equal(new Set(actual.events).size, actual.events.length, 'no event twice');
}

test(
  'ingest killed with SIGKILL at random points, then re-run: nothing lost, nothing duplicated',
  { timeout: 300_000 },
  (t) => killAndResume(t, '1', 20260228),
);

test(
  'ingest --jobs 2 killed with SIGKILL at random points, then re-run: nothing lost, nothing duplicated',
  { timeout: 300_000 },
  (t) => killAndResume(t, '2', 20261130),
);
