// Overview: store counts, latest alerts, the dyads escalating most in the last week, daily volume. On a big
// store the alerts and the ranking take a while after the server starts: the page says how far that got and
// loads itself again until they are there.
import { getJson } from '../api.ts';
import { chart } from '../chart.ts';
import { h, replace } from '../dom.ts';
import { alertItem, card, dyadLink } from '../parts.ts';
import type { Overview } from '../types.ts';

const RELOAD_MS = 3000;

export async function overviewView(view: HTMLElement): Promise<() => void> {
  const data = await getJson<Overview>('/api/overview');
  const reload =
    data.pending === null
      ? undefined
      : setTimeout(() => {
          if (location.hash === '' || location.hash === '#/') window.dispatchEvent(new HashChangeEvent('hashchange'));
        }, RELOAD_MS);
  const stop = () => clearTimeout(reload);
  const pending = (what: string) =>
    h(
      'p',
      { class: 'muted pending', role: 'status' },
      `Computing ${what}: ${data.pending?.done ?? 0} of ${data.pending?.total ?? 0} pairs of states done…`,
    );
  const chartBox = h('div', { class: 'chart', id: 'volume-chart' });
  replace(
    view,
    h('h1', {}, 'Overview'),
    h(
      'section',
      { class: 'card stats' },
      stat('articles', data.counts.articles),
      stat('events', data.counts.events),
      stat('quotes', data.counts.quotes),
      data.pending === null ? stat('alerts', data.alerts.length) : null,
      h(
        'div',
        { class: 'stat range' },
        h('b', {}, data.range === null ? '—' : `${data.range.from} – ${data.range.to}`),
        h('span', { class: 'muted' }, 'reported'),
      ),
    ),
    h(
      'div',
      { class: 'grid' },
      card(
        'Latest alerts',
        data.pending !== null
          ? pending('alerts')
          : data.alerts.length === 0
            ? h('p', { class: 'muted' }, 'No alerts: no dyad has escalated beyond its own recent normal.')
            : h('ul', { class: 'plain alerts' }, data.alerts.map(alertItem)),
      ),
      card(
        'Most escalating dyads (last 7 days)',
        data.pending !== null
          ? pending('the ranking')
          : data.escalating.length === 0
            ? h('p', { class: 'muted' }, 'Nothing to rank yet.')
            : h(
                'table',
                { class: 'escalating' },
                h('thead', {}, h('tr', {}, h('th', {}, 'dyad'), h('th', {}, 'index'), h('th', {}, 'events'))),
                h(
                  'tbody',
                  {},
                  data.escalating.map((d) =>
                    h(
                      'tr',
                      {},
                      h('td', {}, dyadLink(d.source, d.target)),
                      h('td', {}, d.index.toFixed(2)),
                      h('td', {}, d.events),
                    ),
                  ),
                ),
              ),
      ),
    ),
    card('Daily volume of asserted events', chartBox),
    card(
      'Busiest dyads',
      h(
        'div',
        { class: 'scroll' },
        h(
          'table',
          { class: 'dyads' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', {}, 'dyad'),
              h('th', {}, 'events'),
              h('th', {}, 'cooperation'),
              h('th', {}, 'conflict'),
              h('th', { class: 'hide-narrow' }, 'last'),
            ),
          ),
          h(
            'tbody',
            {},
            data.dyads.map((d) =>
              h(
                'tr',
                {},
                h('td', {}, dyadLink(d.source, d.target)),
                h('td', {}, d.events),
                h('td', {}, d.cooperation),
                h('td', {}, d.conflict),
                h('td', { class: 'hide-narrow' }, d.last),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  if (data.volume.length === 0) {
    replace(chartBox, h('p', { class: 'muted' }, 'No dated events yet.'));
    return stop;
  }
  const dispose = chart(chartBox, {
    dates: data.volume.map((v) => v.date),
    lines: [
      { label: 'conflict', color: '#c0392b', values: data.volume.map((v) => v.conflict) },
      { label: 'cooperation', color: '#2471a3', values: data.volume.map((v) => v.cooperation) },
    ],
    height: 220,
    bars: true,
  });
  return () => {
    stop();
    dispose();
  };
}

function stat(label: string, value: number): HTMLElement {
  return h('div', { class: 'stat' }, h('b', {}, value.toLocaleString('en')), h('span', { class: 'muted' }, label));
}
