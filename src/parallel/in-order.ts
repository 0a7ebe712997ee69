// Starts work on the items of a stream ahead of the consumer, at most `limit` at a time, and yields the outcomes
// in the stream's order. The bound is the back-pressure: no item is read while `limit` wait to be consumed, so
// memory does not grow with the input. A finished head is yielded without waiting for the next item to arrive
// (a slow stdin still sees each article's line as soon as it is coded).
export async function* inOrder<I, O>(
  source: AsyncIterable<I> | Iterable<I>,
  limit: number,
  start: (item: I) => Promise<O>,
): AsyncGenerator<readonly [I, O]> {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : toAsync(source);
  const pending: { readonly item: I; readonly outcome: Promise<O> }[] = [];
  let reading: Promise<IteratorResult<I>> | null = null;
  let done = false;
  try {
    for (;;) {
      if (!done && pending.length < limit) {
        reading ??= iterator.next();
        const head = pending[0];
        // Read on, unless the head is done first: then it is yielded while the read goes on.
        const next = head === undefined ? await reading : await Promise.race([reading, head.outcome.then(() => null)]);
        if (next !== null) {
          reading = null;
          if (next.done === true) done = true;
          else pending.push({ item: next.value, outcome: start(next.value) });
          continue;
        }
      }
      const head = pending.shift();
      if (head === undefined) return;
      yield [head.item, await head.outcome] as const;
    }
  } finally {
    // A consumer that stops early closes the input (its files); with a read outstanding, once that read settles.
    if (reading === null) await iterator.return?.();
    else void reading.then(() => iterator.return?.()).catch(() => undefined);
  }
}

async function* toAsync<I>(items: Iterable<I>): AsyncGenerator<I> {
  yield* items;
}
