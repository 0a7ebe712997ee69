// Actor view: weekly asserted events with the actor as source and as target, the latest events each way, quotes.
import { getJson } from '../api.ts';
import { chart, daysBetween } from '../chart.ts';
import { h, replace, route } from '../dom.ts';
import { articleHref, card, eventList } from '../parts.ts';
import type { ActorDetail } from '../types.ts';

export async function actorView(view: HTMLElement, parts: readonly string[]): Promise<() => void> {
  const code = parts[0] ?? '';
  const data = await getJson<ActorDetail>(`/api/actors/${encodeURIComponent(code)}`);
  const a = data.actor;
  const chartBox = h('div', { class: 'chart', id: 'actor-chart' });
  replace(
    view,
    h('h1', {}, a.name, ' ', h('span', { class: 'badge' }, a.code)),
    h(
      'p',
      { class: 'muted' },
      `${a.type}${a.country === null ? '' : ` · ${a.country}`}${a.sector === null ? '' : ` · ${a.sector}`} · ${a.articles} articles, ${a.mentions} mentions, ${a.asSource} events as source, ${a.asTarget} as target · `,
      route(`/search?source=${encodeURIComponent(a.code)}`, 'search its events'),
    ),
    card('Asserted events per week', chartBox),
    h(
      'div',
      { class: 'grid' },
      card('Latest events as source', eventList(data.asSource)),
      card('Latest events as target', eventList(data.asTarget)),
    ),
    card(
      'Quotes',
      data.quotes.length === 0
        ? h('p', { class: 'muted' }, 'No quotes attributed.')
        : h(
            'ul',
            { class: 'plain' },
            data.quotes.map((q) =>
              h(
                'li',
                {},
                h('q', {}, q.quote.text),
                ' ',
                h('span', { class: 'muted' }, '— '),
                route(articleHref(q.article.id), q.article.title ?? q.article.id),
                h('span', { class: 'muted' }, ` ${q.article.date ?? ''}`),
              ),
            ),
          ),
    ),
  );
  if (data.timeline.length === 0) {
    replace(chartBox, h('p', { class: 'muted' }, 'No dated asserted events.'));
    return () => undefined;
  }
  const weeks = daysBetween(data.timeline[0]!.week, data.timeline.at(-1)!.week, 7);
  const byWeek = new Map(data.timeline.map((w) => [w.week, w]));
  return chart(chartBox, {
    dates: weeks,
    lines: [
      { label: 'as source', color: '#8e44ad', values: weeks.map((w) => byWeek.get(w)?.asSource ?? 0) },
      { label: 'as target', color: '#16a085', values: weeks.map((w) => byWeek.get(w)?.asTarget ?? 0) },
    ],
    height: 220,
  });
}
