// Keeps the heap of a long stream within a bound. V8 lets garbage pile up to several times the live heap
// before a full collection (up to about 4× on a machine with plenty of memory), which alone pushed
// `detente ingest` past its 400 MB budget on 100,000 articles. The commands that stream articles through
// the coder call `boundHeap()` after each one: once the used heap passes the bound, one full collection
// runs (tens of milliseconds, a few times per thousand articles).
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Used heap (live data and garbage) above which a full collection runs. The live heap is ~100 MB. */
export const HEAP_BOUND_MB = 160;
/** Garbage allowed above the live heap before the next forced collection, whatever the bound. */
const MIN_HEADROOM_MB = 48;

let collect: (() => void) | null | undefined;
/** Used heap after the last forced collection, in bytes: a live heap near the bound must not force one per article. */
let liveAfterLast = 0;

/** V8's `gc`, exposed on request: the flag applies to contexts made after it is set, so one is made for it. */
function collector(): (() => void) | null {
  if (collect === undefined) {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    collect = typeof gc === 'function' ? (gc as () => void) : null;
  }
  return collect;
}

/** Runs a full collection when the used heap exceeds `limitMB`; true when it did. */
export function boundHeap(limitMB: number = HEAP_BOUND_MB): boolean {
  const threshold = Math.max(limitMB * 2 ** 20, liveAfterLast + MIN_HEADROOM_MB * 2 ** 20);
  if (v8.getHeapStatistics().used_heap_size <= threshold) return false;
  const gc = collector();
  if (gc === null) return false;
  gc();
  liveAfterLast = v8.getHeapStatistics().used_heap_size;
  return true;
}
