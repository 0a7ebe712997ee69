// inOrder: outcomes in input order whatever order they finish in, never more than `limit` items started and not
// yet consumed (the back-pressure on the input), and a finished head yielded while the input waits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { inOrder } from '../../src/parallel/in-order.ts';

test('outcomes come in input order although later items finish first', async () => {
  const delays = [30, 5, 20, 0, 10, 1];
  const got: string[] = [];
  for await (const [item, outcome] of inOrder(delays, 3, async (ms) => {
    await sleep(ms);
    return `done ${ms}`;
  })) {
    got.push(`${item}:${outcome}`);
  }
  assert.deepEqual(
    got,
    delays.map((ms) => `${ms}:done ${ms}`),
  );
});

test('no more than limit items are read ahead of the consumer', async () => {
  let read = 0;
  let consumed = 0;
  let most = 0;
  async function* source(): AsyncGenerator<number> {
    for (let i = 0; i < 20; i++) {
      read++;
      most = Math.max(most, read - consumed);
      yield i;
    }
  }
  for await (const _ of inOrder(source(), 4, async (i) => i)) {
    consumed++;
    await sleep(1);
  }
  assert.equal(consumed, 20);
  assert.ok(most <= 4 + 1, `read ${most} ahead`); // the limit, and the one being read when the head is taken
});

test('a finished head is yielded while the next read is still waiting', { timeout: 5000 }, async () => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  async function* slowInput(): AsyncGenerator<string> {
    yield 'first';
    await gate; // stdin with nothing more to give yet
    yield 'second';
  }
  const seen: string[] = [];
  for await (const [item] of inOrder(slowInput(), 4, async (s) => s)) {
    seen.push(item);
    if (item === 'first') release();
  }
  assert.deepEqual(seen, ['first', 'second']);
});

test('a consumer that stops early closes the input', async () => {
  let closed = false;
  async function* source(): AsyncGenerator<number> {
    try {
      for (let i = 0; ; i++) yield i;
    } finally {
      closed = true;
    }
  }
  for await (const [item] of inOrder(source(), 2, async (i) => i)) if (item === 3) break;
  await sleep(10);
  assert.ok(closed);
});
