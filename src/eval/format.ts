// Reports → text a person reads in seconds (tables, then misses and false positives), or → JSON with the
// same lists cut to --misses N. Pure: returns strings/objects, the CLI prints them.
import type { Prf } from './metrics.ts';
import type { ProducedEvent } from './produced.ts';
import type { EvalReport } from './evaluate.ts';
import type { PloverReport, Rate } from './score-plover.ts';
import type { Petr2Report } from './score-petr2.ts';
import type { ReviewReport } from './review.ts';
import { formatActorResolution } from './actor-resolution.ts';
import { headlines, missKeys, type Comparison } from './compare.ts';

export const pct = (x: number | null): string => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);

const rateText = (r: Rate): string => `${pct(r.rate)} (${r.hits}/${r.total})`;

export function eventText(e: ProducedEvent): string {
  const modality = e.modality === 'asserted' ? '' : ` [${e.modality}]`;
  return `${e.plover ?? '-'}/${e.cameo} ${e.source ?? '∅'}→${e.target ?? '∅'} "${e.trigger}"${modality}`;
}

const producedText = (list: readonly ProducedEvent[]): string =>
  list.length === 0 ? 'nothing' : list.map(eventText).join('; ');

/** Fixed-width table: first column left-aligned, the rest right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

const prfRow = (name: string, p: Prf): string[] => [
  name,
  String(p.tp),
  String(p.fp),
  String(p.fn),
  pct(p.precision),
  pct(p.recall),
  pct(p.f1),
];
const PRF_HEADER = ['', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'];

export function formatPlover(r: PloverReport, misses: number): string[] {
  const out = [`PLOVER GSR: ${r.records} records`, ''];
  out.push(
    ...table(
      PRF_HEADER.map((h, i) => (i === 0 ? 'category' : h)),
      [...r.perCategory.map((p) => prfRow(p.category, p)), prfRow('micro', r.micro)],
    ),
  );
  out.push(
    `macro F1 (gold categories): ${pct(r.macroF1)}`,
    '',
    `category found among asserted events:  ${rateText(r.categoryFound)}`,
    `source actor matched:                  ${rateText(r.sourceMatch)}`,
    `target actor matched:                  ${rateText(r.targetMatch)}  (${r.noTargetRecords} records name no target)`,
    `category + source + target, one event: ${rateText(r.fullMatch)}`,
    `asserted events in the right category: ${rateText(r.eventPrecision)}`,
    `our events by modality: ${r.modality.asserted} asserted, ${r.modality.negated} negated, ${r.modality.hypothetical} hypothetical`,
  );
  if (misses > 0) {
    out.push('', `misses (${Math.min(misses, r.misses.length)} of ${r.misses.length}):`);
    for (const m of r.misses.slice(0, misses)) {
      const actors = `${m.sources.join('|') || '∅'}${m.reciprocal ? '↔' : '→'}${m.targets.join('|') || '∅'}`;
      out.push(`  ${m.id}  want ${m.category} ${actors}  missing ${m.missing.join('+')}`);
      out.push(`    ${m.text.trim()}`);
      out.push(`    got: ${producedText(m.produced)}`);
    }
    out.push('', `false positives (${Math.min(misses, r.falsePositives.length)} of ${r.falsePositives.length}):`);
    for (const f of r.falsePositives.slice(0, misses)) {
      out.push(`  ${f.id}  got ${eventText(f.event)}, gold ${f.goldCategory}`);
      out.push(`    ${f.sentence.trim()}`);
    }
  }
  return out;
}

export function formatPetr2(r: Petr2Report, misses: number): string[] {
  const out = [
    `PETRARCH2 GSR: ${r.records} records, ${r.expectedEvents} expected events, ${r.noEventRecords} records expect none`,
    '',
  ];
  out.push(
    ...table(
      PRF_HEADER.map((h, i) => (i === 0 ? 'match' : h)),
      [prfRow('root+actors', r.root), prfRow('code+actors', r.code), prfRow('root only', r.rootNoActors)],
    ),
    '',
    ...table(
      PRF_HEADER.map((h, i) => (i === 0 ? 'root' : h)),
      r.perRoot.map((p) => prfRow(p.root, p)),
    ),
    '',
    `records expecting no event where we coded one: ${r.noEventRecordsWithOutput}/${r.noEventRecords}`,
    `our events by modality: ${r.modality.asserted} asserted, ${r.modality.negated} negated, ${r.modality.hypothetical} hypothetical`,
  );
  if (misses > 0) {
    out.push('', `misses at root+actors (${Math.min(misses, r.misses.length)} of ${r.misses.length}):`);
    for (const m of r.misses.slice(0, misses)) {
      out.push(`  ${m.id}  want ${m.expected.code} ${m.expected.source}→${m.expected.target}`);
      out.push(`    ${m.text.trim()}`);
      out.push(`    got: ${producedText(m.produced)}`);
    }
    out.push('', `false positives (${Math.min(misses, r.falsePositives.length)} of ${r.falsePositives.length}):`);
    for (const f of r.falsePositives.slice(0, misses)) {
      const want = f.expected.map((e) => `${e.code} ${e.source}→${e.target}`).join('; ') || 'no event';
      out.push(`  ${f.id}  got ${eventText(f.event)}, gold ${want}`);
      out.push(`    ${f.sentence.trim()}`);
    }
  }
  return out;
}

export function formatEval(report: EvalReport, misses: number): string {
  const out: string[] = [];
  if (report.plover !== null) out.push(...formatPlover(report.plover, misses), '');
  if (report.petr2 !== null) out.push(...formatPetr2(report.petr2, misses), '');
  if (report.skipped > 0) out.push(`skipped ${report.skipped} records not meant for evaluation`);
  for (const d of report.diagnostics) out.push(`${d.severity}: ${d.message} [${d.ruleId}]`);
  return `${out.join('\n').trimEnd()}\n`;
}

export function formatReview(r: ReviewReport, misses: number): string {
  const out = [`review set: ${r.articles} annotated articles`, ''];
  out.push(
    ...table(
      PRF_HEADER.map((h, i) => (i === 0 ? 'match' : h)),
      [prfRow('sentence+category', r.detection), prfRow('+source+target', r.withActors)],
    ),
    '',
    `among detected events: source ${pct(r.sourceRight)}, target ${pct(r.targetRight)}, modality ${pct(r.modalityRight)}, CAMEO root ${pct(r.cameoRootRight)}`,
    ...formatActorResolution(r.actorResolution, 0),
    'modality (gold → ours):',
  );
  for (const [gold, row] of Object.entries(r.modalityConfusion)) {
    out.push(
      `  ${gold.padEnd(12)} ${Object.entries(row)
        .map(([o, n]) => `${o} ${n}`)
        .join(', ')}`,
    );
  }
  if (misses > 0) {
    out.push('', `misses (${Math.min(misses, r.misses.length)} of ${r.misses.length}):`);
    for (const m of r.misses.slice(0, misses)) {
      const a = m.annotation;
      const where = a.sentenceIndex !== null ? `sentence ${a.sentenceIndex}` : `"${a.sentence ?? ''}"`;
      out.push(`  ${m.articleId}  want ${a.plover} ${a.source ?? '∅'}→${a.target ?? '∅'} [${a.modality}] in ${where}`);
      out.push(`    got: ${producedText(m.produced)}`);
    }
    out.push('', `false positives (${Math.min(misses, r.falsePositives.length)} of ${r.falsePositives.length}):`);
    for (const f of r.falsePositives.slice(0, misses)) {
      out.push(`  ${f.articleId}  got ${eventText(f.event)}`, `    ${f.sentence.trim()}`);
    }
    out.push(...formatActorResolution(r.actorResolution, misses).slice(1));
  }
  return `${out.join('\n')}\n`;
}

/** The report for --json: every figure, with miss and false-positive lists cut to `misses` entries each. */
export function limitLists<T extends { misses: readonly unknown[]; falsePositives: readonly unknown[] }>(
  report: T,
  misses: number,
): T & { missCount: number; falsePositiveCount: number } {
  return {
    ...report,
    missCount: report.misses.length,
    falsePositiveCount: report.falsePositives.length,
    misses: report.misses.slice(0, misses),
    falsePositives: report.falsePositives.slice(0, misses),
  };
}

export function evalJson(report: EvalReport, misses: number) {
  return {
    plover: report.plover === null ? null : limitLists(report.plover, misses),
    petr2: report.petr2 === null ? null : limitLists(report.petr2, misses),
    skipped: report.skipped,
    diagnostics: report.diagnostics,
    // For a later `eval --baseline`: the headline figures and the key of every miss (not cut to N).
    headlines: headlines(report),
    missKeys: missKeys(report),
  };
}

/** Percentage points, signed: "+6.8", "-0.5", "0.0". */
const points = (before: number | null, after: number | null): string => {
  if (before === null || after === null) return '–';
  const d = 100 * (after - before);
  return `${d > 0.05 ? '+' : ''}${d.toFixed(1)}`;
};

export function formatComparison(c: Comparison, name: string, misses: number): string {
  const out = [`compared with ${name}:`, ''];
  out.push(
    ...table(
      ['figure', 'before', 'after', 'points'],
      c.figures.map((f) => [f.name, pct(f.before), pct(f.after), points(f.before, f.after)]),
    ),
  );
  const list = (title: string, keys: readonly string[]): void => {
    out.push('', `${title} (${keys.length}):`);
    for (const k of keys.slice(0, Math.max(misses, 0))) out.push(`  ${k}`);
    if (keys.length > misses) out.push(`  … ${keys.length - misses} more (raise --misses)`);
  };
  list('fixed: misses of the baseline that are gone', c.fixed);
  list('broken: new misses', c.broken);
  return `${out.join('\n')}\n`;
}
