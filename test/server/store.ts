// A temp SQLite store filled with the fixtures, for one test file, with its pair results built as `detente ingest`
// leaves them (unless `derive: false`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/index.ts';
import { fixtureEntries } from './fixtures.ts';
import { refreshPairs } from '../../src/server/pair-refresh.ts';

export interface TempStore {
  readonly store: Store;
  readonly path: string;
  dispose(): Promise<void>;
}

export async function fixtureStore(options: { readonly derive?: boolean } = {}): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'detente-server-'));
  const path = join(dir, 'detente.db');
  const writer = await openStore(path);
  await writer.saveArticles(fixtureEntries());
  if (options.derive !== false) await refreshPairs(writer);
  await writer.close();
  const store = await openStore(path, { readonly: true });
  return {
    store,
    path,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
