// The pair results stored with the events: `detente ingest` builds them, a cold `detente serve` answers from them
// (alerts and the escalation ranking on its first overview, no `pending`), and a re-ingested article makes only
// its own pairs stale, whose results then follow it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureStore, type TempStore } from './store.ts';
import { lineEntry, NATO, RUSMIL } from './fixtures.ts';
import { openStore } from '../../src/store/index.ts';
import { AggregateCache } from '../../src/server/aggregates.ts';
import { refreshPairs } from '../../src/server/pair-refresh.ts';
import { pairStamp } from '../../src/server/pair-record.ts';
import type { AlertView, Overview, Page } from '../../src/web/types.ts';

const BIN = new URL('../../bin/detente.js', import.meta.url).pathname;
const EXAMPLE = new URL('../../examples/', import.meta.url).pathname;

let temp: TempStore;
before(async () => {
  temp = await fixtureStore();
});
after(() => temp.dispose());

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function detente(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, TZ: 'UTC' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('detente ingest builds the pair results at its end, and only what changed the next time', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-derive-'));
  try {
    const db = join(dir, 'detente.db');
    const first = await detente(['ingest', '--db', db, EXAMPLE]);
    assert.equal(first.code, 0, first.stderr);
    const built = /pair results: (\d+) of (\d+) pairs? of states built, in [\d.]+ s/.exec(first.stderr);
    assert.ok(built !== null, first.stderr);
    assert.equal(built[1], built[2], 'a new store: every pair built');
    const store = await openStore(db, { readonly: true });
    try {
      const stamp = pairStamp(await store.reportRange(7));
      const states = await store.derivedPairs();
      assert.equal(states.length, Number(built[2]));
      assert.ok(states.every((s) => s.stamp === stamp && s.dirty === null));
    } finally {
      await store.close();
    }
    const again = await detente(['ingest', '--db', db, EXAMPLE]);
    assert.match(again.stderr, /pair results: 0 of \d+ pairs? of states built/);
    const skipped = await detente(['ingest', '--no-derive', '--db', db, EXAMPLE]);
    assert.equal(skipped.code, 0, skipped.stderr);
    assert.doesNotMatch(skipped.stderr, /pair results/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cold detente serve answers the overview, alerts and stories from the stored results at once', async () => {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', temp.path, '--port', '0'], {
    env: { ...process.env, TZ: 'UTC' },
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const found = /http:\/\/\S+\//.exec(out);
        if (found !== null) resolve(found[0]);
      });
      child.on('error', reject);
      child.on('close', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const get = async <T>(path: string): Promise<T> => {
      const response = await fetch(new URL(path, url));
      assert.equal(response.status, 200, path);
      return (await response.json()) as T;
    };
    // The very first request of the process.
    const overview = await get<Overview>('api/overview');
    assert.equal(overview.pending, null);
    assert.ok(overview.alerts.length > 0, 'alerts on the first overview');
    assert.ok(overview.escalating.length > 0, 'the escalation ranking too');
    const alerts = await get<Page<AlertView>>('api/alerts');
    assert.ok((alerts.total ?? 0) >= overview.alerts.length);
    const stories = await get<Page<unknown>>('api/stories?source=RUS&limit=5');
    assert.ok((stories.total ?? 0) > 5 && stories.items.length === 5);
  } finally {
    child.kill('SIGTERM');
  }
});

test('re-ingesting a changed article marks only its pairs stale; their results then follow it', async () => {
  const writer = await openStore(temp.path);
  const reader = new AggregateCache(temp.store, { recheckMs: 0 });
  try {
    const states = async () =>
      Object.fromEntries(
        (await temp.store.derivedPairs()).map((s) => [`${s.pair.source}-${s.pair.target}`, s.dirty !== null]),
      );
    // A new pair inside the covered range (so the range, and with it every other pair, stays as it is).
    const line = {
      date: '2022-02-10',
      outlet: 'delta.example',
      sentence: 'NATO accused Russian troops of provocations.',
      trigger: 'accused',
      source: NATO,
      target: RUSMIL,
      cameo: '112',
      plover: 'ACCUSE',
      goldstein: -2,
      quadClass: 3 as const,
    };
    const range = await temp.store.reportRange(7);
    await writer.saveArticles([lineEntry(line, 500)]);
    assert.deepEqual(await temp.store.reportRange(7), range);
    assert.equal((await states())['IGOWSTNAT-RUS'], true);
    assert.equal((await states())['RUS-UKR'], false, 'the other pairs stay fresh');
    assert.equal((await refreshPairs(writer)).built, 1);
    const before = await (await reader.get()).dyad({ source: 'IGOWSTNAT', target: 'RUS' });
    assert.deepEqual(
      before.series.mention.day.map((p) => p.goldsteinSum),
      [-2],
    );

    // The same article coded differently: a threat instead of an accusation.
    await writer.saveArticles([lineEntry({ ...line, cameo: '138', plover: 'THREATEN', goldstein: -7 }, 500)]);
    assert.deepEqual(await states(), { 'IGOWSTNAT-RUS': true, 'RUS-UKR': false });
    const report = await refreshPairs(writer);
    assert.deepEqual([report.built, report.deleted], [1, 0]);
    assert.deepEqual(await states(), { 'IGOWSTNAT-RUS': false, 'RUS-UKR': false });
    await writer.saveArticles([lineEntry({ ...line, sentence: 'NATO and Russia met.', source: NATO }, 501)]);
    const after = await (
      await new AggregateCache(temp.store, {
        build: () => Promise.reject(new Error('a fresh stored result needs no build')),
      }).get()
    ).dyad({ source: 'IGOWSTNAT', target: 'RUS' });
    assert.deepEqual(
      after.series.mention.day.map((p) => p.goldsteinSum),
      [-7],
      'served as stored while the new article is not built yet',
    );
  } finally {
    await writer.close();
  }
});
