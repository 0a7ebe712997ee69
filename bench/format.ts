// BenchReport → the table a person reads. Pure: returns the text.
import type { BenchReport } from './run.ts';

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
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    `machine: ${m.cpus} cpus (${m.cpuModel}), ${m.memoryGB} GB, node ${m.node}, ${m.platform}; one process, one thread`,
    `corpus: ${c.articles} articles, ${c.characters.toLocaleString('en')} characters, ${c.sentences} sentences, ${c.tokens} tokens; ${c.events} events coded`,
    `best of ${r.repeat} run${r.repeat === 1 ? '' : 's'} by CPU time; rates are per CPU second; pipeline load ${r.pipelineLoadMs.toFixed(0)} ms`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `whole pipeline = ${r.pipelineTimesFloor.toFixed(2)} × the wink readDoc floor`,
    `peak RSS: ${r.peakRssAfterPipelineMB.toFixed(0)} MB after the streaming pipeline run (corpus text held in memory), ${r.peakRssMB.toFixed(0)} MB after all stages`,
    ...(busy(r)
      ? ['wall time exceeds CPU time by over 15%: the machine is busy, wall figures are unreliable', '']
      : ['']),
  ].join('\n');
}

/** Other processes were competing for the core when wall time well exceeds CPU time. */
function busy(r: BenchReport): boolean {
  const pipeline = r.stages.find((s) => s.stage === 'pipeline');
  return pipeline !== undefined && pipeline.wallSeconds > 1.15 * pipeline.seconds;
}
