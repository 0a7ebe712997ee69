// The --jobs option of `code` and `ingest` (src/parallel/coder.ts): its help and its default.
/**
 * One thread by default: each worker holds a coder of its own (dictionaries, wink model: ~100 MB of live heap), so
 * two workers would take a stream past the 400 MB bound of issue 8 (docs/reliability.md, "Parallel coding").
 */
export const DEFAULT_JOBS = '1';

export const JOBS_HELP =
  'code articles in n worker threads (auto: one per core); output and order as with 1; each worker adds ~150 MB';
