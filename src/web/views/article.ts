// Article view: the text with actors, event triggers and quotes highlighted, then its events and quotes.
// `?event=<id>` marks that event's sentence and scrolls to it (the end of the alert → evidence click path).
import { getJson } from '../api.ts';
import { external, h, replace, route } from '../dom.ts';
import { occurrences, segments, sentenceStart, type LabelledSpan } from '../highlight.ts';
import { actorLink, card, modalityBadge } from '../parts.ts';
import type { Event, StoredArticle } from '../types.ts';

export async function articleView(view: HTMLElement, parts: readonly string[], params: URLSearchParams): Promise<void> {
  const id = parts[0] ?? '';
  const { article, result } = await getJson<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`);
  const focusId = params.get('event');
  const text = article.text;
  const spans: LabelledSpan[] = [];
  for (const a of result.actors) {
    for (const at of occurrences(text, a.text)) {
      spans.push({ start: at, end: at + a.text.length, mark: 'actor', title: `${a.name} (${a.code})` });
    }
  }
  for (const q of result.quotes)
    spans.push({ start: q.start, end: q.end, mark: 'quote', title: `quote: ${q.speaker?.name ?? 'unknown speaker'}` });
  for (const e of result.events) {
    spans.push({
      start: e.trigger.start,
      end: e.trigger.end,
      mark: 'trigger',
      title: `${e.plover ?? ''} ${e.cameo} (${e.modality})`,
    });
    if (e.id === focusId) {
      const start = sentenceStart(text, e.sentence, e.trigger.start);
      if (start >= 0) spans.push({ start, end: start + e.sentence.length, mark: 'focus' });
    }
  }
  const body = h(
    'div',
    { class: 'article-text', id: 'article-text' },
    segments(text, spans).map((s) =>
      s.marks.length === 0
        ? s.text
        : h(
            'span',
            { class: s.marks.map((m) => `hl-${m}`).join(' '), title: s.titles.join('; ') || undefined },
            s.text,
          ),
    ),
  );
  // The focused sentence may be cut into several spans by highlights inside it: they share class hl-focus.
  replace(
    view,
    h('h1', {}, article.title ?? article.id),
    h(
      'p',
      { class: 'muted' },
      article.date ?? 'undated',
      article.source === null ? '' : ` · ${article.source}`,
      ' · ',
      external(article.url, article.url ?? 'no URL'),
      ` · tone ${result.tone}`,
    ),
    h(
      'div',
      { class: 'legend' },
      h('span', { class: 'hl-actor' }, 'actor'),
      h('span', { class: 'hl-trigger' }, 'event trigger'),
      h('span', { class: 'hl-quote' }, 'quote'),
      focusId === null ? null : h('span', { class: 'hl-focus focus' }, 'selected event'),
    ),
    h('section', { class: 'card' }, body),
    card(`Events (${result.events.length})`, eventTable(article.id, result.events, focusId)),
    card(
      `Quotes (${result.quotes.length})`,
      result.quotes.length === 0
        ? h('p', { class: 'muted' }, 'No quotes.')
        : h(
            'ul',
            { class: 'plain' },
            result.quotes.map((q) =>
              h(
                'li',
                {},
                h('q', {}, q.text),
                ' — ',
                q.speaker === null ? h('span', { class: 'muted' }, 'unknown speaker') : actorLink(q.speaker),
              ),
            ),
          ),
    ),
    result.diagnostics.length === 0
      ? null
      : card(
          'Diagnostics',
          h(
            'ul',
            { class: 'plain' },
            result.diagnostics.map((d) =>
              h('li', {}, h('span', { class: 'badge' }, d.severity), ' ', d.ruleId, ': ', d.message),
            ),
          ),
        ),
  );
  const focus = view.querySelector('.hl-focus');
  if (focus !== null) focus.scrollIntoView({ block: 'center' });
}

function eventTable(articleId: string, events: readonly Event[], focusId: string | null): HTMLElement {
  if (events.length === 0) return h('p', { class: 'muted' }, 'No events coded in this article.');
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      { class: 'events' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, 'source'),
          h('th', {}, 'event'),
          h('th', {}, 'target'),
          h('th', {}, 'sentence'),
          h('th', { class: 'hide-narrow' }, 'rule'),
        ),
      ),
      h(
        'tbody',
        {},
        events.map((e) =>
          h(
            'tr',
            { 'data-event': e.id, class: e.id === focusId ? 'focus' : undefined },
            h('td', {}, actorLink(e.source)),
            h(
              'td',
              {},
              h('b', {}, e.plover ?? ''),
              ' ',
              h('span', { class: 'badge', title: `Goldstein ${e.goldstein}` }, e.cameo),
              ' ',
              modalityBadge(e.modality),
              h('div', { class: 'muted' }, `“${e.trigger.text}”`),
            ),
            h('td', {}, actorLink(e.target)),
            h(
              'td',
              { class: 'sentence-cell' },
              route(`/article/${encodeURIComponent(articleId)}?event=${encodeURIComponent(e.id)}`, e.sentence),
            ),
            h('td', { class: 'hide-narrow muted rule' }, e.rule, ` (${e.confidence})`),
          ),
        ),
      ),
    ),
  );
}
