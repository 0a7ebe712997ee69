// A coding worker for tests that dies on articles that ask for it: "WORKER-EXIT" exits the thread, "WORKER-THROW"
// throws out of its message handler (an uncaught exception); any other article it codes as the real worker
// (src/parallel/coding-worker.ts) does, with the same runTask.
import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline } from '../../src/pipeline.ts';
import { runTask } from '../../src/parallel/task.ts';
import type { TaskMessage, WorkerMessage, WorkerSetup } from '../../src/parallel/messages.ts';

const setup = workerData as WorkerSetup;
const pipeline = createPipeline(setup.config);
const reply = (message: WorkerMessage): void => parentPort!.postMessage(message);

parentPort!.on('message', ({ task }: TaskMessage) => {
  if (task.article.text.includes('WORKER-EXIT')) process.exit(3);
  if (task.article.text.includes('WORKER-THROW')) throw new Error('thrown out of the worker');
  reply({ kind: 'coded', coded: runTask(pipeline, task, setup.want) });
});
reply({ kind: 'ready', dictionaryVersion: pipeline.dictionaryVersion });
