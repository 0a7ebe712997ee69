// Scoring story merging against hand-made annotations: the share of annotated mentions that land in the right
// story. A gold story's "right" story is the predicted story holding most of its mentions, provided no larger
// gold story claims the same predicted story (two real events merged into one count against the smaller).
import { eventDyad } from './dyads.ts';
import type { EventRecord } from './records.ts';
import { mentionDate, type Story } from './stories.ts';

export interface GoldStory {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  /** A>B in the file: only that direction; A-B: either. */
  readonly directed: boolean;
  readonly roots: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly articles: ReadonlySet<string>;
}

/** The annotation TSV: story, dyad, roots, dates, articles, note; `#` lines and the header are skipped. */
export function parseAnnotations(text: string): GoldStory[] {
  const out: GoldStory[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.startsWith('#') || raw.startsWith('story\t')) continue;
    const [id, dyad, roots, dates, articles] = raw.split('\t');
    if (
      id === undefined ||
      dyad === undefined ||
      roots === undefined ||
      dates === undefined ||
      articles === undefined
    ) {
      throw new Error(`annotation line has fewer than 5 tab-separated fields: ${raw}`);
    }
    const directed = dyad.includes('>');
    const [a, b] = dyad.split(/[>-]/) as [string, string];
    const [from, to] = dates.includes('..') ? (dates.split('..') as [string, string]) : [dates, dates];
    out.push({
      id,
      a,
      b,
      directed,
      roots: roots.split(','),
      from,
      to,
      articles: new Set(articles.split(',')),
    });
  }
  return out;
}

/** Event id → gold story id, for every asserted record an annotation describes (first matching line wins). */
export function goldLabels(records: readonly EventRecord[], gold: readonly GoldStory[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const record of records) {
    if (record.event.modality !== 'asserted') continue;
    const dyad = eventDyad(record);
    const date = mentionDate(record);
    if (dyad === null || date === null) continue;
    const story = gold.find(
      (g) =>
        g.articles.has(record.article.id) &&
        ((dyad.source === g.a && dyad.target === g.b) || (!g.directed && dyad.source === g.b && dyad.target === g.a)) &&
        g.roots.some((r) => record.event.cameo.startsWith(r)) &&
        date >= g.from &&
        date <= g.to,
    );
    if (story !== undefined) labels.set(record.event.id, story.id);
  }
  return labels;
}

export interface MergeScore {
  readonly goldStories: number;
  /** Gold stories that matched at least one coded mention. */
  readonly goldStoriesFound: number;
  readonly mentions: number;
  readonly correct: number;
  readonly accuracy: number;
  /** Gold stories whose mentions ended up in more than one predicted story. */
  readonly split: readonly string[];
  /** Predicted stories that hold mentions of more than one gold story. */
  readonly merged: readonly string[][];
}

export function scoreMerging(
  stories: readonly Story[],
  labels: ReadonlyMap<string, string>,
  goldCount: number,
): MergeScore {
  const counts = new Map<string, Map<string, number>>(); // gold id → predicted id → mentions
  for (const story of stories) {
    for (const m of story.mentions) {
      const gold = labels.get(m.eventId);
      if (gold === undefined) continue;
      const row = counts.get(gold) ?? new Map<string, number>();
      row.set(story.id, (row.get(story.id) ?? 0) + 1);
      counts.set(gold, row);
    }
  }
  const home = new Map<string, { pred: string; n: number }>();
  for (const [gold, row] of [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let best: { pred: string; n: number } | null = null;
    for (const [pred, n] of [...row.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (best === null || n > best.n) best = { pred, n };
    }
    if (best !== null) home.set(gold, best);
  }
  // One predicted story can be "right" for one gold story only: the one with most mentions there.
  const owner = new Map<string, { gold: string; n: number }>();
  for (const [gold, h] of home) {
    const current = owner.get(h.pred);
    if (current === undefined || h.n > current.n) owner.set(h.pred, { gold, n: h.n });
  }
  let correct = 0;
  let mentions = 0;
  for (const [gold, row] of counts) {
    for (const n of row.values()) mentions += n;
    const h = home.get(gold);
    if (h !== undefined && owner.get(h.pred)?.gold === gold) correct += h.n;
  }
  const predToGold = new Map<string, Set<string>>();
  for (const [gold, row] of counts) {
    for (const pred of row.keys()) predToGold.set(pred, (predToGold.get(pred) ?? new Set()).add(gold));
  }
  return {
    goldStories: goldCount,
    goldStoriesFound: counts.size,
    mentions,
    correct,
    accuracy: mentions === 0 ? 0 : correct / mentions,
    split: [...counts.entries()]
      .filter(([, row]) => row.size > 1)
      .map(([gold]) => gold)
      .sort(),
    merged: [...predToGold.values()].filter((s) => s.size > 1).map((s) => [...s].sort()),
  };
}
