// The ingest stage: files, directories and stdin → a stream of IngestItems (one per article or failed input).
// The parsers are pure (string → items, see single/json/html/feed.ts); this file only walks and opens.
import { createReadStream } from 'node:fs';
import type { IngestItem } from '../types.ts';
import { contextFor } from './context.ts';
import { failed } from './diagnostics.ts';
import { fileStem } from './ids.ts';
import { readSource } from './source.ts';
import { expandPaths } from './walk.ts';

export interface IngestOptions {
  /** Date (YYYY-MM-DD) for plain-text inputs that carry none. */
  readonly date?: string | null;
  /** What "-" reads; process.stdin when absent (tests pass their own stream). */
  readonly stdin?: AsyncIterable<Uint8Array> & { readonly isTTY?: boolean };
}

export async function* readInputs(paths: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const date = options.date ?? null;
  for await (const input of expandPaths(paths)) {
    if (input.error !== undefined) {
      yield failed(input.path, 'ingest/unreadable', `${input.path}: cannot read (${input.error})`);
      continue;
    }
    if (input.path === '-') {
      const stdin = options.stdin ?? process.stdin;
      if (stdin.isTTY === true) {
        yield failed('-', 'ingest/no-input', 'stdin is a terminal: pass files or directories, or pipe articles in');
        continue;
      }
      yield* readSource(stdin, contextFor('-', null, date), null);
      continue;
    }
    const stream = createReadStream(input.path, { highWaterMark: 64 * 1024 });
    try {
      yield* readSource(stream, contextFor(input.path, fileStem(input.path), date), input.path);
    } finally {
      // A consumer that stops early must not leave the file open.
      stream.destroy();
    }
  }
}
