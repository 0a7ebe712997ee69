// BenchReport → the table a person reads. Pure: returns the text.
import { TAGGED_STAGE, type BenchReport } from './run.ts';

export const rate = (n: number): string =>
  !Number.isFinite(n)
    ? '∞'
    : n >= 10_000_000
      ? `${(n / 1e6).toFixed(0)}M`
      : n >= 10_000
        ? `${(n / 1000).toFixed(0)}k`
        : n >= 100
          ? n.toFixed(0)
          : n.toFixed(1);

export function formatBench(r: BenchReport): string {
  const m = r.machine;
  const c = r.corpus;
  const header = ['stage', 'cpu s', 'wall s', 'articles/s', 'sentences/s', 'tokens/s', '× floor', 'what'];
  const rows = r.stages.map((s) => [
    s.stage,
    s.seconds.toFixed(3),
    s.wallSeconds.toFixed(3),
    rate(s.articlesPerSecond),
    rate(s.sentencesPerSecond),
    rate(s.tokensPerSecond),
    Number.isFinite(s.timesFloor) ? s.timesFloor.toFixed(2) : '–',
    s.what,
  ]);
  const p = r.parallel;
  if (p !== undefined) {
    rows.push([
      `jobs ${p.jobs}`,
      p.cpuSeconds.toFixed(3),
      p.wallSeconds.toFixed(3),
      rate(p.articlesPerWallSecond),
      rate(p.sentencesPerWallSecond),
      rate(c.tokens / p.wallSeconds),
      '–',
      `--jobs ${p.jobs} (worker threads): rates per WALL second; cpu s of all threads`,
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    `machine: ${m.cpus} cpus (${m.cpuModel}), ${m.memoryGB} GB, node ${m.node}, ${m.platform}; one process, one thread; load average ${m.load.toFixed(1)}`,
    `corpus: ${c.articles} articles, ${c.characters.toLocaleString('en')} characters, ${c.sentences} sentences, ${c.tokens} tokens; ${c.events} events coded`,
    `best of ${r.repeat} run${r.repeat === 1 ? '' : 's'} by CPU time after a warm-up pass over ${r.warmUpArticles} articles; rates are per CPU second of the whole process; pipeline load ${r.pipelineLoadMs.toFixed(0)} ms`,
    'the pipeline stages (nlp … assemble) are timed inside the pipeline run, each with the garbage collection it triggers',
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...headline(r),
    ...parallelLine(r),
    `peak RSS: ${r.peakRssAfterPipelineMB.toFixed(0)} MB after the streaming pipeline run (corpus text held in memory), ${r.peakRssMB.toFixed(0)} MB after all stages`,
    ...(busy(r)
      ? ['wall time exceeds CPU time by over 15%: the machine is busy, wall figures are unreliable', '']
      : ['']),
  ].join('\n');
}

/** The targets: the whole coder at ≥ 50% of the floor's speed and ≥ 10,000 sentences/s on one core. */
function headline(r: BenchReport): string[] {
  const pipeline = r.stages.find((s) => s.stage === 'pipeline');
  const wink = r.stages.find((s) => s.stage === 'wink pipe');
  const tagged = r.stages.find((s) => s.stage === TAGGED_STAGE);
  if (pipeline === undefined) return [];
  const share = Number.isFinite(r.pipelineTimesFloor) ? `${(100 / r.pipelineTimesFloor).toFixed(0)}%` : '–';
  const helpers =
    r.helperThreadShare === null
      ? ''
      : `; ${(100 * r.helperThreadShare).toFixed(0)}% of it on V8's helper threads (GC, compiler)`;
  return [
    `whole pipeline = ${r.pipelineTimesFloor.toFixed(2)} × tokenisation alone (the floor), i.e. ${share} of the floor's speed (target ≥ 50%)`,
    `whole pipeline: ${rate(pipeline.sentencesPerSecond)} sentences/s of CPU (target ≥ 10,000)${helpers}`,
    ...(tagged !== undefined
      ? [
          `wink's sentence and POS passes alone (what the nlp stage needs) = ${tagged.timesFloor.toFixed(2)} × the floor: ` +
            `the 50% target leaves ${Math.max(0, 2 - tagged.timesFloor).toFixed(2)} × the floor for everything else`,
        ]
      : []),
    ...(wink !== undefined ? [`wink's default pipe alone = ${wink.timesFloor.toFixed(2)} × the floor`] : []),
  ];
}

/** Other processes were competing for the core when wall time well exceeds CPU time. */
function busy(r: BenchReport): boolean {
  const pipeline = r.stages.find((s) => s.stage === 'pipeline');
  return pipeline !== undefined && pipeline.wallSeconds > 1.15 * pipeline.seconds;
}

/** The --jobs row against the one-thread pipeline, both by the wall clock, and the memory the workers take. */
function parallelLine(r: BenchReport): string[] {
  const p = r.parallel;
  const pipeline = r.stages.find((s) => s.stage === 'pipeline');
  if (p === undefined || pipeline === undefined) return [];
  const alone = r.corpus.sentences / pipeline.wallSeconds;
  return [
    `--jobs ${p.jobs}: ${rate(p.sentencesPerWallSecond)} sentences/s of wall time against ${rate(alone)} for the pipeline ` +
      `in one thread (${(pipeline.wallSeconds / p.wallSeconds).toFixed(2)}× faster by the wall clock, load ` +
      `${r.machine.load.toFixed(1)}); workers ready in ${p.startupMs.toFixed(0)} ms; peak RSS ${p.peakRssMB.toFixed(0)} MB ` +
      `for the whole process with the workers (${p.rssBeforeMB.toFixed(0)} MB before they started)`,
  ];
}
