// The entry of every coding worker thread. A worker does not share the main thread's module hooks, so it
// registers tsx's loader as bin/detente.js does (a fresh clone has no build step), then loads the TypeScript
// module it was given (src/parallel/coding-worker.ts, or a test's own).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
