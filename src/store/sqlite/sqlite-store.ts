// The SQLite Store (better-sqlite3): WAL, synchronous=NORMAL, one transaction per batch, FTS5 over sentences.
// better-sqlite3 is synchronous; the async methods only keep the contract shared with networked backends.
import type { Store } from '../store.ts';
import { openDatabase, type SqliteStoreOptions } from './connection.ts';
import { createReader } from './reader.ts';
import { createWriter } from './writer.ts';
import { createDyadDays } from './dyad-days.ts';
import { createAggregates } from './aggregates.ts';
import { createArticleListing } from './articles.ts';
import { createDiagnosticQuery } from './diagnostics.ts';
import { createDerivedAccess, createDerivedWriter } from './derived.ts';

export type { SqliteStoreOptions } from './connection.ts';

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const db = openDatabase(path, options);
  // A read-only store prepares no INSERT statements (they would fail on a read-only connection).
  const writer = options.readonly ? null : createWriter(db);
  const reader = createReader(db);
  const dyadDays = createDyadDays(db);
  const aggregates = createAggregates(db);
  const listArticles = createArticleListing(db);
  const queryDiagnostics = createDiagnosticQuery(db);
  const derived = createDerivedAccess(db);
  const derivedWriter = options.readonly ? null : createDerivedWriter(db);
  const write = () => {
    if (writer === null) throw new Error('this store was opened read-only');
    return writer;
  };
  return {
    async saveArticles(batch) {
      if (batch.length > 0) write().save(batch);
    },
    async hasArticle(key) {
      return reader.unchanged([key]).has(key.id);
    },
    async unchangedArticles(keys) {
      return reader.unchanged(keys);
    },
    async getArticle(id) {
      return reader.article(id);
    },
    async articleTones(ids) {
      return reader.tones(ids);
    },
    async queryEvents(filter = {}) {
      return reader.events(filter);
    },
    async countEvents(filter = {}) {
      return reader.countEvents(filter);
    },
    async queryQuotes(filter = {}) {
      return reader.quotes(filter);
    },
    async queryActors(filter = {}) {
      return reader.actors(filter);
    },
    async counts() {
      return reader.counts();
    },
    async dyadDays(filter = {}) {
      return dyadDays(filter);
    },
    async queryArticles(filter = {}) {
      return listArticles(filter);
    },
    async dyadTotals() {
      return aggregates.dyadTotals();
    },
    async dailyVolume(filter = {}) {
      return aggregates.dailyVolume(filter);
    },
    async reportRange(maxLagDays) {
      return aggregates.reportRange(maxLagDays);
    },
    async roleDays(code) {
      return aggregates.roleDays(code);
    },
    async queryDiagnostics(filter) {
      return queryDiagnostics(filter);
    },
    async derivedPairs() {
      return derived.pairs();
    },
    async derivedPair(pair) {
      return derived.pair(pair);
    },
    async savePairResults(saves) {
      if (derivedWriter === null) throw new Error('this store was opened read-only');
      if (saves.length > 0) derivedWriter.save(saves);
    },
    async readPairPayload(pair, part) {
      return derived.payload(pair, part);
    },
    async queryDerivedStories(filter) {
      return derived.stories(filter);
    },
    async readStoryChunk(pair, chunk) {
      return derived.chunk(pair, chunk);
    },
    async close() {
      if (!db.open) return;
      // Lets SQLite refresh the planner statistics it finds stale; cheap, and keeps index choices good.
      if (!options.readonly) db.pragma('optimize');
      db.close();
    },
  };
}
