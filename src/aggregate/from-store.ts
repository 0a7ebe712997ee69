// Reading event records for the aggregates through the Store interface (paged), so any backend works.
// A dedicated store aggregation would be faster for series alone; stories need the sentences anyway.
import type { EventFilter, Store } from '../store/index.ts';
import type { EventRecord } from './records.ts';

export const PAGE_SIZE = 5000;

/** Every asserted event matching the filter (limit/offset/order are set here), in store order. */
export async function readAssertedEvents(
  store: Store,
  filter: Omit<EventFilter, 'limit' | 'offset' | 'order' | 'modality'> = {},
): Promise<EventRecord[]> {
  const out: EventRecord[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await store.queryEvents({ ...filter, modality: 'asserted', order: 'asc', limit: PAGE_SIZE, offset });
    out.push(...page);
    if (page.length < PAGE_SIZE) return out;
  }
}
