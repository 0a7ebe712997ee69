// Politeness: one request at a time per host (a queue per host), and at most `global` requests in all.

export interface Limiter {
  run<T>(url: string, task: () => Promise<T>): Promise<T>;
}

export function createLimiter(global: number): Limiter {
  const hostTails = new Map<string, Promise<unknown>>();
  let active = 0;
  const waiting: (() => void)[] = [];

  async function acquire(): Promise<void> {
    if (active < global) {
      active++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  function release(): void {
    const next = waiting.shift();
    // The slot passes straight to the next waiter, so `active` stays the same.
    if (next !== undefined) next();
    else active--;
  }

  return {
    run<T>(url: string, task: () => Promise<T>): Promise<T> {
      const host = hostOf(url);
      const previous = hostTails.get(host) ?? Promise.resolve();
      // The host queue is joined first and the global slot taken only when it is this task's turn,
      // so a task waiting behind its host never holds a global slot.
      const result = previous.then(async () => {
        await acquire();
        try {
          return await task();
        } finally {
          release();
        }
      });
      const tail = result.catch(() => undefined);
      hostTails.set(host, tail);
      void tail.then(() => {
        if (hostTails.get(host) === tail) hostTails.delete(host);
      });
      return result;
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
