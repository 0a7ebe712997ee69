// Reading event records for the aggregates through the Store interface, so any backend works. Pages follow the
// store order with a keyset cursor (each page seeks to where the last one ended), so reading a million events
// costs the same per page from the first to the last; OFFSET paging made it quadratic. Events with no date at
// all cannot be placed in a series and are not read.
import { eventCursor, type EventFilter, type Store } from '../store/index.ts';
import type { EventRecord } from './records.ts';

export const PAGE_SIZE = 5000;

type ReadFilter = Omit<EventFilter, 'limit' | 'offset' | 'order' | 'modality' | 'after'>;

/** Every asserted event matching the filter that has a date, in store order (date, article, position). */
export async function readAssertedEvents(store: Store, filter: ReadFilter = {}): Promise<EventRecord[]> {
  const out: EventRecord[] = [];
  let after: EventFilter['after'];
  for (;;) {
    const page = await store.queryEvents({
      ...filter,
      modality: 'asserted',
      order: 'asc',
      limit: PAGE_SIZE,
      ...(after === undefined ? {} : { after }),
    });
    for (const row of page) {
      // Undated events come after every dated one: the first of them ends the read.
      if (row.event.date === null) return out;
      out.push(row);
    }
    const last = page.at(-1);
    if (page.length < PAGE_SIZE || last === undefined) return out;
    after = eventCursor(last);
  }
}
