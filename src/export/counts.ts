// How many mentions, outlets and articles report the real event behind a coded event: GDELT's NumMentions,
// NumSources and NumArticles. Our stories (src/aggregate) give these without GDELT's double counting.
import type { Story } from '../aggregate/stories.ts';

export interface ReportCounts {
  readonly mentions: number;
  readonly sources: number;
  readonly articles: number;
}

export type CountsOf = (eventId: string) => ReportCounts | undefined;

/** A lookup from event id to the counts of the story it belongs to. */
export function storyCounts(stories: readonly Story[]): CountsOf {
  const byEvent = new Map<string, ReportCounts>();
  for (const story of stories) {
    const counts = { mentions: story.mentions.length, sources: story.sources, articles: story.articles };
    for (const m of story.mentions) byEvent.set(m.eventId, counts);
  }
  return (id) => byEvent.get(id);
}
