// The three commands through the real CLI on a real SQLite file: alerts --json keeps its contract, dyads prints
// CSV and NDJSON, and backtest says plainly (exit 2) when the shared corpus is absent.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash, openStore, type StoreEntry } from '../../src/store/index.ts';
import type { Article } from '../../src/types.ts';
import { addDays } from '../../src/aggregate/dates.ts';
import type { EventRecord } from '../../src/aggregate/records.ts';
import { parseRecords } from './records.ts';

const BIN = fileURLToPath(new URL('../../bin/detente.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'detente-aggregate-'));
const db = join(dir, 'detente.db');
after(() => rmSync(dir, { recursive: true, force: true }));

function detente(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, TZ: 'UTC', DETENTE_DB: '' } },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
      },
    );
  });
}

const OUTLETS = ['bbc.co.uk', 'cnn.com', 'theguardian.com'];
const PLACES = ['Kharkiv', 'Donetsk', 'Avdiivka', 'Belgorod', 'Kherson', 'Mariupol', 'Luhansk', 'Sumy'];

/** Routine criticism every ten days from November, then a daily build-up in February from three outlets. */
function scenario(): EventRecord[] {
  const lines: string[] = [];
  for (let d = 0; d < 90; d += 10) {
    lines.push(
      `routine-${d} ${addDays('2021-11-01', d)} bbc.co.uk RUS>UKR 111 -2 3 asserted | criticised | Moscow criticised Kyiv policy ${d}.`,
    );
  }
  for (let d = 0; d < 8; d++) {
    lines.push(
      `build-${d} ${addDays('2022-02-01', d)} ${OUTLETS[d % 3]} RUSMIL>UKR 150 -7.2 4 asserted | massed | Russia massed troops near ${PLACES[d]}.`,
    );
  }
  lines.push(`hypo-1 2022-02-05 cnn.com RUS>UKR 190 -10 4 hypothetical | attack | Russia could attack Ukraine.`);
  return parseRecords(lines.join('\n'));
}

/** Stores each record as its own article (no coder involved: the aggregates are under test, not the coder). */
before(async () => {
  const store = await openStore(db);
  const entries: StoreEntry[] = scenario().map(({ event, article }) => {
    const full: Article = { ...article, title: null, text: event.sentence };
    return {
      article: full,
      contentHash: contentHash(full),
      dictionaryVersion: 'test',
      result: { ...article, title: null, tone: 0, events: [event], quotes: [], actors: [], diagnostics: [] },
    };
  });
  await store.saveArticles(entries);
  await store.close();
});

test('alerts --json prints exactly the contract fields, with the build-up as evidence', async () => {
  const run = await detente(['alerts', '--db', db, '--json']);
  assert.equal(run.code, 0, run.stderr);
  const alerts = JSON.parse(run.stdout) as Record<string, unknown>[];
  assert.ok(alerts.length >= 1);
  for (const a of alerts) {
    assert.deepEqual(Object.keys(a), ['source', 'target', 'date', 'level', 'score', 'events']);
    assert.equal(a['source'], 'RUS');
    assert.equal(a['target'], 'UKR');
    assert.match(String(a['date']), /^2022-02-0\d$/);
    assert.equal(typeof a['score'], 'number');
    assert.ok((a['events'] as string[]).some((id) => id.startsWith('build-')));
    assert.ok(!(a['events'] as string[]).includes('hypo-1#0'), 'hypothetical events are never evidence');
  }
});

test('alerts without --json shows each alert with sentences and links', async () => {
  const run = await detente(['alerts', '--db', db]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /RUS→UKR {2}WATCH/);
  assert.match(run.stdout, /Russia massed troops near/);
  assert.match(run.stdout, /https:\/\/(bbc\.co\.uk|cnn\.com|theguardian\.com)\/build-\d/);
  const none = await detente(['alerts', '--db', db, '--source', 'USA', '--json']);
  assert.equal(none.stdout, '[]\n');
});

test('dyads --csv gives weekly counts of asserted events only', async () => {
  const run = await detente([
    'dyads',
    '--db',
    db,
    '--source',
    'RUS',
    '--target',
    'UKR',
    '--period',
    'week',
    '--from',
    '2022-01-31',
    '--csv',
  ]);
  assert.equal(run.code, 0, run.stderr);
  const [header, ...rows] = run.stdout.trim().split('\n');
  assert.equal(header, 'period,source,target,events,q1,q2,q3,q4,goldstein_sum,goldstein_mean,balance');
  // Week of 31 Jan: build-up days 1–6 Feb (6 events); week of 7 Feb: days 7–8 (2). The hypothetical is left out.
  assert.deepEqual(rows, ['2022-01-31,RUS,UKR,6,0,0,0,6,-43.2,-7.2,-1', '2022-02-07,RUS,UKR,2,0,0,0,2,-14.4,-7.2,-1']);
});

test('dyads --json writes one series point per line; bad --period is a usage error', async () => {
  const run = await detente(['dyads', '--db', db, '--source', 'RUS', '--level', 'story', '--json']);
  assert.equal(run.code, 0, run.stderr);
  const points = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { source: string; events: number });
  assert.ok(points.length > 5);
  assert.ok(points.every((p) => p.source === 'RUS' && p.events >= 1));
  const bad = await detente(['dyads', '--db', db, '--period', 'month']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--period month: expected day or week/);
});

test('backtest says plainly when the shared corpus is absent and exits 2', async () => {
  const run = await detente(['backtest', '--shared', join(dir, 'no-such-shared')]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /shared corpus is absent/);
  assert.equal(run.stdout, '');
});

test('backtest end to end on a tiny shared corpus: fresh store, --limit per file, JSON report', async () => {
  const shared = join(dir, 'shared');
  const corpus = join(shared, 'corpus');
  const gdeltDir = join(corpus, 'gdelt');
  mkdirSync(gdeltDir, { recursive: true });
  const article = (id: string, date: string, text: string) =>
    JSON.stringify({ id, date, title: null, url: `https://example.org/${id}`, source: 'example.org', text });
  writeFileSync(
    join(corpus, 'articles.jsonl'),
    [
      article('a1', '2022-01-10', 'Russia accused Ukraine of provocations in the Donbas.'),
      article('a2', '2022-01-11', 'Ukraine accused Russia of massing troops near the border.'),
      article('a3', '2022-01-12', 'This third article is beyond --limit 2.'),
    ].join('\n') + '\n',
  );
  writeFileSync(
    join(corpus, 'headlines.jsonl'),
    JSON.stringify({
      id: 'h1',
      date: '2022-01-12',
      title: 'Russia threatens Ukraine',
      description: '<p>Moscow warned Kyiv on Wednesday.</p>',
      url: 'https://news.example/h1',
      source: 'http://feeds.example/rss.xml',
    }) + '\n',
  );
  writeFileSync(
    join(gdeltDir, 'day.csv'),
    'GLOBALEVENTID,Day,Actor1CountryCode,Actor2CountryCode,QuadClass\n1,20220110,RUS,UKR,3\n',
  );
  const run = await detente(['backtest', '--shared', shared, '--limit', '2', '--json']);
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as {
    timing: { items: number };
    focus: { dyad: string }[];
    gdelt: { what: string; n: number }[];
    events: { total: number };
  };
  assert.equal(report.timing.items, 3, 'two articles (limit) and one headline');
  assert.deepEqual(
    report.focus.map((f) => f.dyad),
    ['RUS→UKR', 'UKR→RUS', 'RUS→IGOWSTNAT', 'RUS→USA'],
  );
  assert.ok(report.events.total >= 1, 'the coder found events in the tiny corpus');
  assert.ok(report.gdelt.some((c) => c.what.startsWith('daily RUS→UKR')));
  const text = await detente(['backtest', '--shared', shared, '--limit', '1']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /First alert before 2022-02-24/);
  assert.match(text.stdout, /Control dyads/);
});
