// A coding worker thread: loads the dictionaries once, then codes the articles the main thread sends, one at a
// time, with the same runTask as --jobs 1. It never writes anywhere: the main thread owns stdout and the store.
import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline } from '../pipeline.ts';
import { boundHeap } from '../ingest/heap-bound.ts';
import { runTask } from './task.ts';
import type { TaskMessage, WorkerMessage, WorkerSetup } from './messages.ts';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const pipeline = createPipeline(setup.config);
const reply = (message: WorkerMessage): void => port.postMessage(message);

port.on('message', ({ task }: TaskMessage) => {
  reply({ kind: 'coded', coded: runTask(pipeline, task, setup.want) });
  // Each worker has a heap of its own: the same bound as the main thread's (src/ingest/heap-bound.ts).
  boundHeap();
});
reply({ kind: 'ready', dictionaryVersion: pipeline.dictionaryVersion });
