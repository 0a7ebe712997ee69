// Exports: GDELT 2.0 rows (61 columns, values in the right places), PLOVER records, CSV quoting; the stream
// over a store; and `detente export` / `detente serve` through the real CLI.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GDELT_COLUMNS } from '../../src/export/gdelt-columns.ts';
import { actorCells, fractionDate, gdeltRow, numericEventId } from '../../src/export/gdelt.ts';
import { ploverRecord } from '../../src/export/plover.ts';
import { csvField, csvLine, CSV_COLUMNS } from '../../src/export/csv.ts';
import { exportEvents } from '../../src/export/index.ts';
import type { StoredEvent } from '../../src/store/index.ts';
import { fixtureEntries, LAVROV, NATO } from '../server/fixtures.ts';
import { fixtureStore, type TempStore } from '../server/store.ts';

const BIN = fileURLToPath(new URL('../../bin/detente.js', import.meta.url));

let temp: TempStore;
before(async () => {
  temp = await fixtureStore();
});
after(() => temp.dispose());

const hostile = fixtureEntries().find((e) => e.article.id === 'hostile')!;
const STORED: StoredEvent = {
  event: { ...hostile.result.events[0]!, sentenceIndex: 2 },
  article: { id: 'a1', date: '2022-02-16', title: 't', url: 'https://news.example/a1', source: 'news.example' },
};
const cell = (row: readonly string[], column: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(column)];

test('the GDELT column list is GDELT 2.0 Events: 61 columns in order', () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.equal(GDELT_COLUMNS[0], 'GLOBALEVENTID');
  assert.equal(GDELT_COLUMNS[26], 'EventCode');
  assert.equal(GDELT_COLUMNS[34], 'AvgTone');
  assert.equal(GDELT_COLUMNS[59], 'DATEADDED');
  assert.equal(GDELT_COLUMNS[60], 'SOURCEURL');
  assert.equal(new Set(GDELT_COLUMNS).size, 61);
});

test('a GDELT row carries our values where GDELT expects them', () => {
  const row = gdeltRow(STORED, -2, { mentions: 4, sources: 3, articles: 4 });
  assert.equal(row.length, 61);
  assert.equal(cell(row, 'GLOBALEVENTID'), String(numericEventId('hostile:0')));
  assert.match(cell(row, 'GLOBALEVENTID')!, /^\d+$/);
  assert.equal(cell(row, 'SQLDATE'), '20220212');
  assert.equal(cell(row, 'MonthYear'), '202202');
  assert.equal(cell(row, 'Year'), '2022');
  assert.equal(cell(row, 'FractionDate'), '2022.1151');
  assert.equal(cell(row, 'Actor1Code'), 'RUSGOV');
  assert.equal(cell(row, 'Actor1Name'), 'SERGEY LAVROV');
  assert.equal(cell(row, 'Actor1CountryCode'), 'RUS');
  assert.equal(cell(row, 'Actor1Type1Code'), 'GOV');
  assert.equal(cell(row, 'Actor2Code'), 'IGOWSTNAT');
  assert.equal(cell(row, 'Actor2CountryCode'), 'WST');
  assert.equal(cell(row, 'Actor2KnownGroupCode'), 'NAT');
  assert.equal(cell(row, 'Actor2Type1Code'), 'IGO');
  assert.equal(cell(row, 'IsRootEvent'), '0');
  assert.equal(cell(row, 'EventCode'), '112');
  assert.equal(cell(row, 'EventBaseCode'), '112');
  assert.equal(cell(row, 'EventRootCode'), '11');
  assert.equal(cell(row, 'QuadClass'), '3');
  assert.equal(cell(row, 'GoldsteinScale'), '-2.0');
  assert.equal(cell(row, 'NumMentions'), '4');
  assert.equal(cell(row, 'NumSources'), '3');
  assert.equal(cell(row, 'NumArticles'), '4');
  assert.equal(cell(row, 'AvgTone'), '-2');
  assert.equal(cell(row, 'ActionGeo_FullName'), '');
  assert.equal(cell(row, 'DATEADDED'), '20220216000000');
  assert.equal(cell(row, 'SOURCEURL'), 'https://news.example/a1');
});

test("FractionDate follows GDELT's formula (checked against a GDELT row: 20181024 → 2018.8055)", () => {
  assert.equal(fractionDate('2018-10-24'), '2018.8055');
  assert.equal(fractionDate('2019-09-24'), '2019.7233');
});

test('actor codes split like GDELT: IGO bodies, multi-sector codes, missing actors', () => {
  assert.deepEqual(actorCells(NATO), {
    code: 'IGOWSTNAT',
    name: 'NATO',
    country: 'WST',
    group: 'NAT',
    types: ['IGO', '', ''],
  });
  assert.deepEqual(actorCells({ ...LAVROV, code: 'UKRGOVMIL', country: 'UKR' }).types, ['GOV', 'MIL', '']);
  assert.deepEqual(actorCells(null), { code: '', name: '', country: '', group: '', types: ['', '', ''] });
});

test('a PLOVER record uses PLOVER field names and keeps our evidence apart', () => {
  const r = ploverRecord(STORED);
  assert.equal(r.id, 'hostile:0');
  assert.equal(r.date, '2022-02-12');
  assert.deepEqual(r.event, ['ACCUSE']);
  assert.deepEqual(r.mode, []);
  assert.deepEqual(r.context, []);
  assert.equal(r.actor[0]!.code, 'RUSGOV');
  assert.equal(r.actor[0]!.entity_name, 'Sergey Lavrov');
  assert.equal(r.recipient[0]!.code, 'IGOWSTNAT');
  assert.equal(r.quad_code, 3);
  assert.match(r.event_text, /^Lavrov accused NATO/);
  assert.equal(r.detente.modality, 'asserted');
  assert.equal(r.detente.cameo, '112');
});

test('CSV quotes commas, quotes and line breaks', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  const line = csvLine(STORED);
  assert.ok(line.endsWith('\r\n'));
  assert.match(line, /,"Lavrov accused NATO of <img src=x onerror=""window.__pwned=1""> provocations.",/);
  assert.equal(CSV_COLUMNS.length, 26);
  assert.equal(CSV_COLUMNS[18], 'url'); // the location columns come after the earlier ones
  assert.ok(line.endsWith(',,,,,,,\r\n')); // no location: seven empty cells
});

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

test('export streams over the store: GDELT holds asserted events, story counts fill NumSources', async () => {
  const gdelt = await collect(
    exportEvents(temp.store, {
      format: 'gdelt',
      pageSize: 3,
      counts: (id) => (id.startsWith('2022-02-14') ? { mentions: 2, sources: 2, articles: 2 } : undefined),
    }),
  );
  const rows = gdelt
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  assert.equal(rows.length, 21, '22 events minus the negated one');
  assert.ok(rows.every((r) => r.length === 61));
  const shelled = rows.filter((r) => cell(r, 'EventCode') === '190');
  assert.deepEqual(
    shelled.map((r) => cell(r, 'NumSources')),
    ['2', '2'],
  );
  assert.equal(cell(rows[0]!, 'AvgTone'), '1.5', 'the article tone');
  const csv = await collect(exportEvents(temp.store, { format: 'csv', pageSize: 5 }));
  assert.equal(csv.trimEnd().split('\r\n').length, 23, 'header and every event, negated included');
  // Pages continue from the last row's key: small pages give the rows of one big page, in order, with an
  // offset applied once.
  const whole = await collect(exportEvents(temp.store, { format: 'csv', pageSize: 1000 }));
  assert.equal(csv, whole);
  const lines = whole.split('\r\n');
  const window = await collect(
    exportEvents(temp.store, { format: 'csv', pageSize: 2, filter: { offset: 3, limit: 7 } }),
  );
  assert.equal(window, [lines[0], ...lines.slice(4, 11), ''].join('\r\n'));
  const plover = await collect(exportEvents(temp.store, { format: 'plover', filter: { limit: 4 } }));
  assert.equal(plover.trimEnd().split('\n').length, 4);
});

function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, TZ: 'UTC', DETENTE_DB: '', DETENTE_TOKEN: '' } },
      (err, stdout, stderr) =>
        resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1, stdout, stderr }),
    );
  });
}

test('detente export writes GDELT, PLOVER and CSV files with filters', async () => {
  const out = join(dirname(temp.path), 'out.tsv');
  const r = await run(['export', '--format', 'gdelt', '--db', temp.path, '--source', 'RUSMIL', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /10 events exported as gdelt/);
  const rows = readFileSync(out, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  assert.equal(rows.length, 10);
  assert.ok(rows.every((row) => row.length === 61));
  // Each escalation event is one of two reports of its story, by two outlets.
  assert.ok(rows.every((row) => cell(row, 'NumMentions') === '2' && cell(row, 'NumSources') === '2'));
  const plover = await run(['export', '--format', 'plover', '--db', temp.path, '--modality', 'negated']);
  assert.equal(plover.code, 0, plover.stderr);
  const record = JSON.parse(plover.stdout.trim()) as { event: string[]; detente: { modality: string } };
  assert.deepEqual(record.event, ['ASSAULT']);
  assert.equal(record.detente.modality, 'negated');
  const bad = await run(['export', '--format', 'xml', '--db', temp.path]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--format xml: expected one of gdelt, plover, csv/);
  const badDate = await run(['export', '--format', 'csv', '--db', temp.path, '--from', '2022-02-30']);
  assert.equal(badDate.code, 2);
});

test('detente serve refuses a public address without a token, serves on loopback and prints its URL', async () => {
  const exposed = await run(['serve', '--db', temp.path, '--host', '0.0.0.0']);
  assert.equal(exposed.code, 2);
  assert.match(exposed.stderr, /not loopback: give --token/);
  const child = spawn(process.execPath, [BIN, 'serve', '--db', temp.path, '--port', '0'], {
    env: { ...process.env, TZ: 'UTC', DETENTE_TOKEN: '' },
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (m !== null) resolve(m[0]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const response = await fetch(`${url}api/events?limit=1`);
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { total: number }).total, 22);
  } finally {
    child.kill('SIGTERM');
  }
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  assert.equal(code, 0, 'a clean stop on SIGTERM');
});
