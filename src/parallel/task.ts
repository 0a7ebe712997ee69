// One article's coding, as both the main thread (--jobs 1) and each worker thread (--jobs n) run it: one function,
// so the output of n workers is the output of one by construction.
import type { Article, ArticleResult, Diagnostic } from '../types.ts';
import type { Pipeline } from '../pipeline.ts';

/** What the caller wants back: `detente code` the NDJSON line, `detente ingest` the result to store. */
export type Want = 'line' | 'result';

export interface CodingTask {
  readonly article: Article;
  /** The ingest stage's findings on the article, listed before the coder's. */
  readonly diagnostics: readonly Diagnostic[];
}

export type Coded<W extends Want> =
  | { readonly ok: true; readonly value: W extends 'line' ? string : ArticleResult }
  | { readonly ok: false; readonly reason: string };

/** Codes one article; an article the coder or the serialiser cannot handle gives the reason, never a throw. */
export function runTask<W extends Want>(pipeline: Pipeline, task: CodingTask, want: W): Coded<W> {
  try {
    const result = pipeline.code(task.article);
    const merged: ArticleResult = { ...result, diagnostics: [...task.diagnostics, ...result.diagnostics] };
    const value = want === 'line' ? JSON.stringify(merged) : merged;
    return { ok: true, value: value as W extends 'line' ? string : ArticleResult };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
