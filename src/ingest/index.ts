// STUB (to be replaced by the ingest stage): files, directories, stdin → IngestItem stream.
import type { IngestItem } from '../types.ts';

export interface IngestOptions {
  /** Date (YYYY-MM-DD) for plain-text inputs that carry none. */
  readonly date?: string | null;
}

export async function* readInputs(_paths: readonly string[], _options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  // yields one item per article (or per failed input)
}
