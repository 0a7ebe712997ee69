// A pool of coding worker threads (node:worker_threads). Each worker holds one article at a time; the pool
// queues the rest. A worker that dies (an uncaught throw, process.exit, out of memory) loses only the article
// it held: that article is answered with the reason, and a fresh worker takes its place.
import { Worker } from 'node:worker_threads';
import type { PipelineConfig } from '../pipeline.ts';
import type { Coded, CodingTask, Want } from './task.ts';
import type { TaskMessage, WorkerMessage, WorkerSetup } from './messages.ts';

const BOOTSTRAP = new URL('./worker-bootstrap.js', import.meta.url);
export const CODING_WORKER = new URL('./coding-worker.ts', import.meta.url);

export interface PoolOptions<W extends Want> {
  readonly workers: number;
  readonly config: PipelineConfig;
  readonly want: W;
  /** The worker's module; tests give one that dies on purpose. */
  readonly module?: URL;
}

export interface CodingPool<W extends Want> {
  readonly dictionaryVersion: string;
  /** Resolves with the article's result or the reason it has none; rejects only when no worker can start. */
  code(task: CodingTask): Promise<Coded<W>>;
  close(): Promise<void>;
}

interface Job<W extends Want> {
  readonly task: CodingTask;
  readonly resolve: (coded: Coded<W>) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<W extends Want> {
  readonly worker: Worker;
  job: Job<W> | null;
}

/** Starts `workers` workers and resolves once all have loaded the dictionaries (a bad dictionary rejects). */
export async function startPool<W extends Want>(options: PoolOptions<W>): Promise<CodingPool<W>> {
  const setup: WorkerSetup = {
    module: (options.module ?? CODING_WORKER).href,
    config: options.config,
    want: options.want,
  };
  const queue: Job<W>[] = [];
  /** The live workers, and those of them waiting for a job. */
  const slots: Slot<W>[] = [];
  const idle: Slot<W>[] = [];
  let broken: Error | null = null;
  let closing = false;

  function dispatch(): void {
    while (idle.length > 0 && queue.length > 0) {
      const slot = idle.pop()!;
      slot.job = queue.shift()!;
      slot.worker.postMessage({ task: slot.job.task } satisfies TaskMessage);
    }
  }

  /** A worker and the promise of its dictionary version; once ready it takes jobs until it dies. */
  function spawn(): Promise<string> {
    // No inherited flags: the bootstrap registers tsx itself, and `node --import tsx` (tests) would load it twice.
    const slot: Slot<W> = { worker: new Worker(BOOTSTRAP, { workerData: setup, execArgv: [] }), job: null };
    let ready = false;
    let gone = false;
    return new Promise<string>((resolve, reject) => {
      slot.worker.on('message', (message: WorkerMessage) => {
        if (gone) return; // its job was already answered when it died
        if (message.kind === 'ready') {
          ready = true;
          resolve(message.dictionaryVersion);
        } else {
          const job = slot.job!;
          slot.job = null;
          job.resolve(message.coded as Coded<W>);
        }
        idle.push(slot);
        dispatch();
      });
      const die = (reason: string): void => {
        if (gone) return;
        gone = true;
        for (const list of [slots, idle]) {
          const at = list.indexOf(slot);
          if (at >= 0) list.splice(at, 1);
        }
        if (!ready) return reject(new Error(`a coding worker could not start: ${reason}`));
        if (closing) return;
        slot.job?.resolve({ ok: false, reason: `the coding worker died: ${reason}` });
        slot.job = null;
        spawn().catch(fail);
      };
      slot.worker.on('error', (error: unknown) => die(error instanceof Error ? error.message : String(error)));
      slot.worker.on('exit', (code) => die(`it exited with code ${code}`));
      slots.push(slot);
    });
  }

  /** No replacement worker could start: what is queued, and all that comes after, fails with that error. */
  function fail(error: Error): void {
    broken = error;
    for (const job of queue.splice(0)) job.reject(error);
  }

  let versions: string[];
  try {
    versions = await Promise.all(Array.from({ length: options.workers }, spawn));
  } catch (error) {
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw error;
  }
  return {
    dictionaryVersion: versions[0]!,
    code: (task) =>
      new Promise<Coded<W>>((resolve, reject) => {
        if (broken !== null) return reject(broken);
        queue.push({ task, resolve, reject });
        dispatch();
      }),
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
