// The worker thread that builds pairs and saves them (src/server/pair-refresh.ts) over its own connection, so that
// building the stories of a busy pair (a second or more on a big store) never holds up the server's requests.
// The connection writes when it can (the server itself only reads); on a database it may not write, pairs are
// built for this process only. Messages: {id, pair, range} in, {id, result} or {id, error} out.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/index.ts';
import type { Range } from './pair-builder.ts';
import { refreshPair } from './pair-refresh.ts';
import type { Dyad } from '../aggregate/dyads.ts';

interface Request {
  readonly id: number;
  readonly pair: Dyad;
  readonly range: Range | null;
}

const port = parentPort;
if (port === null) throw new Error('pair-worker.ts runs as a worker thread');
const db = (workerData as { db: string }).db;
const store = await openStore(db).catch(() => openStore(db, { readonly: true }));
// No timers or sockets here: the worker lives while its port listens, and the server unrefs it.
port.on('message', (request: Request) => {
  refreshPair(store, request.pair, request.range).then(
    (result) => port.postMessage({ id: request.id, result }),
    (error: unknown) =>
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
