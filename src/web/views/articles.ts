// Articles: the newest first, filtered by outlet, title, words in their event sentences and dates; paged with the
// API's keyset cursor (`after`), so the hundredth page loads as fast as the first.
import { getJson } from '../api.ts';
import { h, replace, route } from '../dom.ts';
import { articleHref, bindFilterForm, card } from '../parts.ts';
import type { ArticleListing, Page } from '../types.ts';

const FIELDS = ['source', 'title', 'text', 'from', 'to'] as const;
const LIMIT = 25;

export async function articlesView(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const filters: Record<string, string> = {};
  for (const f of FIELDS) {
    const v = params.get(f);
    if (v !== null && v !== '') filters[f] = v;
  }
  const after = params.get('after') ?? undefined;
  const form = h(
    'form',
    { class: 'controls', id: 'articles-form' },
    field('source', 'outlet'),
    field('title', 'words in the title'),
    field('text', 'words in its events', 'search'),
    field('from', 'from', 'date'),
    field('to', 'to', 'date'),
    h('button', { type: 'submit' }, 'List'),
  );
  bindFilterForm(form, FIELDS, filters, 'articles');
  const results = h('div', { id: 'article-list' }, h('p', { class: 'muted' }, 'Loading…'));
  replace(view, h('h1', {}, 'Articles'), h('section', { class: 'card' }, form), card('Newest first', results));
  const page = await getJson<Page<ArticleListing>>('/api/articles', { ...filters, limit: LIMIT, after });
  const here = (cursor?: string) => {
    const next = new URLSearchParams(filters);
    if (cursor !== undefined) next.set('after', cursor);
    return `/articles?${next.toString()}`;
  };
  replace(
    results,
    page.items.length === 0
      ? h('p', { class: 'muted' }, 'No articles match.')
      : h(
          'ul',
          { class: 'plain articles' },
          page.items.map((a) =>
            h(
              'li',
              { class: 'article' },
              route(articleHref(a.id), a.title ?? a.id),
              h(
                'div',
                { class: 'muted' },
                `${a.date ?? 'undated'}${a.source === null ? '' : ` · ${a.source}`} · ${a.events} events, ${a.quotes} quotes`,
              ),
            ),
          ),
        ),
    h(
      'div',
      { class: 'pager' },
      after === undefined ? null : route(here(), '← newest'),
      page.next === null || page.next === undefined ? null : route(here(page.next), 'older →', { class: 'next' }),
    ),
  );
}

function field(name: string, label: string, type = 'text'): HTMLLabelElement {
  return h('label', {}, label, h('input', { name, type }));
}
