// Search: events by full text and filters, paged on the server; the same filters feed the export links.
import { apiUrl, getJson } from '../api.ts';
import { h, replace } from '../dom.ts';
import { bindFilterForm, card, eventList, pager } from '../parts.ts';
import type { Page, StoredEvent } from '../types.ts';

const FIELDS = ['text', 'source', 'target', 'plover', 'cameo', 'from', 'to', 'modality'] as const;
const LIMIT = 25;

export async function searchView(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const filters: Record<string, string> = {};
  for (const f of FIELDS) {
    const v = params.get(f);
    if (v !== null && v !== '') filters[f] = v;
  }
  const offset = Math.max(0, Number(params.get('offset') ?? '0') || 0);
  const form = h(
    'form',
    { class: 'controls', id: 'search-form' },
    field('text', 'words in the sentence', 'search'),
    field('source', 'source (RUS, lavrov)'),
    field('target', 'target'),
    field('plover', 'PLOVER (ACCUSE)'),
    field('from', 'from', 'date'),
    field('to', 'to', 'date'),
    h(
      'label',
      {},
      'modality',
      h(
        'select',
        { name: 'modality' },
        ['', 'asserted', 'negated', 'hypothetical'].map((m) =>
          h('option', { value: m, selected: filters['modality'] === m }, m === '' ? 'any' : m),
        ),
      ),
    ),
    h('button', { type: 'submit' }, 'Search'),
  );
  bindFilterForm(form, FIELDS, filters, 'search');
  const results = h('div', { id: 'results' }, h('p', { class: 'muted' }, 'Searching…'));
  const exportQuery = { ...filters };
  replace(
    view,
    h('h1', {}, 'Search events'),
    h('section', { class: 'card' }, form),
    card('Results', results),
    card(
      'Export these events',
      h(
        'div',
        { class: 'exports' },
        h('a', { href: apiUrl('/api/export', { ...exportQuery, format: 'gdelt' }) }, 'GDELT 2.0 TSV'),
        h('a', { href: apiUrl('/api/export', { ...exportQuery, format: 'plover' }) }, 'PLOVER JSONL'),
        h('a', { href: apiUrl('/api/export', { ...exportQuery, format: 'csv' }) }, 'CSV'),
        h('a', { href: apiUrl('/api/events', { ...exportQuery, limit: LIMIT, offset }) }, 'this page as JSON'),
      ),
    ),
  );
  const page = await getJson<Page<StoredEvent>>('/api/events', { ...filters, limit: LIMIT, offset });
  const go = (o: number) => {
    const next = new URLSearchParams(filters);
    next.set('offset', String(o));
    return `/search?${next.toString()}`;
  };
  replace(results, eventList(page.items, 'No events match.'), pager(page.total, offset, LIMIT, go));
}

function field(name: string, label: string, type = 'text'): HTMLLabelElement {
  return h('label', {}, label, h('input', { name, type }));
}
