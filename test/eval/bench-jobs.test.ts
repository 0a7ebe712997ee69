// `detente bench --jobs 2`: the corpus coded by two real worker threads, timed by the wall clock, shown as its own
// row beside the one-thread CPU figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readArticles } from '../../src/eval/corpus.ts';
import { runBench } from '../../bench/run.ts';
import { runParallelBench } from '../../bench/parallel.ts';
import { formatBench } from '../../bench/format.ts';

const FIX = new URL('../fixtures/eval/', import.meta.url).pathname;
const articles = readArticles(readFileSync(`${FIX}corpus-mini.jsonl`, 'utf8'), 'corpus').articles;

test('the --jobs row: wall-clock rates of the workers, their CPU, and the memory of the whole process', async () => {
  const alone = runBench(articles, { repeat: 1, ndjson: false });
  const parallel = await runParallelBench(articles, alone.corpus.sentences, 2, articles.slice(0, 1));
  assert.equal(parallel.jobs, 2);
  assert.ok(parallel.wallSeconds > 0 && parallel.startupMs > 0);
  assert.ok(Math.abs(parallel.articlesPerWallSecond * parallel.wallSeconds - 3) < 1e-6);
  assert.ok(Math.abs(parallel.sentencesPerWallSecond * parallel.wallSeconds - alone.corpus.sentences) < 1e-6);
  assert.ok(parallel.peakRssMB >= parallel.rssBeforeMB && parallel.rssBeforeMB > 10);
  const text = formatBench({ ...alone, parallel });
  assert.match(text, /\njobs 2 +\d+\.\d{3} +\d+\.\d{3} .*rates per WALL second/);
  assert.match(text, /--jobs 2: [\d.k]+ sentences\/s of wall time against [\d.k]+ for the pipeline in one thread/);
  assert.doesNotMatch(formatBench(alone), /jobs 2/);
});
