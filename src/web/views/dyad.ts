// Dyad view: conflict and cooperation over time with alerts marked; a click on a day (in the chart or in the
// day list) lists that day's events with their sentences.
import { getJson } from '../api.ts';
import { chart, daysBetween } from '../chart.ts';
import { h, replace, route } from '../dom.ts';
import { alertItem, card, errorBox, eventList } from '../parts.ts';
import type { DyadDetail, Page, StoredEvent } from '../types.ts';

const RELOAD_MS = 2000;

export async function dyadView(
  view: HTMLElement,
  parts: readonly string[],
  params: URLSearchParams,
): Promise<() => void> {
  const source = parts[0] ?? '';
  const target = parts[1] ?? '';
  const period = params.get('period') === 'week' ? 'week' : 'day';
  const level = params.get('level') === 'story' ? 'story' : 'mention';
  const base = `/api/dyads/${encodeURIComponent(source)}/${encodeURIComponent(target)}`;
  const data = await getJson<DyadDetail>(base, { period, level });
  if (data.pending) {
    // The first view of a busy pair waits for its stories: say so and ask again shortly.
    const again = setTimeout(() => window.dispatchEvent(new HashChangeEvent('hashchange')), RELOAD_MS);
    replace(
      view,
      h('h1', {}, `${source} → ${target}`),
      h(
        'p',
        { class: 'muted pending', role: 'status' },
        `Building the stories of ${source} and ${target}`,
        data.summary === null ? '' : ` (${data.summary.events.toLocaleString('en')} events)`,
        '…',
      ),
    );
    return () => clearTimeout(again);
  }
  const chartBox = h('div', { class: 'chart', id: 'dyad-chart' });
  const indexBox = h('div', { class: 'chart', id: 'index-chart' });
  const dayBox = h(
    'div',
    { id: 'day-events' },
    h('p', { class: 'muted' }, 'Click a day in the chart or below to list its events.'),
  );
  const here = (p: string, l: string) =>
    `/dyad/${encodeURIComponent(source)}/${encodeURIComponent(target)}?period=${p}&level=${l}`;
  const toggle = (label: string, active: boolean, href: string) =>
    route(href, label, { class: 'badge', 'aria-current': active ? 'true' : 'false' });

  const showDay = async (date: string) => {
    const to = period === 'week' ? plusDays(date, 6) : date;
    replace(dayBox, h('p', { class: 'muted' }, `Loading ${date}…`));
    for (const b of view.querySelectorAll<HTMLButtonElement>('button.day')) {
      b.setAttribute('aria-pressed', String(b.dataset['date'] === date));
    }
    try {
      const page = await getJson<Page<StoredEvent>>(`${base}/events`, { from: date, to, limit: 200 });
      replace(
        dayBox,
        h(
          'h2',
          { class: 'day-title' },
          period === 'week' ? `Week of ${date}` : date,
          ` — ${page.total ?? page.items.length} events`,
        ),
        eventList(page.items, 'No events on this day.'),
      );
    } catch (error) {
      replace(dayBox, errorBox(error));
    }
  };

  // The latest 90 active periods: on a long series the chart is the way in, the buttons are for recent days.
  const active = data.series.filter((p) => p.events > 0).slice(-90);
  replace(
    view,
    h('h1', {}, `${source} → ${target}`),
    h(
      'div',
      { class: 'controls' },
      toggle('daily', period === 'day', here('day', level)),
      toggle('weekly', period === 'week', here('week', level)),
      toggle('every mention', level === 'mention', here(period, 'mention')),
      toggle('each story once', level === 'story', here(period, 'story')),
      route(`/dyad/${encodeURIComponent(target)}/${encodeURIComponent(source)}`, `reverse: ${target} → ${source}`),
      h('span', { class: 'muted' }, 'asserted events only; dashed lines are alerts'),
    ),
    card(period === 'week' ? 'Conflict and cooperation per week' : 'Conflict and cooperation per day', chartBox),
    card(
      'Days with events',
      active.length === 0
        ? h('p', { class: 'muted' }, 'No asserted events for this dyad.')
        : h(
            'div',
            { class: 'days' },
            active.map((p) => {
              const b = h(
                'button',
                { type: 'button', class: 'day', 'data-date': p.period, title: `${p.events} events` },
                p.period,
              );
              b.addEventListener('click', () => void showDay(p.period));
              return b;
            }),
          ),
    ),
    card('Events', dayBox),
    card('Escalation index (daily, in units of the dyad’s own noise)', indexBox),
    card(
      'Alerts',
      data.alerts.length === 0
        ? h('p', { class: 'muted' }, 'No alerts for this dyad.')
        : h('ul', { class: 'plain alerts' }, data.alerts.map(alertItem)),
    ),
  );
  if (data.series.length === 0) {
    replace(indexBox, h('p', { class: 'muted' }, 'No asserted events.'));
    return () => undefined;
  }
  const first = data.series[0]!.period;
  const last = data.series.at(-1)!.period;
  const dates = daysBetween(first, last, period === 'week' ? 7 : 1);
  const byDate = new Map(data.series.map((p) => [p.period, p]));
  const charts = [
    chart(chartBox, {
      dates,
      lines: [
        {
          label: 'conflict',
          color: '#c0392b',
          values: dates.map((d) => (byDate.get(d)?.quad[2] ?? 0) + (byDate.get(d)?.quad[3] ?? 0)),
        },
        {
          label: 'cooperation',
          color: '#2471a3',
          values: dates.map((d) => (byDate.get(d)?.quad[0] ?? 0) + (byDate.get(d)?.quad[1] ?? 0)),
        },
      ],
      markers: data.alerts.map((a) => a.date),
      onPick: (date) => void showDay(date),
    }),
  ];
  if (data.index.length > 0) {
    charts.push(
      chart(indexBox, {
        dates: data.index.map((p) => p.date),
        lines: [{ label: 'index', color: '#6c3483', values: data.index.map((p) => p.index) }],
        markers: data.alerts.map((a) => a.date),
        height: 180,
      }),
    );
  } else replace(indexBox, h('p', { class: 'muted' }, 'No index: this dyad has no stories in the covered range.'));
  return () => charts.forEach((dispose) => dispose());
}

function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
