// `--only LABEL`: keep the misses and false positives about one PLOVER category (ACCUSE) or one CAMEO
// code prefix (19, 112), on either side, so a change to one dictionary entry is judged on its own
// rows. Figures are not filtered.
import type { EvalReport } from './evaluate.ts';

export function onlyLabel(report: EvalReport, label: string): EvalReport {
  const l = label.trim().toUpperCase();
  const cameo = /^\d+$/.test(l);
  const is = (plover: string | null, code: string): boolean => (cameo ? code.startsWith(l) : plover === l);
  const p = report.plover;
  const q = report.petr2;
  return {
    ...report,
    plover:
      p === null
        ? null
        : {
            ...p,
            misses: p.misses.filter((m) => (cameo ? m.produced.some((e) => is(e.plover, e.cameo)) : m.category === l)),
            falsePositives: p.falsePositives.filter((f) => is(f.event.plover, f.event.cameo) || f.goldCategory === l),
          },
    petr2:
      q === null
        ? null
        : {
            ...q,
            misses: q.misses.filter((m) =>
              cameo ? m.expected.code.startsWith(l) : m.produced.some((e) => e.plover === l),
            ),
            falsePositives: q.falsePositives.filter(
              (f) => is(f.event.plover, f.event.cameo) || (cameo && f.expected.some((e) => e.code.startsWith(l))),
            ),
          },
  };
}
