// Pieces several views share: an event with its sentence and evidence link, an alert, paging, errors.
import { h, route, type Child } from './dom.ts';
import type { Actor, AlertView, StoredEvent } from './types.ts';

export const articleHref = (articleId: string, eventId?: string) =>
  `/article/${encodeURIComponent(articleId)}${eventId === undefined ? '' : `?event=${encodeURIComponent(eventId)}`}`;

export function actorLink(actor: Actor | null): Child {
  if (actor === null) return h('span', { class: 'muted' }, '—');
  return route(`/actor/${encodeURIComponent(actor.code)}`, actor.name, { title: `${actor.code} (${actor.text})` });
}

export function dyadLink(source: string, target: string): HTMLAnchorElement {
  return route(`/dyad/${encodeURIComponent(source)}/${encodeURIComponent(target)}`, `${source} → ${target}`);
}

export function modalityBadge(modality: string): Child {
  return modality === 'asserted' ? null : h('span', { class: `badge ${modality}` }, modality);
}

/** One event: who did what to whom, then the sentence linking to its place in the article. */
export function eventItem({ event, article }: StoredEvent): HTMLLIElement {
  return h(
    'li',
    { class: 'event', 'data-event': event.id },
    h(
      'div',
      {},
      h('span', { class: 'muted' }, event.date ?? 'undated', ' · '),
      actorLink(event.source),
      ' ',
      h('b', { title: `CAMEO ${event.cameo}` }, event.plover ?? event.cameo),
      ' ',
      actorLink(event.target),
      ' ',
      h('span', { class: 'badge', title: `Goldstein ${event.goldstein}` }, event.cameo),
      ' ',
      modalityBadge(event.modality),
    ),
    h('p', { class: 'sentence' }, route(articleHref(article.id, event.id), event.sentence, { class: 'sentence-link' })),
    h('div', { class: 'muted' }, article.title ?? article.id, article.source === null ? '' : ` — ${article.source}`),
  );
}

export function eventList(events: readonly StoredEvent[], empty = 'No events.'): HTMLElement {
  if (events.length === 0) return h('p', { class: 'muted' }, empty);
  return h('ul', { class: 'plain events' }, events.map(eventItem));
}

export function alertItem(alert: AlertView): HTMLLIElement {
  const top = alert.evidence[0];
  return h(
    'li',
    { class: 'alert' },
    h(
      'div',
      {},
      h('span', { class: `badge ${alert.level}` }, alert.level),
      ' ',
      h('span', { class: 'muted' }, alert.date, ' · '),
      dyadLink(alert.source, alert.target),
      h('span', { class: 'muted' }, ` · score ${alert.score}, rising since ${alert.since}`),
    ),
    top === undefined
      ? null
      : h(
          'p',
          { class: 'sentence' },
          route(articleHref(top.articleId, top.eventId), top.sentence, { class: 'evidence-link' }),
        ),
    alert.evidence.length > 1 ? h('div', { class: 'muted' }, `${alert.evidence.length} evidence events`) : null,
  );
}

export function errorBox(error: unknown): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error));
}

export function card(title: string, ...body: readonly (Child | readonly Child[])[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', {}, title), ...body);
}

export function pager(total: number | null, offset: number, limit: number, go: (offset: number) => string): Child {
  const shown = `${total === 0 ? 0 : offset + 1}–${total === null ? offset + limit : Math.min(offset + limit, total)}`;
  return h(
    'div',
    { class: 'pager' },
    offset > 0 ? route(go(Math.max(0, offset - limit)), '← previous') : null,
    h('span', { class: 'muted' }, total === null ? shown : `${shown} of ${total}`),
    total === null || offset + limit < total ? route(go(offset + limit), 'next →', { class: 'next' }) : null,
  );
}

/** Fills a filter form from the current filters and, on submit, moves to `#/<view>?<non-empty fields>`. */
export function bindFilterForm(
  form: HTMLFormElement,
  fields: readonly string[],
  filters: Readonly<Record<string, string | undefined>>,
  view: string,
): void {
  for (const f of fields) {
    const input = form.elements.namedItem(f);
    if (input instanceof HTMLInputElement) input.value = filters[f] ?? '';
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim() !== '') next.set(k, v.trim());
    location.hash = `/${view}?${next.toString()}`;
  });
}
