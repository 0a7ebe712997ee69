// Ingest throughput, SQLite vs PostgreSQL, with 1 and 2 worker processes, through the real CLI:
//   DETENTE_BENCH_PG=postgres://user@host:port/postgres node --import tsx bench/ingest-scaling.ts [articles]
// Writes synthetic articles to a temp file, then times each setup on a fresh database (a temp SQLite file, or
// a PostgreSQL database created for the run and dropped after). Wall time includes process start-up and
// dictionary loading (a few seconds per process); "coding" is the longest time a process itself reported.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { syntheticArticles } from './synthetic-articles.ts';

const BIN = fileURLToPath(new URL('../bin/detente.js', import.meta.url));
/** The synthetic articles as JSON lines, the input format of `detente ingest`. */
const articles = (count: number): string =>
  syntheticArticles(count)
    .map((a) => JSON.stringify({ id: a.id, date: a.date, title: a.title, text: a.text }))
    .join('\n') + '\n';

function run(args: readonly string[]): Promise<{ seconds: number; stderr: string }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, TZ: 'UTC' } }, (error, _out, stderr) => {
      if (error !== null) reject(new Error(`${args.join(' ')}: ${stderr}`));
      else resolve({ seconds: (Date.now() - started) / 1000, stderr });
    });
  });
}

/** The longest "in X s" a process reported (its own coding-and-saving time, after start-up). */
const coding = (stderr: string) => Math.max(...[...stderr.matchAll(/ in ([\d.]+) s into/g)].map((m) => Number(m[1])));

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? '1500');
  const base = process.env['DETENTE_BENCH_PG'];
  if (base === undefined) throw new Error('set DETENTE_BENCH_PG to a PostgreSQL server URL');
  const dir = mkdtempSync(join(tmpdir(), 'detente-bench-'));
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, articles(count));
  const halves = [join(dir, 'a.jsonl'), join(dir, 'b.jsonl')];
  const all = articles(count).trimEnd().split('\n');
  halves.forEach((path, h) => writeFileSync(path, all.filter((_, i) => i % 2 === h).join('\n') + '\n'));

  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const databases: string[] = [];
  const freshPg = async () => {
    const name = `detente_bench_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    databases.push(name);
    const url = new URL(base);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const rows: [string, number, number][] = [];
  const time = async (label: string, body: () => Promise<{ seconds: number; stderr: string }>) => {
    const { seconds, stderr } = await body();
    rows.push([label, seconds, coding(stderr)]);
    process.stderr.write(`${label}: ${seconds.toFixed(1)} s wall\n`);
  };
  try {
    await time('SQLite, 1 process', () => run(['ingest', file, '--db', join(dir, 'one.db')]));
    await time('SQLite, 2 processes (half the files each, same file)', async () => {
      const started = Date.now();
      const db = join(dir, 'two.db');
      const runs = await Promise.all(halves.map((h) => run(['ingest', h, '--db', db])));
      return { seconds: (Date.now() - started) / 1000, stderr: runs.map((r) => r.stderr).join('') };
    });
    await time('PostgreSQL, 1 process (direct)', async () => run(['ingest', file, '--db', await freshPg()]));
    await time('PostgreSQL, job table, 1 worker', async () =>
      run(['ingest', '--workers', '1', file, '--db', await freshPg()]),
    );
    await time('PostgreSQL, job table, 2 workers', async () =>
      run(['ingest', '--workers', '2', file, '--db', await freshPg()]),
    );
  } finally {
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
  const [one, five, fifteen] = loadavg();
  console.log(
    `${count} articles × 12 sentences; load average ${[one, five, fifteen].map((l) => l?.toFixed(1)).join(' / ')}`,
  );
  console.log('| setup | wall s | articles/s (wall) | coding s (slowest process) | articles/s (coding) |');
  console.log('|---|---|---|---|---|');
  for (const [label, wall, code] of rows) {
    console.log(
      `| ${label} | ${wall.toFixed(1)} | ${(count / wall).toFixed(0)} | ${code.toFixed(1)} | ${(count / code).toFixed(0)} |`,
    );
  }
}

await main();
