// The wall-clock row of `detente bench --jobs N`: the same articles coded by N worker threads (src/parallel/),
// as `detente code --jobs N` codes them, timed by the wall clock, the only clock that shows what workers gain.
// CPU time is that of the whole process (all threads), so it shows what the parallelism costs in overhead.
import { startClock } from './clock.ts';
import type { Article } from '../src/types.ts';
import { startCoder } from '../src/parallel/coder.ts';
import { inOrder } from '../src/parallel/in-order.ts';

export interface ParallelFigures {
  readonly jobs: number;
  /** Wall time until every worker had loaded its dictionaries. */
  readonly startupMs: number;
  readonly wallSeconds: number;
  /** CPU seconds of the whole process over the run: main thread, workers and V8's helper threads. */
  readonly cpuSeconds: number;
  readonly articlesPerWallSecond: number;
  readonly sentencesPerWallSecond: number;
  /** Highest resident set of the process (workers are threads of it) sampled during the run, in MB. */
  readonly peakRssMB: number;
  /** Resident set before the workers started, in MB: the main thread with the bench's own coder and the corpus. */
  readonly rssBeforeMB: number;
}

/** How often the resident set is sampled during the run. */
const RSS_SAMPLE_MS = 20;

export async function runParallelBench(
  articles: readonly Article[],
  sentences: number,
  jobs: number,
  warmUp: readonly Article[],
): Promise<ParallelFigures> {
  const rssBeforeMB = process.memoryUsage.rss() / 2 ** 20;
  let peak = rssBeforeMB;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss() / 2 ** 20)), RSS_SAMPLE_MS);
  const startup = startClock();
  const coder = await startCoder(jobs, {}, 'line');
  const startupMs = startup.stop().wall * 1000;
  try {
    const codeAll = async (batch: readonly Article[]): Promise<void> => {
      for await (const _ of inOrder(batch, coder.inFlight, (article) => coder.code({ article, diagnostics: [] })));
    };
    await codeAll(warmUp); // every worker compiles its hot paths, as the one-thread runs do
    const clock = startClock();
    await codeAll(articles);
    const time = clock.stop();
    return {
      jobs,
      startupMs,
      wallSeconds: time.wall,
      cpuSeconds: time.cpu,
      articlesPerWallSecond: articles.length / time.wall,
      sentencesPerWallSecond: sentences / time.wall,
      peakRssMB: Math.max(peak, process.memoryUsage.rss() / 2 ** 20),
      rssBeforeMB,
    };
  } finally {
    clearInterval(sampler);
    await coder.close();
  }
}
