// Latency of every endpoint the dashboard uses, on a large store (issue 6). Each endpoint is timed in a fresh
// process (cold: a new app over a newly opened store, as right after `detente serve` starts — the OS file cache
// is not dropped), then three more times in that process (warm, median). Wall and CPU milliseconds both: the
// machine is shared, CPU time is what the request cost.
// `pending` says whether the cold answer still waited for pair results (overview `pending`, dyad `pending: true`).
// --rss: one process asks every endpoint once, then reports the server's resident memory (after a collection
// and once any background builds are done).
//   node --import tsx --expose-gc bench/serve-latency.ts [--db /tmp/detente-serve-1000000.db] [--events 1000000]
//     [--only overview] [--warm] [--rss]
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { openStore } from '../src/store/index.ts';
import { createApp } from '../src/server/app.ts';
import { buildServeStore } from './serve-store.ts';

/** [label, path]; `{article}` and `{cursor}` are filled in from earlier answers. */
const ENDPOINTS: readonly (readonly [string, string])[] = [
  ['overview', '/api/overview'],
  ['events, search page', '/api/events?limit=25'],
  ['events, text search', '/api/events?text=pipeline&limit=25'],
  ['events, RUS→UKR filters', '/api/events?source=RUS&target=UKR&plover=ASSAULT&limit=25'],
  ['events, offset 500,000', '/api/events?limit=25&offset=500000'],
  ['events, keyset deep', '/api/events?limit=25&after={cursor}'],
  ['dyad view RUS→UKR', '/api/dyads/RUS/UKR'],
  ['dyad view, weekly stories', '/api/dyads/RUS/UKR?period=week&level=story'],
  ['dyad day events', '/api/dyads/RUS/UKR/events?from=2021-06-01'],
  ['actor view RUS', '/api/actors/RUS'],
  ['actors list', '/api/actors?limit=50'],
  ['articles list', '/api/articles?limit=25'],
  ['articles, outlet + dates', '/api/articles?source=outlet7&from=2021-01-01&to=2021-03-31&limit=25'],
  ['article view', '/api/articles/{article}'],
  ['stories', '/api/stories?limit=20'],
  ['alerts', '/api/alerts?limit=20'],
  ['dyads list', '/api/dyads?limit=50'],
  ['quotes by speaker', '/api/quotes?speaker=RUS&limit=20'],
  ['GDELT export, 1,000 rows', '/api/export?format=gdelt&limit=1000'],
];

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

interface Timing {
  readonly status: number;
  readonly wall: number;
  readonly cpu: number;
  readonly bytes: number;
  readonly body: string;
}

async function timeRequest(app: ReturnType<typeof createApp>, path: string): Promise<Timing> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const response = await app.request(`http://127.0.0.1${path}`);
  const body = await response.text();
  const used = process.cpuUsage(cpu);
  return {
    status: response.status,
    wall: performance.now() - wall,
    cpu: (used.user + used.system) / 1000,
    bytes: body.length,
    body,
  };
}

/** The `next` cursor of a page, if the body is one. */
function nextOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { next?: unknown };
    return typeof parsed.next === 'string' ? parsed.next : null;
  } catch {
    return null;
  }
}

/** Whether an answer says it is still waiting for pair results. */
function pendingOf(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { pending?: unknown };
    return parsed.pending !== undefined && parsed.pending !== null && parsed.pending !== false;
  } catch {
    return false;
  }
}

/** --rss: every endpoint once in one server process, then its resident memory. */
async function rss(db: string, paths: readonly string[]): Promise<void> {
  const store = await openStore(db, { readonly: true });
  const app = createApp(store, { db, warm: true });
  const cpu = process.cpuUsage();
  const started = performance.now();
  let peak = 0;
  for (const path of paths) {
    const t = await timeRequest(app, path);
    peak = Math.max(peak, process.memoryUsage().rss);
    process.stdout.write(`${t.status} ${pendingOf(t.body) ? 'pending' : 'ready'} ${path}\n`);
  }
  // Background builds (stale pairs) would show in the overview's answer; wait until it has none.
  for (;;) {
    const body = (await timeRequest(app, '/api/overview')).body;
    if (!pendingOf(body)) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  (globalThis as { gc?: () => void }).gc?.();
  const used = process.cpuUsage(cpu);
  const mb = (x: number) => (x / 1024 / 1024).toFixed(0);
  const memory = process.memoryUsage();
  process.stdout.write(
    `every endpoint once: ${((performance.now() - started) / 1000).toFixed(1)} s wall, ` +
      `${((used.user + used.system) / 1e6).toFixed(1)} s CPU; RSS ${mb(memory.rss)} MB (peak seen ${mb(peak)} MB), ` +
      `heap used ${mb(memory.heapUsed)} MB, buffers ${mb(memory.arrayBuffers)} MB; load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
  );
  await store.close();
  process.exit(0);
}

/** Child: one endpoint, cold then warm; prints one JSON line. */
async function child(db: string, path: string): Promise<void> {
  const store = await openStore(db, { readonly: true });
  // As `detente serve`: stories built in a worker thread over the same database. With --warm the pass over
  // every pair starts at once, as it does in `detente serve` (its work then counts in every request's CPU).
  const app = createApp(store, { db, warm: process.argv.includes('--warm') });
  const cold = await timeRequest(app, path);
  const warm: Timing[] = [];
  for (let i = 0; i < 3; i++) warm.push(await timeRequest(app, path));
  warm.sort((a, b) => a.wall - b.wall);
  const mid = warm[1]!;
  process.stdout.write(
    `${JSON.stringify({ status: cold.status, cold: [cold.wall, cold.cpu], warm: [mid.wall, mid.cpu], bytes: cold.bytes, next: nextOf(cold.body), pending: pendingOf(cold.body) })}\n`,
  );
  await store.close();
  // The background pass (and its worker) would keep going: this process measured what it came for.
  process.exit(0);
}

async function main(): Promise<void> {
  const events = Number(option('--events', '1000000'));
  const db = await buildServeStore(events, option('--db', `/tmp/detente-serve-${events}.db`));
  if (process.argv.includes('--child')) return child(db, option('--path', '/api/overview'));
  const only = option('--only', '');
  const store = await openStore(db, { readonly: true });
  const counts = await store.counts();
  const [first] = await store.queryEvents({ limit: 1, offset: Math.floor(counts.events * 0.8), order: 'desc' });
  await store.close();
  const fill = (path: string) =>
    path
      .replace('{article}', encodeURIComponent(first?.article.id ?? 's1'))
      .replace('{cursor}', encodeURIComponent(deepCursor ?? ''));
  let deepCursor: string | null = null;
  process.stdout.write(
    `store: ${counts.events} events, ${counts.articles} articles; node ${process.version}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(
        ' ',
      )}\n\n| endpoint | status | pending | cold wall ms | cold CPU ms | warm wall ms | warm CPU ms | bytes |\n|---|---|---|---|---|---|---|---|\n`,
  );
  if (process.argv.includes('--rss')) {
    return rss(
      db,
      ENDPOINTS.filter(([, t]) => !t.includes('{cursor}')).map(([, t]) => fill(t)),
    );
  }
  for (const [label, template] of ENDPOINTS) {
    if (only !== '' && !label.includes(only)) continue;
    if (template.includes('{cursor}') && deepCursor === null) continue;
    const path = fill(template);
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        new URL(import.meta.url).pathname,
        '--child',
        '--db',
        db,
        '--path',
        path,
        ...(process.argv.includes('--warm') ? ['--warm'] : []),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as {
      status: number;
      cold: [number, number];
      warm: [number, number];
      bytes: number;
      next: string | null;
      pending: boolean;
    };
    if (label === 'events, offset 500,000' && r.status === 200) deepCursor = r.next;
    const ms = (x: number) => x.toFixed(0);
    process.stdout.write(
      `| ${label} \`${path.length > 60 ? `${path.slice(0, 57)}…` : path}\` | ${r.status} | ${r.pending ? 'yes' : 'no'} | ${ms(r.cold[0])} | ${ms(r.cold[1])} | ${ms(r.warm[0])} | ${ms(r.warm[1])} | ${r.bytes} |\n`,
    );
  }
}

await main();
