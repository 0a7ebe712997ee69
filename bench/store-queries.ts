// Query latency of the PostgreSQL store at a moderate size, without the coder: synthetic coded articles
// (10 events, 1 quote, 4 actors each) are saved in batches, then the usual queries are timed (median of 5).
//   DETENTE_BENCH_PG=postgres://user@host:port/postgres node --import tsx bench/store-queries.ts [articles]
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { contentHash, openStore, type EventFilter, type Store, type StoreEntry } from '../src/store/index.ts';
import type { Actor, Event } from '../src/types.ts';

const COUNTRIES = ['RUS', 'UKR', 'FRA', 'DEU', 'CHN', 'JPN', 'IRN', 'ISR', 'TUR', 'GRC', 'USA', 'GBR'];
const NAMES: Record<string, string> = { RUS: 'Russia', UKR: 'Ukraine', USA: 'United States' };
const CAMEOS = ['040', '112', '111', '0874', '190', '020', '057', '173'];
const WORDS = ['talks', 'border', 'troops', 'sanctions', 'provocations', 'ceasefire', 'gas', 'summit'];

const actor = (code: string): Actor => ({
  text: NAMES[code] ?? code,
  name: NAMES[code] ?? code,
  code,
  country: code,
  sector: null,
  type: 'state',
  id: null,
});

function entry(i: number): StoreEntry {
  const id = `q${i}`;
  const date = new Date(Date.UTC(2020, 0, 1) + (i % 1000) * 86_400_000).toISOString().slice(0, 10);
  const events: Event[] = Array.from({ length: 10 }, (_, k) => {
    const source = actor(COUNTRIES[(i + k) % COUNTRIES.length] ?? 'RUS');
    const target = actor(COUNTRIES[(i * 7 + k + 1) % COUNTRIES.length] ?? 'UKR');
    const cameo = CAMEOS[(i + 3 * k) % CAMEOS.length] ?? '040';
    const sentence = `${source.name} and ${target.name} discussed ${WORDS[(i + k) % WORDS.length] ?? 'talks'} again.`;
    return {
      id: `${id}:${k}:${cameo}`,
      sentenceIndex: k,
      sentence,
      trigger: { start: 0, end: 3, text: sentence.slice(0, 3) },
      date: null,
      source,
      target,
      cameo,
      plover: null,
      mode: null,
      goldstein: 1,
      quadClass: 1,
      modality: k % 5 === 4 ? 'negated' : 'asserted',
      reportedBy: null,
      confidence: 0.8,
      rule: 'bench',
      dictionaryVersion: 'bench',
    };
  });
  const article = {
    id,
    date,
    title: `Bench ${i}`,
    url: null,
    source: null,
    text: events.map((e) => e.sentence).join(' '),
  };
  const actors = events.slice(0, 4).map((e) => ({ ...(e.source ?? actor('RUS')), mentions: 2 }));
  const quotes = [
    {
      text: `We discussed ${WORDS[i % WORDS.length] ?? 'talks'}.`,
      start: 0,
      end: 10,
      speaker: events[0]?.source ?? null,
    },
  ];
  const result = { ...article, tone: 0, events, quotes, actors, diagnostics: [] };
  return { article, result, contentHash: contentHash(article), dictionaryVersion: 'bench' };
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[2] ?? 0;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? '20000');
  const base = process.env['DETENTE_BENCH_PG'];
  if (base === undefined) throw new Error('set DETENTE_BENCH_PG to a PostgreSQL server URL');
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const name = `detente_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  let store: Store | null = null;
  try {
    store = await openStore(url.toString());
    const started = performance.now();
    for (let i = 0; i < count; i += 200) {
      await store.saveArticles(Array.from({ length: Math.min(200, count - i) }, (_, k) => entry(i + k)));
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`${count} articles, ${count * 10} events saved in ${seconds.toFixed(1)} s`);
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query('ANALYZE');
    await client.end();
    const s = store;
    const cases: [string, () => Promise<unknown>][] = [
      ['first page of 50', () => s.queryEvents({ limit: 50 })],
      ['first page of 50, desc', () => s.queryEvents({ limit: 50, order: 'desc' })],
      ['page of 50 at offset 150,000', () => s.queryEvents({ limit: 50, offset: 150_000 })],
      ['--source RUS, page / count', () => s.queryEvents({ source: 'RUS', limit: 50 })],
      ['--source RUS, count', () => s.countEvents({ source: 'RUS' })],
      [
        '--source RUS --target UKR --from',
        () => s.queryEvents({ source: 'RUS', target: 'UKR', from: '2021-01-01', limit: 50 }),
      ],
      [
        '--target "Russia" (name substring)',
        () => s.queryEvents({ target: 'russia', limit: 50 } satisfies EventFilter),
      ],
      ['--text provocations, page', () => s.queryEvents({ text: 'provocations', limit: 50 })],
      ['--text provocations, count', () => s.countEvents({ text: 'provocations' })],
      ['--cameo 11, page', () => s.queryEvents({ cameo: '11', limit: 50 })],
      ['quotes --speaker RUS', () => s.queryQuotes({ speaker: 'RUS', limit: 50 })],
      ['actors, top 50 with roles', () => s.queryActors({ limit: 50 })],
      [
        'resume check, 200 ids',
        () =>
          s.unchangedArticles(
            Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, contentHash: 'x', dictionaryVersion: 'bench' })),
          ),
      ],
      ['getArticle', () => s.getArticle('q123')],
    ];
    console.log('| query | median ms |\n|---|---|');
    for (const [label, run] of cases) console.log(`| ${label} | ${(await median(run)).toFixed(1)} |`);
  } finally {
    await store?.close();
    // DETENTE_BENCH_KEEP=1 keeps the database for EXPLAIN ANALYZE sessions.
    if (process.env['DETENTE_BENCH_KEEP'] === '1') console.log(`kept ${url.toString()}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
