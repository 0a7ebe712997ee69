// The worker thread that builds pairs (src/server/pair-builder.ts) over its own read-only connection, so that
// building the stories of a busy pair (a second or more on a big store) never holds up the server's requests.
// Messages: {id, pair, range} in, {id, result} or {id, error} out, answered in the order they came.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/index.ts';
import { buildPair, type Range } from './pair-builder.ts';
import type { Dyad } from '../aggregate/dyads.ts';

interface Request {
  readonly id: number;
  readonly pair: Dyad;
  readonly range: Range | null;
}

const port = parentPort;
if (port === null) throw new Error('pair-worker.ts runs as a worker thread');
const store = await openStore((workerData as { db: string }).db, { readonly: true });
// No timers or sockets here: the worker lives while its port listens, and the server unrefs it.
port.on('message', (request: Request) => {
  buildPair(store, request.pair, request.range).then(
    (result) => port.postMessage({ id: request.id, result }),
    (error: unknown) =>
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
