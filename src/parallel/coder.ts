// `--jobs n`: code in this thread (n = 1, as before) or in n worker threads, behind one interface, so `code` and
// `ingest` run the same loop either way.
import os from 'node:os';
import type { PipelineConfig } from '../pipeline.ts';
import { startPool } from './pool.ts';
import { runTask, type Coded, type CodingTask, type Want } from './task.ts';

export interface Coder<W extends Want> {
  readonly dictionaryVersion: string;
  /** How many articles to start ahead of the one being consumed: enough to keep every worker busy. */
  readonly inFlight: number;
  code(task: CodingTask): Promise<Coded<W>>;
  close(): Promise<void>;
}

/** Articles in flight per worker: one being coded, the rest queued so a worker never waits on the main thread. */
const IN_FLIGHT_PER_WORKER = 4;

export async function startCoder<W extends Want>(jobs: number, config: PipelineConfig, want: W): Promise<Coder<W>> {
  if (jobs > 1) {
    const pool = await startPool({ workers: jobs, config, want });
    return { ...pool, inFlight: jobs * IN_FLIGHT_PER_WORKER };
  }
  // Loaded here, not at the top: with workers the main thread never needs the coder's modules (the wink model).
  const { createPipeline } = await import('../pipeline.ts');
  const pipeline = createPipeline(config);
  return {
    dictionaryVersion: pipeline.dictionaryVersion,
    inFlight: 1,
    code: (task) => Promise.resolve(runTask(pipeline, task, want)),
    close: () => Promise.resolve(),
  };
}

/** `--jobs`: a whole number ≥ 1, or `auto` for the cores node may use (os.availableParallelism()). */
export function parseJobs(value: string): number {
  if (value === 'auto') return os.availableParallelism();
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new Error(`--jobs ${value}: expected a whole number ≥ 1 or auto`);
  }
  return n;
}
