// The heap bound of streaming commands: below the bound nothing happens; above it a full collection frees
// the garbage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import { boundHeap } from '../../src/ingest/heap-bound.ts';

const usedMB = (): number => v8.getHeapStatistics().used_heap_size / 2 ** 20;

test('a heap under the bound is left alone', () => {
  assert.equal(boundHeap(usedMB() + 500), false);
});

test('a heap over the bound is collected: the garbage goes', () => {
  let garbage: string[][] = [];
  // Well over the 48 MB of garbage always allowed above the live heap.
  for (let i = 0; i < 600; i++) garbage.push(Array.from({ length: 1000 }, (_, k) => `${'x'.repeat(100)}${i}:${k}`));
  const keep = garbage.length;
  garbage = [];
  const before = usedMB();
  assert.equal(boundHeap(1), true);
  assert.ok(
    usedMB() < before - 5,
    `used heap ${usedMB().toFixed(1)} MB, was ${before.toFixed(1)} MB (${keep} arrays dropped)`,
  );
});

test('a live heap above the bound does not force a collection per call', () => {
  boundHeap(1); // the live heap is now well above 1 MB
  assert.equal(boundHeap(1), false);
});
