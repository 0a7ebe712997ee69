// Time-series charts with uPlot: daily (or weekly) lines, optional alert markers, a click callback with the
// clicked date, and width that follows the container (phones included).
import uPlot from 'uplot';

export interface Line {
  readonly label: string;
  readonly color: string;
  readonly values: readonly number[];
}

export interface ChartSpec {
  readonly dates: readonly string[];
  readonly lines: readonly Line[];
  /** Dates marked with a vertical line (alerts). */
  readonly markers?: readonly string[];
  readonly height?: number;
  readonly bars?: boolean;
  readonly onPick?: (date: string) => void;
}

const toSeconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;
const MARKER = '#e67e22';

export function chart(container: HTMLElement, spec: ChartSpec): () => void {
  const xs = spec.dates.map(toSeconds);
  const markers = (spec.markers ?? []).map(toSeconds);
  const width = () => Math.max(260, container.clientWidth);
  const plot = new uPlot(
    {
      width: width(),
      height: spec.height ?? 260,
      // Dates are UTC days: show them as such, whatever the viewer's zone.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true } },
      axes: [{}, { size: 40 }],
      series: [
        { value: (_u, v) => (v === null ? '--' : new Date(v * 1000).toISOString().slice(0, 10)) },
        ...spec.lines.map((l) => ({
          label: l.label,
          stroke: l.color,
          width: 2,
          ...(spec.bars === true ? { paths: uPlot.paths.bars!({ size: [0.7, 40] }), fill: `${l.color}99` } : {}),
          points: { show: spec.bars !== true && spec.dates.length < 60 },
        })),
      ],
      hooks: {
        draw: [
          (u) => {
            const ctx = u.ctx;
            ctx.save();
            ctx.strokeStyle = MARKER;
            ctx.lineWidth = 2 * devicePixelRatio;
            ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
            for (const m of markers) {
              const x = Math.round(u.valToPos(m, 'x', true));
              ctx.beginPath();
              ctx.moveTo(x, u.bbox.top);
              ctx.lineTo(x, u.bbox.top + u.bbox.height);
              ctx.stroke();
            }
            ctx.restore();
          },
        ],
      },
    },
    [xs, ...spec.lines.map((l) => [...l.values])],
    container,
  );
  const pick = spec.onPick;
  if (pick !== undefined) {
    plot.over.style.cursor = 'pointer';
    plot.over.addEventListener('click', () => {
      const i = plot.cursor.idx;
      const date = i === null || i === undefined ? undefined : spec.dates[i];
      if (date !== undefined) pick(date);
    });
  }
  const onResize = () => plot.setSize({ width: width(), height: spec.height ?? 260 });
  window.addEventListener('resize', onResize);
  return () => {
    window.removeEventListener('resize', onResize);
    plot.destroy();
  };
}

/** Every day from `from` to `to` (charts need the silent days too). */
export function daysBetween(from: string, to: string, stepDays = 1): string[] {
  const out: string[] = [];
  for (let t = toSeconds(from); t <= toSeconds(to); t += 86_400 * stepDays) {
    out.push(new Date(t * 1000).toISOString().slice(0, 10));
  }
  return out;
}
