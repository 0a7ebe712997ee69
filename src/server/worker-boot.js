// Starts a TypeScript worker thread: workers do not inherit the tsx loader that bin/detente.js registers, so this
// plain module registers it again, then imports the entry named in workerData.entry (a file: URL).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
