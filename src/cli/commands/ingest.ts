// `detente ingest [FILES…|-]`: read, code and store articles in batches; articles already stored with the same
// content hash and dictionary version are skipped, so an interrupted run resumes where it stopped.
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import type { Article, IngestItem } from '../../types.ts';
import { readInputs } from '../../ingest/index.ts';
import { createPipeline, type Pipeline } from '../../pipeline.ts';
import { contentHash, openStore, resolveDbPath, type Store, type StoreEntry } from '../../store/index.ts';
import { startProgress, type Progress } from '../progress.ts';
import { parseDateOption, reportItemFailure } from '../shared.ts';
import { parseCount } from '../format-table.ts';

interface IngestOptions {
  db?: string;
  date?: string;
  batch: string;
  userActors?: string[];
}

interface Pending {
  readonly item: IngestItem;
  readonly article: Article;
  readonly contentHash: string;
}

interface Tally {
  stored: number;
  unchanged: number;
  failed: number;
  events: number;
}

export function registerIngest(program: Command, context: CommandContext): void {
  program
    .command('ingest')
    .description('code articles and store them (skips articles stored unchanged)')
    .argument('[inputs...]', 'files or directories (recursive); - for stdin', ['-'])
    .option('--db <path>', 'SQLite database file (default: $DETENTE_DB, else ./detente.db)')
    .option('--date <YYYY-MM-DD>', 'date for plain-text inputs that carry none')
    .option('--batch <n>', 'articles per transaction', '200')
    .option('--user-actors <file...>', 'extra actor dictionary files')
    .action(async (inputs: string[], options: IngestOptions) => {
      const date = parseDateOption(options.date);
      const batchSize = parseCount('--batch', options.batch);
      if (batchSize === 0) throw new Error('--batch 0: expected at least 1 article per transaction');
      const dbPath = resolveDbPath(options.db);
      const pipeline = createPipeline({ userActorFiles: options.userActors ?? [] });
      const store = await openStore(dbPath);
      const tally: Tally = { stored: 0, unchanged: 0, failed: 0, events: 0 };
      const progress = startProgress('ingesting', null);
      try {
        let pending: Pending[] = [];
        for await (const item of readInputs(inputs, { date })) {
          if (item.article === null) {
            reportItemFailure(item);
            tally.failed++;
            progress.tick(false);
            continue;
          }
          pending.push({ item, article: item.article, contentHash: contentHash(item.article) });
          if (pending.length >= batchSize) {
            await flush(pending, pipeline, store, tally, progress);
            pending = [];
          }
        }
        await flush(pending, pipeline, store, tally, progress);
      } finally {
        await store.close();
      }
      const summary = progress.finish();
      process.stderr.write(
        `ingested ${plural(tally.stored, 'article')} (${plural(tally.events, 'event')}), ${tally.unchanged} unchanged, ` +
          `${tally.failed} failed, in ${summary.seconds.toFixed(1)} s into ${dbPath}\n`,
      );
      if (tally.failed > 0) context.exitCode = 1;
    });
}

/** Codes the articles of one batch that are new or changed, and stores them in one transaction. */
async function flush(
  batch: readonly Pending[],
  pipeline: Pipeline,
  store: Store,
  tally: Tally,
  progress: Progress,
): Promise<void> {
  if (batch.length === 0) return;
  const dictionaryVersion = pipeline.dictionaryVersion;
  const unchanged = await store.unchangedArticles(
    batch.map((p) => ({ id: p.article.id, contentHash: p.contentHash, dictionaryVersion })),
  );
  const entries: StoreEntry[] = [];
  for (const { item, article, contentHash } of batch) {
    if (unchanged.has(article.id)) {
      tally.unchanged++;
      progress.tick(true);
      continue;
    }
    try {
      const result = pipeline.code(article);
      entries.push({
        article,
        result: { ...result, diagnostics: [...item.diagnostics, ...result.diagnostics] },
        contentHash,
        dictionaryVersion,
      });
      tally.events += result.events.length;
      // Ticks as each article is coded (the slow part), not when its batch is saved, so progress moves evenly.
      progress.tick(true);
    } catch (error) {
      // One article the coder chokes on must not stop the run: report it like a bad input and go on.
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`${item.origin}: coding failed (${message}) [cli/coding-error]\n`);
      tally.failed++;
      progress.tick(false);
    }
  }
  await store.saveArticles(entries);
  tally.stored += entries.length;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
