// The story list behind /api/stories, kept compact. After the pass over every pair there are hundreds of
// thousands of stories (620,000 at 1M events); as objects with their mentions they held about 1 GB of heap.
// Here each story is its JSON text in one buffer per pair (outside the JS heap), with its dyad and first date as
// small integers for filtering; only the stories on a requested page are parsed back.
import type { Dyad } from '../aggregate/dyads.ts';
import type { ListedStory } from './pair-builder.ts';

export interface StoryPage {
  /** Stories that match, in all. */
  readonly total: number;
  readonly items: readonly ListedStory[];
}

/** Which stories a page lists: by their dyad and their first date. */
export type StoryMatch = (dyad: Dyad, firstDate: string) => boolean;

interface Block {
  readonly text: Buffer;
  /** Byte offsets of each story's JSON in `text`, and the end. */
  readonly offsets: Uint32Array;
}

/** Interns values as small integers (a few thousand dates, a few thousand dyads). */
class Table<T> {
  readonly values: T[] = [];
  readonly #index = new Map<string, number>();
  add(key: string, value: T): number {
    let at = this.#index.get(key);
    if (at === undefined) {
      at = this.values.length;
      this.values.push(value);
      this.#index.set(key, at);
    }
    return at;
  }
}

/** Fixed width, so that the sentence index sorts as a number inside the sort key. */
const INDEX_WIDTH = 10;

/**
 * The newest-first key of newestFirst (aggregates.ts before): first date, then the first mention's article,
 * sentence and event id. Joined with NUL, which sorts below every character of these fields, so comparing keys
 * compares the fields in turn.
 */
function sortKey(story: ListedStory): string {
  const first = story.mentions[0]!;
  return [story.firstDate, first.articleId, String(first.sentenceIndex).padStart(INDEX_WIDTH, '0'), first.eventId].join(
    '\0',
  );
}

export class StoryList {
  readonly #blocks: Block[] = [];
  readonly #dyads = new Table<Dyad>();
  readonly #dates = new Table<string>();
  // Per story, in the order added: its block, its place there, its dyad and first date (table indexes).
  #block: number[] = [];
  #place: number[] = [];
  #dyad: number[] = [];
  #date: number[] = [];
  #keys: string[] = [];
  /** Story numbers newest first, set by finish(), with the columns above made compact. */
  #order: Uint32Array | null = null;
  #blockOf = new Uint32Array(0);
  #placeOf = new Uint32Array(0);
  #dyadOf = new Uint32Array(0);
  #dateOf = new Uint32Array(0);

  /** Adds one pair's stories (any order: finish() sorts). */
  add(stories: readonly ListedStory[]): void {
    if (this.#order !== null) throw new Error('StoryList: add() after finish()');
    const texts = stories.map((s) => Buffer.from(JSON.stringify(s), 'utf8'));
    const offsets = new Uint32Array(texts.length + 1);
    texts.forEach((t, i) => (offsets[i + 1] = offsets[i]! + t.length));
    const block = this.#blocks.length;
    this.#blocks.push({ text: Buffer.concat(texts), offsets });
    stories.forEach((story, place) => {
      this.#block.push(block);
      this.#place.push(place);
      this.#dyad.push(this.#dyads.add(`${story.dyad.source}\0${story.dyad.target}`, story.dyad));
      this.#date.push(this.#dates.add(story.firstDate, story.firstDate));
      this.#keys.push(sortKey(story));
    });
  }

  /** Sorts newest first and keeps only the compact columns. */
  finish(): this {
    const keys = this.#keys;
    const order = Array.from(keys, (_, i) => i).sort((a, b) =>
      keys[a]! > keys[b]! ? -1 : keys[a]! < keys[b]! ? 1 : 0,
    );
    this.#order = Uint32Array.from(order);
    const compact = (values: readonly number[]) => Uint32Array.from(values);
    [this.#blockOf, this.#placeOf, this.#dyadOf, this.#dateOf] = [
      compact(this.#block),
      compact(this.#place),
      compact(this.#dyad),
      compact(this.#date),
    ];
    this.#block = [];
    this.#place = [];
    this.#dyad = [];
    this.#date = [];
    this.#keys = [];
    return this;
  }

  get length(): number {
    return this.#order?.length ?? 0;
  }

  /** The matching stories, newest first, from `offset`, at most `limit`. */
  page(match: StoryMatch, offset: number, limit: number): StoryPage {
    const order = this.#order;
    if (order === null) throw new Error('StoryList: page() before finish()');
    const items: ListedStory[] = [];
    let total = 0;
    for (const story of order) {
      if (!match(this.#dyads.values[this.#dyadOf[story]!]!, this.#dates.values[this.#dateOf[story]!]!)) continue;
      if (total >= offset && items.length < limit) items.push(this.#parse(story));
      total++;
    }
    return { total, items };
  }

  #parse(story: number): ListedStory {
    const { text, offsets } = this.#blocks[this.#blockOf[story]!]!;
    const place = this.#placeOf[story]!;
    return JSON.parse(text.toString('utf8', offsets[place], offsets[place + 1])) as ListedStory;
  }
}
