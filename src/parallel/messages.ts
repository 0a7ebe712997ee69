// What the main thread and a coding worker say to each other (src/parallel/pool.ts, coding-worker.ts).
import type { PipelineConfig } from '../pipeline.ts';
import type { Coded, CodingTask, Want } from './task.ts';

export interface WorkerSetup {
  /** URL of the worker's TypeScript module, loaded by worker-bootstrap.js. */
  readonly module: string;
  readonly config: PipelineConfig;
  readonly want: Want;
}

/** Main → worker: one article at a time, so a worker that dies takes only that article with it. */
export interface TaskMessage {
  readonly task: CodingTask;
}

/** Worker → main: first `ready` once the dictionaries are loaded, then one `coded` per task. */
export type WorkerMessage =
  | { readonly kind: 'ready'; readonly dictionaryVersion: string }
  | { readonly kind: 'coded'; readonly coded: Coded<Want> };
