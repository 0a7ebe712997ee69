// "Adli Yaish, who had been arrested 15 months ago", "the Treaty of Versailles, signed in Paris in 1919": an act
// told as history (no day: year-dates.ts) that names no doer, even after the places have given theirs, is
// background to the news, not an event of it. It has no dyad to count and no day to put it on.
import type { Event } from '../types.ts';

/**
 * The events without the ones that have neither a source nor a date. An article with no date of its own leaves
 * every relative date null (the pipeline warns of it), so there a null date says nothing of history.
 */
export function withoutDoerlessHistory(articleDate: string | null, events: readonly Event[]): readonly Event[] {
  if (articleDate === null) return events;
  return events.filter((e) => e.source !== null || e.date !== null);
}
