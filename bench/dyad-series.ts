// Dyad series over a large SQLite store (issue 5: "dyad series over 1 million stored events in under 1 s").
// Builds (once) a store of synthetic coded articles, 10 events each, then times the mention-level series
// the way `detente dyads` computes it: Store.dyadDays (summed in the database) → fromDyadDays → aggregateSeries.
//   node --import tsx bench/dyad-series.ts [--events 1000000] [--db /tmp/detente-dyads-1m.db]
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { contentHash, openStore, type StoreEntry } from '../src/store/index.ts';
import { aggregateSeries, fromDyadDays } from '../src/aggregate/series.ts';
import type { Actor, Event } from '../src/types.ts';

const COUNTRIES = ['RUS', 'UKR', 'USA', 'FRA', 'DEU', 'CHN', 'POL', 'BLR', 'TUR', 'GBR', 'IRN', 'ISR'];
const SECTORS = ['', 'GOV', 'MIL'];
const CODES: readonly [string, number, 1 | 2 | 3 | 4][] = [
  ['040', 1, 1],
  ['057', 8, 1],
  ['070', 7, 2],
  ['112', -2, 3],
  ['130', -4.4, 3],
  ['150', -7.2, 4],
  ['190', -10, 4],
];

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const actor = (country: string, sector: string): Actor => ({
  text: country,
  name: country,
  code: `${country}${sector}`,
  country,
  sector: sector === '' ? null : sector,
  type: 'state',
  id: null,
});

function entry(i: number): StoreEntry {
  const id = `d${i}`;
  const date = new Date(Date.UTC(2019, 0, 1) + (i % 1460) * 86_400_000).toISOString().slice(0, 10);
  const events: Event[] = Array.from({ length: 10 }, (_, k) => {
    const [cameo, goldstein, quadClass] = CODES[(i + 3 * k) % CODES.length]!;
    const sentence = `Sentence ${k} of article ${i}.`;
    return {
      id: `${id}:${k}`,
      sentenceIndex: k,
      sentence,
      trigger: { start: 0, end: 8, text: 'Sentence' },
      date: null,
      source: actor(COUNTRIES[(i + k) % COUNTRIES.length]!, SECTORS[k % 3]!),
      target: actor(COUNTRIES[(i * 7 + k + 1) % COUNTRIES.length]!, SECTORS[(k + 1) % 3]!),
      cameo,
      plover: null,
      mode: null,
      goldstein,
      quadClass,
      modality: k % 7 === 6 ? 'hypothetical' : 'asserted',
      reportedBy: null,
      confidence: 0.8,
      rule: 'bench',
      dictionaryVersion: 'bench',
    };
  });
  const article = { id, date, title: null, url: null, source: null, text: events.map((e) => e.sentence).join(' ') };
  const result = { ...article, tone: 0, events, quotes: [], actors: [], diagnostics: [] };
  return { article, result, contentHash: contentHash(article), dictionaryVersion: 'bench' };
}

async function main(): Promise<void> {
  const events = Number(option('--events', '1000000'));
  const path = option('--db', `/tmp/detente-dyads-${events}.db`);
  if (!existsSync(path)) {
    const store = await openStore(path);
    const started = performance.now();
    for (let i = 0; i < events / 10; i += 2000) {
      await store.saveArticles(Array.from({ length: Math.min(2000, events / 10 - i) }, (_, k) => entry(i + k)));
    }
    process.stdout.write(`built ${path}: ${events} events in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    await store.close();
  }
  const store = await openStore(path, { readonly: true });
  const stored = (await store.counts()).events;
  const time = async (label: string, run: () => Promise<number>): Promise<void> => {
    const times: number[] = [];
    let points = 0;
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      points = await run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    process.stdout.write(
      `${label.padEnd(44)} median ${times[2]!.toFixed(0).padStart(6)} ms   ${points} series points\n`,
    );
  };
  process.stdout.write(`store: ${stored} events; machine: ${process.arch}, node ${process.version}\n`);
  await time('all dyads, daily', async () => aggregateSeries(fromDyadDays(await store.dyadDays()), 'day').length);
  await time('all dyads, weekly', async () => aggregateSeries(fromDyadDays(await store.dyadDays()), 'week').length);
  await time(
    'RUS → UKR, daily',
    async () => aggregateSeries(fromDyadDays(await store.dyadDays({ source: 'RUS', target: 'UKR' })), 'day').length,
  );
  await time(
    'RUS → UKR, one year, weekly',
    async () =>
      aggregateSeries(
        fromDyadDays(await store.dyadDays({ source: 'RUS', target: 'UKR', from: '2021-01-01', to: '2021-12-31' })),
        'week',
      ).length,
  );
  await store.close();
}

await main();
