// Streaming bench: 100,000 articles (the shared corpus repeated, each copy with its own id) through
// `detente code` and through `detente ingest` into a fresh SQLite file, each as a child process as a user runs
// it. Reports the peak resident memory of each run (target ≤ 400 MB) and its sentences/s (target for ingest:
// ≥ 5,000). Run: `node --import tsx bench/stream-memory.ts [--limit N] [--only code|ingest] [--keep]`.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readInputs } from '../src/ingest/index.ts';
import { analyze } from '../src/nlp/analyze.ts';
import { openStore } from '../src/store/index.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../shared/corpus/articles.jsonl', import.meta.url));
const BIN = join(ROOT, 'bin/detente.js');

interface RunFigures {
  readonly command: string;
  readonly articles: number;
  readonly sentences: number;
  readonly seconds: number;
  readonly cpuSeconds: number | null;
  readonly peakRssMB: number | null;
  readonly exitCode: number | null;
  readonly rssByTenth: readonly number[];
  /** Figures when `ingest` printed its summary, before the steps that follow it (the stored pair results). */
  readonly beforeFinish: { readonly seconds: number; readonly cpuSeconds: number; readonly peakRssMB: number } | null;
}

/** The line `ingest` prints once every article is stored, before it builds the pair results. */
const INGEST_SUMMARY = /^ingested \d+ articles? /;

const { values } = parseArgs({
  options: {
    limit: { type: 'string', default: '100000' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) {
  process.stderr.write(`--limit ${values.limit}: expected a whole number of articles ≥ 1\n`);
  process.exit(2);
}
if (!existsSync(CORPUS)) {
  process.stderr.write(`${CORPUS} is absent: this bench needs the shared corpus (../shared/corpus/articles.jsonl)\n`);
  process.exit(2);
}

/** The corpus records and their sentence counts (by the pipeline's own NLP stage), read once. */
async function readCorpus(): Promise<{ lines: string[]; sentences: number[] }> {
  const lines: string[] = [];
  const sentences: number[] = [];
  const raw = readFileSync(CORPUS, 'utf8').split('\n');
  let lineNo = 0;
  for await (const item of readInputs([CORPUS])) {
    if (item.article === null) continue;
    // The origin is "path:line": keep the raw line of each readable article, to write it out again.
    lineNo = Number(item.origin.slice(item.origin.lastIndexOf(':') + 1));
    const line = raw[lineNo - 1];
    if (line === undefined) continue;
    lines.push(line);
    sentences.push(analyze(item.article).sentences.length);
  }
  return { lines, sentences };
}

/** Writes `limit` records, the corpus over and over, copy k of id X renamed "X~rk"; returns the sentence total. */
async function writeInput(path: string, corpus: { lines: string[]; sentences: number[] }): Promise<number> {
  const out = createWriteStream(path);
  let sentences = 0;
  for (let i = 0; i < limit; i++) {
    const n = i % corpus.lines.length;
    const copy = Math.floor(i / corpus.lines.length);
    const record = JSON.parse(corpus.lines[n] ?? '{}') as Record<string, unknown>;
    record['id'] = `${String(record['id'])}~r${copy}`;
    sentences += corpus.sentences[n] ?? 0;
    if (!out.write(`${JSON.stringify(record)}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return sentences;
}

/** Resident set now (VmRSS), its peak (VmHWM) and CPU time of a running process, from /proc; null without /proc. */
function procFigures(pid: number): { rssKB: number; peakKB: number; cpuSeconds: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks.
    const ticks = Number(fields[11]) + Number(fields[12]);
    if (hwm === null || rss === null) return null;
    return { rssKB: Number(rss[1]), peakKB: Number(hwm[1]), cpuSeconds: ticks / 100 };
  } catch {
    return null;
  }
}

/** Runs `detente <args>`, counting stdout lines, sampling /proc until it exits. */
async function run(args: readonly string[], sentences: number): Promise<RunFigures & { lines: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TZ: 'UTC', DETENTE_DB: '' },
  });
  let last: { rssKB: number; peakKB: number; cpuSeconds: number } | null = null;
  const rssSamples: number[] = [];
  const sampler = setInterval(() => {
    const now = child.pid === undefined ? null : procFigures(child.pid);
    if (now !== null) {
      last = now;
      rssSamples.push(now.rssKB / 1024);
    }
  }, 100);
  let lines = 0;
  const counting = (async () => {
    for await (const _line of createInterface({ input: child.stdout })) lines++;
  })();
  let beforeFinish: RunFigures['beforeFinish'] = null;
  const relaying = (async () => {
    for await (const line of createInterface({ input: child.stderr })) {
      process.stderr.write(`${line}\n`);
      const now = child.pid === undefined ? null : procFigures(child.pid);
      if (beforeFinish === null && now !== null && INGEST_SUMMARY.test(line)) {
        const seconds = (performance.now() - started) / 1000;
        beforeFinish = { seconds, cpuSeconds: now.cpuSeconds, peakRssMB: now.peakKB / 1024 };
      }
    }
  })();
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  clearInterval(sampler);
  await counting;
  await relaying;
  const seconds = (performance.now() - started) / 1000;
  const figures = last as { peakKB: number; cpuSeconds: number } | null;
  // Resident set at each tenth of the run: flat means streaming, a ramp means something is kept per article.
  const tenths = Array.from(
    { length: 10 },
    (_, i) => rssSamples[Math.floor(((i + 1) * rssSamples.length) / 10) - 1] ?? 0,
  );
  return {
    command: `detente ${args[0] ?? ''}`,
    articles: limit,
    sentences,
    seconds,
    cpuSeconds: figures?.cpuSeconds ?? null,
    peakRssMB: figures === null ? null : figures.peakKB / 1024,
    exitCode,
    lines,
    rssByTenth: tenths.map((mb) => Math.round(mb)),
    beforeFinish,
  };
}

function report(f: RunFigures): string {
  const rss = f.peakRssMB === null ? 'n/a' : `${f.peakRssMB.toFixed(0)} MB`;
  const cpu = f.cpuSeconds === null ? '' : `, ${(f.sentences / f.cpuSeconds).toFixed(0)} sentences/s of CPU`;
  const b = f.beforeFinish;
  const stored =
    b === null
      ? ''
      : `; until every article was stored: ${b.seconds.toFixed(1)} s wall, ${(f.sentences / b.cpuSeconds).toFixed(0)} ` +
        `sentences/s of CPU, peak RSS ${b.peakRssMB.toFixed(0)} MB (the rest, the pair results: ` +
        `${((f.cpuSeconds ?? b.cpuSeconds) - b.cpuSeconds).toFixed(1)} s of CPU)`;
  return (
    `${f.command}: ${f.articles} articles, ${f.sentences} sentences in ${f.seconds.toFixed(1)} s wall ` +
    `(${(f.articles / f.seconds).toFixed(0)} articles/s, ${(f.sentences / f.seconds).toFixed(0)} sentences/s${cpu}); ` +
    `peak RSS ${rss} (RSS at each tenth of the run: ${f.rssByTenth.join(' ')} MB); exit ${String(f.exitCode)}${stored}`
  );
}

const dir = mkdtempSync(join(tmpdir(), 'detente-stream-'));
try {
  const corpus = await readCorpus();
  const input = join(dir, 'articles.jsonl');
  const sentences = await writeInput(input, corpus);
  process.stderr.write(
    `input: ${limit} articles (${sentences} sentences) from ${corpus.lines.length} corpus records → ${input}\n`,
  );
  const results: RunFigures[] = [];
  if (values.only === undefined || values.only === 'code') {
    const code = await run(['code', input], sentences);
    if (code.lines !== limit) process.stderr.write(`code wrote ${code.lines} lines for ${limit} articles\n`);
    results.push(code);
    process.stdout.write(`${report(code)}\n`);
  }
  if (values.only === undefined || values.only === 'ingest') {
    const db = join(dir, 'stream.db');
    const ingest = await run(['ingest', input, '--db', db], sentences);
    const store = await openStore(db, { readonly: true });
    const counts = await store.counts();
    await store.close();
    if (counts.articles !== limit) process.stderr.write(`ingest stored ${counts.articles} articles of ${limit}\n`);
    results.push(ingest);
    process.stdout.write(`${report(ingest)}; stored ${counts.articles} articles, ${counts.events} events\n`);
  }
  const failed = results.filter((r) => r.exitCode !== 0 || (r.peakRssMB ?? 0) > 400);
  process.exitCode = failed.length > 0 ? 1 : 0;
} finally {
  if (values.keep) process.stderr.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}
