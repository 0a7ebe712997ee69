// A pair's build (src/server/pair-builder.ts) as the store keeps it, and back: a small summary (its alerts and the
// last week of each direction's index: all the overview and /api/alerts need), the two dyad views and the story
// counts deflated, and its stories as rows (dyad, first date, first mention: what /api/stories filters and
// orders by) pointing into deflated chunks of their JSON. Stories in a chunk are consecutive stories of the pair,
// whose JSON compresses several times over (462 MB of text at 1M events), while a page inflates at most one
// small chunk per story it lists.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Alert } from '../aggregate/alerts.ts';
import { addDays } from '../aggregate/dates.ts';
import type { Dyad } from '../aggregate/dyads.ts';
import { countsPart, decodeCountsPart, encodeCountsPart, type CountsPart } from './story-counts.ts';
import type { DerivedPairResult, DerivedStory } from '../store/index.ts';
import type { DyadView, IndexValue, ListedStory, PairResult, Range } from './pair-builder.ts';

/**
 * Bump when what a build produces changes (pair-builder.ts, the aggregate stage's rules or options): every stored
 * result then counts as stale and is built again.
 */
export const PAIR_FORMAT = 2;

/**
 * What a stored result depends on besides its own pair's events: the format, and the report range the escalation
 * index covers (a global: one new article can move its end, and with it every pair's index and last week).
 */
export function pairStamp(range: Range | null): string {
  return `v${PAIR_FORMAT} ${range?.from ?? '-'} ${range?.to ?? '-'}`;
}

/** The mean index of the last 7 days of the range, and the last value. */
export interface LastWeek {
  readonly index: number;
  readonly latest: number;
}

/** What the cross-pair views (overview, /api/alerts) need of one pair. */
export interface PairSummary {
  /** Both directions' alerts, in the views' order. */
  readonly alerts: readonly Alert[];
  /** [pair.source → pair.target, the reverse]; null when the direction has no index in the last week. */
  readonly weeks: readonly [LastWeek | null, LastWeek | null];
}

/** Stories per chunk. */
const CHUNK_STORIES = 32;

/** Mean index over the last week of the range, and the last value. */
export function lastWeek(index: readonly IndexValue[], range: Range | null): LastWeek | null {
  if (range === null) return null;
  const weekFrom = addDays(range.to, -6);
  const recent = index.filter((p) => p.date >= weekFrom);
  if (recent.length === 0) return null;
  const mean = recent.reduce((s, p) => s + p.index, 0) / recent.length;
  return { index: Math.round(mean * 1000) / 1000, latest: recent.at(-1)!.index };
}

export function pairSummary(views: readonly [DyadView, DyadView], range: Range | null): PairSummary {
  return {
    alerts: [...views[0].alerts, ...views[1].alerts],
    weeks: [lastWeek(views[0].index, range), lastWeek(views[1].index, range)],
  };
}

const deflate = (value: unknown): Buffer => deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8'));
const inflate = (data: Uint8Array): unknown => JSON.parse(inflateRawSync(data).toString('utf8'));

/** The stories as rows and chunks. */
function storyRows(stories: readonly ListedStory[]): { rows: DerivedStory[]; chunks: Buffer[] } {
  const rows: DerivedStory[] = [];
  const chunks: Buffer[] = [];
  for (let first = 0; first < stories.length; first += CHUNK_STORIES) {
    const part = stories.slice(first, first + CHUNK_STORIES);
    const texts = part.map((s) => Buffer.from(JSON.stringify(s), 'utf8'));
    let start = 0;
    part.forEach((story, i) => {
      const mention = story.mentions[0]!;
      const end = start + texts[i]!.length;
      rows.push({
        source: story.dyad.source,
        target: story.dyad.target,
        firstDate: story.firstDate,
        articleId: mention.articleId,
        sentenceIndex: mention.sentenceIndex,
        eventId: mention.eventId,
        chunk: chunks.length,
        start,
        end,
      });
      start = end;
    });
    chunks.push(deflateRawSync(Buffer.concat(texts)));
  }
  return { rows, chunks };
}

/** One pair's build as the store keeps it. */
export function encodePair(pair: Dyad, result: PairResult, range: Range | null): DerivedPairResult {
  const { rows, chunks } = storyRows(result.stories);
  return {
    pair,
    stamp: pairStamp(range),
    summary: JSON.stringify(pairSummary(result.views, range)),
    views: deflate(result.views),
    counts: deflateRawSync(encodeCountsPart(countsPart(result.counts))),
    stories: rows,
    chunks,
  };
}

export function decodeViews(data: Uint8Array): readonly [DyadView, DyadView] {
  return inflate(data) as [DyadView, DyadView];
}

export function decodeSummary(text: string): PairSummary {
  return JSON.parse(text) as PairSummary;
}

export function decodeCounts(data: Uint8Array): CountsPart {
  return decodeCountsPart(inflateRawSync(data));
}

/** A chunk inflated once per page: the JSON texts of its stories. */
export function inflateChunk(data: Uint8Array): Buffer {
  return inflateRawSync(data);
}

export function storyAt(inflated: Buffer, start: number, end: number): ListedStory {
  return JSON.parse(inflated.toString('utf8', start, end)) as ListedStory;
}
