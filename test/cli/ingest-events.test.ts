// End to end through the real CLI (node bin/detente.js) on a real SQLite file in a temp dir:
// ingest is idempotent, resumes, replaces changed articles, reports bad inputs; the queries read it back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Store, type StoredEvent } from '../../src/store/index.ts';
import { createPipeline } from '../../src/pipeline.ts';
import { ALL, entry, GENEVA } from '../store/fixtures.ts';

const BIN = fileURLToPath(new URL('../../bin/detente.js', import.meta.url));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function detente(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, TZ: 'UTC', DETENTE_DB: '', ...env } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const line = (record: object) => JSON.stringify(record);
const KYIV = {
  id: 'kyiv-talks',
  date: '2022-02-15',
  title: 'Kuleba and Lavrov talk',
  text: 'Ukrainian Foreign Minister Dmytro Kuleba met Russian Foreign Minister Sergey Lavrov in Geneva. "We talked," Kuleba said.',
};
const PULLBACK = {
  id: 'pullback',
  date: '2022-02-16',
  url: 'https://example.org/pullback',
  text: 'Russia pulled back some troops from the border with Ukraine. NATO said it saw no sign of de-escalation.',
};
/** Three lines: two articles and one line that is not JSON. */
const FIXTURE = [line(KYIV), '{"id": "broken", "text": ', line(PULLBACK)].join('\n') + '\n';

const dir = mkdtempSync(join(tmpdir(), 'detente-cli-'));
const input = join(dir, 'articles.jsonl');
const db = join(dir, 'detente.db');
after(() => rmSync(dir, { recursive: true, force: true }));

async function withDb<T>(path: string, body: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(path, { readonly: true });
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

let firstCounts: Awaited<ReturnType<Store['counts']>>;

before(async () => {
  writeFileSync(input, FIXTURE);
});

test('ingest stores the good articles, reports the bad line, exits 1', async () => {
  const run = await detente(['ingest', input, '--db', db, '--batch', '1']);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /articles\.jsonl:2: .*\[ingest\/bad-json\]/);
  assert.equal(run.stderr.split('\n').filter((l) => l.includes('ingest/bad-json')).length, 1);
  assert.match(
    run.stderr,
    /ingested 2 articles \(\d+ events?\), 0 unchanged, 1 failed, in [\d.]+ s into .*detente\.db/,
  );
  assert.equal(run.stdout, '');
  firstCounts = await withDb(db, (store) => store.counts());
  assert.equal(firstCounts.articles, 2);
  await withDb(db, async (store) => {
    const kyiv = await store.getArticle('kyiv-talks');
    assert.equal(kyiv?.article.text, KYIV.text);
    assert.equal(kyiv?.article.date, '2022-02-15');
    assert.equal((await store.getArticle('pullback'))?.article.url, PULLBACK.url);
    assert.equal(await store.getArticle('broken'), null);
  });
});

test('ingest again: everything unchanged, no duplicate rows', async () => {
  const run = await detente(['ingest', input, '--db', db]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /ingested 0 articles \(0 events\), 2 unchanged, 1 failed/);
  assert.deepEqual(await withDb(db, (store) => store.counts()), firstCounts);
});

test('a changed article is coded again and replaces its rows; the others stay unchanged', async () => {
  const changed = { ...KYIV, text: `${KYIV.text} Lavrov said Russia had no plans to attack Ukraine.` };
  writeFileSync(input, [line(changed), line(PULLBACK)].join('\n') + '\n');
  const run = await detente(['ingest', input, '--db', db]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /ingested 1 article \(\d+ events?\), 1 unchanged, 0 failed/);
  await withDb(db, async (store) => {
    const stored = await store.getArticle('kyiv-talks');
    assert.ok(stored);
    assert.equal(stored.article.text, changed.text);
    // Whatever the coder finds today, the store holds exactly one coding of the current text.
    const expected = createPipeline().code(stored.article);
    assert.deepEqual(stored.result.events, expected.events);
    assert.deepEqual(stored.result.quotes, expected.quotes);
    assert.deepEqual(stored.result.actors, expected.actors);
    assert.equal(stored.dictionaryVersion, createPipeline().dictionaryVersion);
    const counts = await store.counts();
    assert.equal(counts.articles, 2);
    const pullback = await store.getArticle('pullback');
    assert.equal(
      counts.events,
      stored.result.events.length + (pullback?.result.events.length ?? 0),
      'no rows left over from the replaced version',
    );
  });
});

test('events --json returns the stored records, one per line', async () => {
  const run = await detente(['events', '--db', db, '--json', '--limit', '0']);
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.split('\n').filter((l) => l !== '');
  const fromStore = await withDb(db, (store) => store.queryEvents({}));
  assert.deepEqual(
    lines.map((l) => JSON.parse(l) as StoredEvent),
    fromStore,
  );
});

test('ingest reads stdin and DETENTE_DB names the database', async () => {
  const envDb = join(dir, 'from-env.db');
  const run = await new Promise<Run>((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, 'ingest', '-'],
      { env: { ...process.env, TZ: 'UTC', DETENTE_DB: envDb } },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }),
    );
    child.stdin?.end(line(PULLBACK) + '\n');
  });
  assert.equal(run.code, 0, run.stderr);
  assert.ok(existsSync(envDb));
  assert.equal((await withDb(envDb, (store) => store.counts())).articles, 1);
});

// The query commands on hand-built results (independent of what the coder finds today).
const handDb = join(dir, 'hand.db');

test('events table and filters on hand-built results', async () => {
  const store = await openStore(handDb);
  await store.saveArticles(ALL.map((f) => entry(f)));
  await store.close();

  const json = await detente(['events', '--db', handDb, '--json', '--source', 'RUS', '--plover', 'accuse']);
  assert.equal(json.code, 0, json.stderr);
  const rows = json.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as StoredEvent);
  assert.deepEqual(
    rows.map((r) => r.event),
    [GENEVA.result.events[1]],
  );
  assert.equal(rows[0]?.article.title, GENEVA.article.title);

  const table = await detente(['events', '--db', handDb, '--target', 'UKR', '--modality', 'asserted']);
  assert.equal(table.code, 0, table.stderr);
  const [header, ...body] = table.stdout.trimEnd().split('\n');
  assert.match(header ?? '', /^DATE\s+SOURCE→TARGET\s+CAMEO\s+PLOVER\s+MODALITY\s+TRIGGER\s+SENTENCE$/);
  assert.equal(body.length, 3);
  assert.match(body[1] ?? '', /^2022-02-10\s+RUS→UKR\s+112\s+ACCUSE\s+asserted\s+accused\s+Russia accused Ukraine/);
  assert.match(body[2] ?? '', /^2022-02-14\s+RUS→UKR\s+0874\s+RETREAT/);
  // Columns line up: every row has its CAMEO code where the header has CAMEO.
  const cameoAt = header?.indexOf('CAMEO') ?? -1;
  for (const row of body) assert.match(row.slice(cameoAt), /^\d{3,4}\s/);
  assert.match(table.stderr, /showing 1–3 of 3 events/);

  const page = await detente(['events', '--db', handDb, '--limit', '2', '--offset', '1', '--text', 'attack']);
  assert.equal(page.stdout.trimEnd().split('\n').length, 2, 'header and one row');
  assert.match(page.stderr, /showing 2–2 of 2 events/);

  const none = await detente(['events', '--db', handDb, '--cameo', '99']);
  assert.equal(none.code, 0);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /no events match/);
});

test('quotes and actors commands', async () => {
  const quotes = await detente(['quotes', '--db', handDb, '--speaker', 'kuleba', '--json']);
  assert.equal(quotes.code, 0, quotes.stderr);
  assert.deepEqual(JSON.parse(quotes.stdout).quote, GENEVA.result.quotes[0]);
  const quoteTable = await detente(['quotes', '--db', handDb]);
  assert.match(
    quoteTable.stdout,
    /^DATE\s+SPEAKER\s+ARTICLE\s+QUOTE\n2022-02-10\s+UKRGOV Dmytro Kuleba\s+geneva\s+We talked,/,
  );

  const actors = await detente(['actors', '--db', handDb, '--actor', 'RUS']);
  assert.equal(actors.code, 0, actors.stderr);
  const lines = actors.stdout.trimEnd().split('\n');
  assert.match(lines[0] ?? '', /^CODE\s+NAME\s+TYPE\s+ARTICLES\s+MENTIONS\s+AS SOURCE\s+AS TARGET$/);
  assert.match(lines[1] ?? '', /^RUS\s+Russia\s+state\s+2\s+4\s+2\s+0$/);
  assert.match(lines[2] ?? '', /^RUSGOV\s+Sergey Lavrov\s+person\s+1\s+1\s+1\s+0$/);
});

test('usage errors exit 2 with a message that names the fix', async () => {
  const missing = await detente(['events', '--db', join(dir, 'absent.db')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no database at .*absent\.db: run detente ingest first/);
  assert.ok(!existsSync(join(dir, 'absent.db')), 'a query never creates a database');
  const modality = await detente(['events', '--db', handDb, '--modality', 'maybe']);
  assert.equal(modality.code, 2);
  assert.match(modality.stderr, /--modality maybe: expected one of asserted, negated, hypothetical/);
  const date = await detente(['events', '--db', handDb, '--from', '2022-2-1']);
  assert.equal(date.code, 2);
  assert.match(date.stderr, /--from 2022-2-1: expected a calendar date/);
  const limit = await detente(['events', '--db', handDb, '--limit', '-3']);
  assert.equal(limit.code, 2);
});
