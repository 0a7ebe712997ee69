// The job-table modes of `detente ingest` end to end on a real PostgreSQL server (DETENTE_TEST_PG): two worker
// processes share a queue, one is killed with SIGKILL in the middle of a batch, and every article still ends
// up stored exactly once, coded exactly as the pipeline codes it. Skipped, visibly, without a server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.ts';
import { createPipeline } from '../../src/pipeline.ts';
import { createTestDatabase, PG_SKIP, type TestDatabase } from '../store/pg-server.ts';

const BIN = fileURLToPath(new URL('../../bin/detente.js', import.meta.url));

interface Run {
  readonly code: number;
  readonly stderr: string;
}

function detente(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, TZ: 'UTC', DETENTE_DB: '' } },
      (error, _out, stderr) =>
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stderr }),
    );
  });
}

const PAIRS = [
  ['Russia', 'Ukraine'],
  ['France', 'Germany'],
  ['China', 'Japan'],
  ['Iran', 'Israel'],
  ['Turkey', 'Greece'],
] as const;
const VERBS = ['accused', 'met', 'criticised', 'threatened', 'praised', 'condemned'] as const;

/** `count` articles of `sentences` event sentences each: long enough that a batch takes a while to code. */
function articles(count: number, sentences: number, prefix: string): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const [a, b] = PAIRS[i % PAIRS.length] ?? PAIRS[0];
    const text = Array.from(
      { length: sentences },
      (_, k) => `${a} ${VERBS[(i + k) % VERBS.length] ?? 'met'} ${b} on Monday over the dispute number ${k}.`,
    ).join(' ');
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(JSON.stringify({ id: `${prefix}${i}`, date: `2022-02-${day}`, title: `Article ${i}`, text }));
  }
  return lines.join('\n') + '\n';
}

const dir = mkdtempSync(join(tmpdir(), 'detente-queue-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('ingest --enqueue/--work/--workers need PostgreSQL and refuse contradictory flags', async () => {
  const file = join(dir, 'one.jsonl');
  writeFileSync(file, articles(1, 1, 'x'));
  const sqlite = await detente(['ingest', '--enqueue', file, '--db', join(dir, 'x.db')]);
  assert.equal(sqlite.code, 2);
  assert.match(sqlite.stderr, /needs a PostgreSQL database: --db postgres:\/\//);
  const both = await detente(['ingest', '--enqueue', '--work', '--db', 'postgres://127.0.0.1:1/x']);
  assert.equal(both.code, 2);
  assert.match(both.stderr, /--enqueue and --work cannot be combined/);
  const files = await detente(['ingest', '--work', file, '--db', 'postgres://127.0.0.1:1/x']);
  assert.match(files.stderr, /--work takes its articles from the queue: give no files/);
});

if (PG_SKIP !== false) {
  test('postgres: ingest workers on a job table', { skip: PG_SKIP }, () => {});
} else {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
  });
  after(async () => {
    await db.drop();
  });

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query<{ n: string }>(sql, params))[0]?.n ?? -1);

  test('two workers, one killed mid-batch: every article stored exactly once, coded as the pipeline does', async () => {
    const url = await db.schema('killed');
    const file = join(dir, 'many.jsonl');
    const total = 160;
    writeFileSync(file, articles(total, 25, 'k'));
    const enqueued = await detente(['ingest', '--enqueue', file, '--db', url]);
    assert.equal(enqueued.code, 0, enqueued.stderr);
    assert.match(enqueued.stderr, new RegExp(`enqueued ${total} articles, 0 failed`));

    const start = (id: string): { child: ChildProcess; done: Promise<Run> } => {
      const child = spawn(
        process.execPath,
        [BIN, 'ingest', '--work', '--db', url, '--worker-id', id, '--batch', '8', '--lease', '2', '--poll', '1'],
        { env: { ...process.env, TZ: 'UTC' }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const done = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code: code ?? -1, stderr })));
      return { child, done };
    };
    const victim = start('victim');
    const survivor = start('survivor');

    // Kill the victim once it has finished at least one batch and holds another one it has not saved.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const doneByVictim = await count(
        "SELECT count(*) AS n FROM killed.ingest_jobs WHERE worker = 'victim' AND state = 'done'",
      );
      const heldByVictim = await count(
        "SELECT count(*) AS n FROM killed.ingest_jobs WHERE worker = 'victim' AND state = 'running'",
      );
      if (doneByVictim > 0 && heldByVictim > 0) break;
      assert.ok(Date.now() < deadline, 'the victim never held a batch');
      assert.equal(victim.child.exitCode, null, 'the victim finished before it could be killed');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    victim.child.kill('SIGKILL');
    // Read what it left only once it is gone: a commit in flight when the signal was sent may still land.
    await victim.done;
    const orphaned = (
      await db.query<{ id: string }>(
        "SELECT id FROM killed.ingest_jobs WHERE worker = 'victim' AND state = 'running' ORDER BY id",
      )
    ).map((r) => r.id);
    assert.ok(orphaned.length > 0);

    const result = await survivor.done;
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /survivor: stored \d+ articles/);

    // The queue is drained; the victim's unfinished jobs went to the survivor after the lease ran out.
    assert.deepEqual(await db.query('SELECT state, count(*)::int AS n FROM killed.ingest_jobs GROUP BY state'), [
      { state: 'done', n: total },
    ]);
    const retaken = await db.query<{ worker: string; attempts: number }>(
      'SELECT worker, attempts FROM killed.ingest_jobs WHERE id = ANY($1::bigint[])',
      [orphaned],
    );
    assert.ok(
      // At least a second attempt: on a loaded machine the survivor's own 2 s lease can lapse once more.
      retaken.every((r) => r.worker === 'survivor' && r.attempts >= 2),
      JSON.stringify(retaken),
    );

    const store = await openStore(url, { readonly: true });
    try {
      const counts = await store.counts();
      assert.equal(counts.articles, total);
      const pipeline = createPipeline();
      let expectedEvents = 0;
      for (let i = 0; i < total; i++) {
        const stored = await store.getArticle(`k${i}`);
        assert.ok(stored, `k${i} is stored`);
        // Exactly one coding per article, equal to what the pipeline produces for it.
        const expected = pipeline.code(stored.article);
        assert.deepEqual(stored.result.events, expected.events, `k${i}`);
        expectedEvents += expected.events.length;
      }
      assert.ok(expectedEvents > total, 'the fixture articles produce events');
      assert.equal(counts.events, expectedEvents);
      assert.equal(await store.countEvents({}), expectedEvents);
    } finally {
      await store.close();
    }
  });

  test('ingest --workers 2 enqueues and codes with two processes; a second run finds everything unchanged', async () => {
    const url = await db.schema('pair');
    const file = join(dir, 'pair.jsonl');
    writeFileSync(file, articles(30, 3, 'p'));
    const first = await detente(['ingest', '--workers', '2', file, '--db', url]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /enqueued 30 articles/);
    assert.equal((first.stderr.match(/: stored \d+ articles/g) ?? []).length, 2);
    assert.equal(await count('SELECT count(*) AS n FROM pair.articles'), 30);
    const again = await detente(['ingest', '--workers', '2', file, '--db', url]);
    assert.equal(again.code, 0, again.stderr);
    const unchanged = [...again.stderr.matchAll(/stored 0 articles \(0 events\), (\d+) unchanged/g)];
    assert.equal(
      unchanged.reduce((n, m) => n + Number(m[1]), 0),
      30,
      again.stderr,
    );
    assert.equal(await count('SELECT count(*) AS n FROM pair.articles'), 30);
  });
}
