// Reading event records for the aggregates through the Store interface, so any backend works. Reads go window by
// window (a week of dates at a time) and page inside a window: OFFSET paging over the whole store is quadratic,
// inside a week it stays small. Events with no date at all cannot be placed in a series and are not read.
import type { EventFilter, Store } from '../store/index.ts';
import { addDays } from './dates.ts';
import type { EventRecord } from './records.ts';

export const PAGE_SIZE = 5000;
const WINDOW_DAYS = 7;

type WindowFilter = Omit<EventFilter, 'limit' | 'offset' | 'order' | 'modality'>;

/** Every asserted event matching the filter that has a date, in store order (date, article, position). */
export async function readAssertedEvents(store: Store, filter: WindowFilter = {}): Promise<EventRecord[]> {
  const bounds = await dateBounds(store, filter);
  if (bounds === null) return [];
  const out: EventRecord[] = [];
  for (let from = bounds.from; from <= bounds.to; from = addDays(from, WINDOW_DAYS)) {
    const to = addDays(from, WINDOW_DAYS - 1);
    const window: EventFilter = { ...filter, from, to: to < bounds.to ? to : bounds.to, modality: 'asserted' };
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await store.queryEvents({ ...window, order: 'asc', limit: PAGE_SIZE, offset });
      out.push(...page);
      if (page.length < PAGE_SIZE) break;
    }
  }
  return out;
}

/** First and last dated event matching the filter (the filter's own bounds narrow them). */
async function dateBounds(store: Store, filter: WindowFilter): Promise<{ from: string; to: string } | null> {
  const base: EventFilter = { ...filter, modality: 'asserted', limit: 1 };
  const [first] = await store.queryEvents({ ...base, order: 'asc' });
  if (first === undefined) return null;
  // Undated events sort last in both orders' tails; walk back from the newest dated one.
  const [last] = await store.queryEvents({ ...base, order: 'desc' });
  const firstDate = first.event.date ?? first.article.date;
  const lastDate = last === undefined ? null : (last.event.date ?? last.article.date);
  if (firstDate === null) return null;
  return { from: filter.from ?? firstDate, to: filter.to ?? lastDate ?? firstDate };
}
