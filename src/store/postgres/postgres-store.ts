// The PostgreSQL Store (pg Pool): one transaction per batch, unnest() bulk inserts, tsvector + GIN search.
// The only files that import `pg` are in this folder.
import type { Store } from '../store.ts';
import { inTransaction, openPool, type PostgresStoreOptions } from './connection.ts';
import { createReader } from './reader.ts';
import { writeBatch } from './writer.ts';
import { createDyadDays } from './dyad-days.ts';
import { createAggregates } from './aggregates.ts';
import { createArticleListing } from './articles.ts';
import { createDiagnosticQuery } from './diagnostics.ts';
import { createDerived } from './derived.ts';

export type { PostgresStoreOptions } from './connection.ts';

export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = await openPool(url, options);
  const reader = createReader(pool);
  const dyadDays = createDyadDays(pool);
  const aggregates = createAggregates(pool);
  const listArticles = createArticleListing(pool);
  const queryDiagnostics = createDiagnosticQuery(pool);
  const derived = createDerived(pool);
  let closed = false;
  return {
    async saveArticles(batch) {
      if (options.readonly) throw new Error('this store was opened read-only');
      if (batch.length > 0) await inTransaction(pool, (client) => writeBatch(client, batch));
    },
    async hasArticle(key) {
      return (await reader.unchanged([key])).has(key.id);
    },
    unchangedArticles: (keys) => reader.unchanged(keys),
    getArticle: (id) => reader.article(id),
    articleTones: (ids) => reader.tones(ids),
    queryEvents: (filter = {}) => reader.events(filter),
    countEvents: (filter = {}) => reader.countEvents(filter),
    queryQuotes: (filter = {}) => reader.quotes(filter),
    queryActors: (filter = {}) => reader.actors(filter),
    counts: () => reader.counts(),
    dyadDays: (filter = {}) => dyadDays(filter),
    queryArticles: (filter = {}) => listArticles(filter),
    dyadTotals: () => aggregates.dyadTotals(),
    dailyVolume: (filter = {}) => aggregates.dailyVolume(filter),
    reportRange: (maxLagDays) => aggregates.reportRange(maxLagDays),
    roleDays: (code) => aggregates.roleDays(code),
    queryDiagnostics: (filter) => queryDiagnostics(filter),
    derivedPairs: () => derived.pairs(),
    derivedPair: (pair) => derived.pair(pair),
    async savePairResults(saves) {
      if (options.readonly) throw new Error('this store was opened read-only');
      if (saves.length > 0) await derived.save(saves);
    },
    readPairPayload: (pair, part) => derived.payload(pair, part),
    queryDerivedStories: (filter) => derived.stories(filter),
    readStoryChunk: (pair, chunk) => derived.chunk(pair, chunk),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
