// Where pairs are built (and saved, see pair-refresh.ts): in this thread (tests, small stores opened in-process) or
// in a worker thread over its own connection to the same database (`detente serve`), so a long build never blocks
// a request.
import { Worker } from 'node:worker_threads';
import type { Store } from '../store/index.ts';
import type { Dyad } from '../aggregate/dyads.ts';
import type { Range } from './pair-builder.ts';
import { refreshPair, type BuiltPair } from './pair-refresh.ts';

export type BuildPair = (pair: Dyad, range: Range | null) => Promise<BuiltPair>;

export function buildInThread(store: Store): BuildPair {
  return (pair, range) => refreshPair(store, pair, range);
}

interface Reply {
  readonly id: number;
  readonly result?: BuiltPair;
  readonly error?: string;
}

/**
 * How long an idle worker is kept: builds come in runs (a pass over stale pairs, a dyad view or two), and a
 * worker that built busy pairs holds a few hundred MB that only ending it gives back.
 */
const IDLE_MS = 10_000;

/**
 * A worker started on first use and ended after IDLE_MS without work. It keeps the process alive only while a
 * build is awaited (an idle server exits as before). A crashed worker fails what it had and is replaced on the
 * next build.
 */
export function buildInWorker(db: string, signal?: AbortSignal): BuildPair {
  let worker: Worker | null = null;
  // Stopping the server stops the worker, whatever it was building.
  signal?.addEventListener('abort', () => void worker?.terminate(), { once: true });
  let next = 0;
  const waiting = new Map<number, { resolve: (r: BuiltPair) => void; reject: (e: Error) => void }>();
  let idle: NodeJS.Timeout | undefined;
  const start = (): Worker => {
    const w = new Worker(new URL('./worker-boot.js', import.meta.url), {
      workerData: { entry: new URL('./pair-worker.ts', import.meta.url).href, db },
    });
    w.on('message', (reply: Reply) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (waiting.size === 0) {
        w.unref();
        idle = setTimeout(() => {
          if (worker !== w || waiting.size > 0) return;
          worker = null;
          void w.terminate();
        }, IDLE_MS).unref();
      }
      if (reply.result !== undefined) pending?.resolve(reply.result);
      else pending?.reject(new Error(reply.error ?? 'pair worker: no result'));
    });
    const fail = (error: Error) => {
      if (worker !== w) return; // ended while idle, or already failed: a newer worker has the waiting builds
      worker = null;
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`pair worker exited with code ${code}`)));
    return w;
  };
  return (pair, range) =>
    new Promise<BuiltPair>((resolve, reject) => {
      if (signal?.aborted === true) {
        reject(new Error('the server is closing'));
        return;
      }
      clearTimeout(idle);
      worker ??= start();
      worker.ref();
      const id = ++next;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, pair, range });
    });
}
