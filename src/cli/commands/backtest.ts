// `detente backtest`: ingest the shared 2021–22 corpus into a fresh store, run stories → index → alerts, and
// report lead times before 2022-02-24, alerts elsewhere, and the agreement with the GDELT extracts.
import type { Command } from 'commander';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from '../main.ts';
import type { Article } from '../../types.ts';
import { readInputs } from '../../ingest/index.ts';
import { createPipeline } from '../../pipeline.ts';
import { contentHash, openStore, type Store, type StoreEntry } from '../../store/index.ts';
import { readAssertedEvents } from '../../aggregate/from-store.ts';
import { parseGdelt, type GdeltRow } from '../../aggregate/gdelt.ts';
import { runBacktest, type BacktestReport } from '../../aggregate/backtest.ts';
import { parseAnnotations } from '../../aggregate/story-eval.ts';
import type { Alert } from '../../aggregate/alerts.ts';
import { startProgress } from '../progress.ts';
import { parseCount } from '../format-table.ts';

const DEFAULT_SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const STORY_DIR = new URL('../../../test/fixtures/stories/', import.meta.url);
const DEFAULT_STORIES = ['annotations.tsv', 'heldout.tsv'].map((name) => fileURLToPath(new URL(name, STORY_DIR)));
const BATCH = 500;

interface BacktestOptions {
  db?: string;
  limit?: string;
  shared: string;
  from: string;
  to: string;
  skipIngest?: boolean;
  stories: string[];
  json?: boolean;
}

export function registerBacktest(program: Command, context: CommandContext): void {
  program
    .command('backtest')
    .description('ingest the shared 2021–22 corpus into a fresh store and report alert lead times before 2022-02-24')
    .option('--db <path>', 'store file to create (must not exist); default a temporary file, removed afterwards')
    .option('--limit <n>', 'at most n items from each corpus file (a quick run)')
    .option('--shared <dir>', 'the shared data directory', DEFAULT_SHARED)
    .option('--from <YYYY-MM-DD>', 'first day of the alert range', '2021-10-01')
    .option('--to <YYYY-MM-DD>', 'last day of the alert range', '2022-04-30')
    .option('--skip-ingest', 'use the existing --db as it is (re-run the analysis only)')
    .option('--stories <files...>', 'story-merge annotation files to score (absent files are skipped)', DEFAULT_STORIES)
    .option('--json', 'the whole report as one JSON object')
    .action(async (options: BacktestOptions) => {
      const corpus = join(options.shared, 'corpus');
      const articles = join(corpus, 'articles.jsonl');
      const headlines = join(corpus, 'headlines.jsonl');
      if (!existsSync(articles) || !existsSync(headlines)) {
        process.stderr.write(
          `backtest: the shared corpus is absent (looked for ${articles} and ${headlines}); ` +
            'give --shared DIR or run from a checkout beside ../shared. Nothing was run.\n',
        );
        context.exitCode = 2;
        return;
      }
      const limit = options.limit === undefined ? null : parseCount('--limit', options.limit);
      let tempDir: string | null = null;
      let dbPath: string;
      if (options.db !== undefined) {
        dbPath = options.db;
        if (options.skipIngest !== true && existsSync(dbPath)) {
          throw new Error(
            `--db ${dbPath} exists: the backtest needs a fresh store (give a new path, or --skip-ingest)`,
          );
        }
      } else {
        if (options.skipIngest === true) throw new Error('--skip-ingest needs --db');
        tempDir = mkdtempSync(join(tmpdir(), 'detente-backtest-'));
        dbPath = join(tempDir, 'backtest.db');
      }
      try {
        const store = await openStore(dbPath);
        try {
          const started = Date.now();
          let ingested = { items: 0, events: 0, failed: 0 };
          if (options.skipIngest !== true) ingested = await ingestCorpus(store, [articles, headlines], limit);
          const ingestSeconds = (Date.now() - started) / 1000;
          const t = Date.now();
          const records = await readAssertedEvents(store);
          const gdelt = readGdelt(join(corpus, 'gdelt'));
          const goldStories = options.stories
            .filter((file) => existsSync(file))
            .map((file) => ({ name: basename(file), stories: parseAnnotations(readFileSync(file, 'utf8')) }));
          const range = { from: options.from, to: options.to };
          const report = runBacktest(records, gdelt, { range, goldStories });
          const analysisSeconds = (Date.now() - t) / 1000;
          const timing = { items: ingested.items, failed: ingested.failed, ingestSeconds, analysisSeconds };
          if (options.json) process.stdout.write(`${JSON.stringify({ ...report, timing }, null, 2)}\n`);
          else process.stdout.write(formatReport(report, timing));
        } finally {
          await store.close();
        }
      } finally {
        if (tempDir !== null) rmSync(tempDir, { recursive: true, force: true });
      }
    });
}

/**
 * Codes and stores the corpus files; the last one is the headline file, whose records carry `title` +
 * `description`: both are coded (a title is often the only sentence that names both actors).
 */
async function ingestCorpus(
  store: Store,
  files: readonly string[],
  limit: number | null,
): Promise<{ items: number; events: number; failed: number }> {
  const pipeline = createPipeline();
  const progress = startProgress('backtest: coding', null);
  let items = 0;
  let events = 0;
  let failed = 0;
  for (const file of files) {
    let taken = 0;
    let batch: StoreEntry[] = [];
    for await (const item of readInputs([file])) {
      if (limit !== null && taken >= limit) break;
      taken++;
      if (item.article === null) {
        failed++;
        progress.tick(false);
        continue;
      }
      const article = file === files[files.length - 1] ? headlineArticle(item.article) : item.article;
      try {
        const result = pipeline.code(article);
        events += result.events.length;
        batch.push({
          article,
          result,
          contentHash: contentHash(article),
          dictionaryVersion: pipeline.dictionaryVersion,
        });
        progress.tick(true);
      } catch {
        failed++;
        progress.tick(false);
      }
      items++;
      if (batch.length >= BATCH) {
        await store.saveArticles(batch);
        batch = [];
      }
    }
    await store.saveArticles(batch);
  }
  progress.finish();
  return { items, events, failed };
}

/**
 * A headline record as one text: the title (a sentence of its own) before the description, unless the
 * description already starts with it; markup some feeds leave in descriptions (<p>, <a>) is dropped.
 */
export function headlineArticle(article: Article): Article {
  const text = article.text
    .replace(/<[^>]*>/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
  const title = article.title?.trim() ?? '';
  if (title === '' || text.startsWith(title)) return text === article.text ? article : { ...article, text };
  const stop = /[.!?]$/.test(title) ? '' : '.';
  return { ...article, text: `${title}${stop}\n\n${text}` };
}

function readGdelt(dir: string): GdeltRow[] {
  if (!existsSync(dir)) return [];
  const rows: GdeltRow[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(tsv|csv)$/.test(name) || name.includes('header') || name.startsWith('gkg')) continue;
    rows.push(...parseGdelt(readFileSync(join(dir, name), 'utf8')).rows);
  }
  return rows;
}

interface Timing {
  readonly items: number;
  readonly failed: number;
  readonly ingestSeconds: number;
  readonly analysisSeconds: number;
}

function formatReport(report: BacktestReport, timing: Timing): string {
  const lines: string[] = [];
  lines.push(
    `corpus: ${timing.items} items coded in ${timing.ingestSeconds.toFixed(1)} s (${timing.failed} failed); ` +
      `${report.events.asserted} asserted events → ${report.events.stories} stories; analysis ${timing.analysisSeconds.toFixed(1)} s`,
  );
  lines.push(`alert range ${report.range.from} … ${report.range.to}`, '');
  lines.push('First alert before 2022-02-24 (asserted events only):');
  for (const f of report.focus) {
    const first = f.firstAlert;
    lines.push(
      first === null
        ? `  ${f.dyad.padEnd(16)} none (${f.stories} stories, ${f.alerts.length} alerts in range)`
        : `  ${f.dyad.padEnd(16)} ${first.date} ${first.level} (score ${first.score}), lead ${first.leadDays} days; ` +
            `${f.alerts.length} alerts in range, ${f.stories} stories`,
    );
    for (const a of f.alerts) lines.push(`      ${describe(a)}`);
  }
  lines.push('', `Alerts on other dyads: ${report.otherAlerts.length}`);
  for (const a of report.otherAlerts) lines.push(`  ${describe(a)}`);
  lines.push('', `Most alerts in one dyad-quarter: ${report.maxAlertsPerDyadQuarter}`);
  for (const q of report.busiestDyadQuarters.slice(0, 5)) lines.push(`  ${q.dyad} ${q.quarter}: ${q.alerts}`);
  lines.push('', 'Control dyads (no real change; alerts there are false alarms):');
  for (const c of report.controls) {
    lines.push(
      `  ${c.dyad.padEnd(10)} ${c.alerts} alerts (max ${c.maxPerQuarter}/quarter), ${c.stories} stories — ${c.why}`,
    );
  }
  for (const { name, score: m } of report.merging) {
    lines.push(
      '',
      `Story merging (${name}): ${m.correct} of ${m.mentions} annotated mentions in the right story ` +
        `(${(100 * m.accuracy).toFixed(1)}%), ${m.goldStoriesFound} of ${m.goldStories} annotated stories found`,
    );
    if (m.split.length > 0) lines.push(`  split: ${m.split.join(', ')}`);
    for (const group of m.merged) lines.push(`  merged: ${group.join(' + ')}`);
  }
  lines.push('', 'Correlation with GDELT where dates overlap:');
  for (const c of report.gdelt) {
    lines.push(`  ${c.what}: n=${c.n}, r=${c.r === null ? 'undefined (n<3 or constant)' : c.r.toFixed(3)} — ${c.note}`);
  }
  return `${lines.join('\n')}\n`;
}

function describe(a: Alert): string {
  const top = a.evidence[0];
  const why =
    top === undefined ? '' : ` — "${top.sentence.replace(/\s+/g, ' ').slice(0, 90)}" ${top.url ?? top.articleId}`;
  return `${a.date} ${a.source}→${a.target} ${a.level} ${a.score} (since ${a.since}, ${a.events.length} events)${why}`;
}
