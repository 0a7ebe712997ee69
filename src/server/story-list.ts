// The story list behind /api/stories, kept compact. After the pass over every pair there are hundreds of
// thousands of stories (620,000 at 1M events); as objects with their mentions they held about 1 GB of heap.
// Here each story is its JSON text, compressed in chunks of a pair's consecutive stories (outside the JS heap),
// with its dyad and first date as small integers for filtering; only the stories on a requested page are
// inflated and parsed back.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Dyad } from '../aggregate/dyads.ts';
import type { ListedStory } from './pair-builder.ts';

export interface StoryPage {
  /** Stories that match, in all. */
  readonly total: number;
  readonly items: readonly ListedStory[];
}

/** Which stories a page lists: by their dyad and their first date. */
export type StoryMatch = (dyad: Dyad, firstDate: string) => boolean;

interface Chunk {
  /** The stories' JSON texts one after the other, deflated. */
  readonly data: Buffer;
  /** Byte offsets of each story's JSON in the inflated data, and the end. */
  readonly offsets: Uint32Array;
}

/**
 * Stories per chunk: the JSON of similar stories compresses several times over (462 MB of text at 1M events),
 * while a page inflates at most one small chunk per story it lists.
 */
const CHUNK_STORIES = 32;

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
  readonly #chunks: Chunk[] = [];
  readonly #dyads = new Table<Dyad>();
  readonly #dates = new Table<string>();
  // Per story, in the order added: its chunk, its place there, its dyad and first date (table indexes).
  #chunk: number[] = [];
  #place: number[] = [];
  #dyad: number[] = [];
  #date: number[] = [];
  #keys: string[] = [];
  /** Story numbers newest first, set by finish(), with the columns above made compact. */
  #order: Uint32Array | null = null;
  #chunkOf = new Uint32Array(0);
  #placeOf = new Uint32Array(0);
  #dyadOf = new Uint32Array(0);
  #dateOf = new Uint32Array(0);

  /** Adds one pair's stories (any order: finish() sorts). */
  add(stories: readonly ListedStory[]): void {
    if (this.#order !== null) throw new Error('StoryList: add() after finish()');
    for (let first = 0; first < stories.length; first += CHUNK_STORIES) {
      const part = stories.slice(first, first + CHUNK_STORIES);
      const texts = part.map((s) => Buffer.from(JSON.stringify(s), 'utf8'));
      const offsets = new Uint32Array(texts.length + 1);
      texts.forEach((t, i) => (offsets[i + 1] = offsets[i]! + t.length));
      const chunk = this.#chunks.length;
      // A copy: zlib's result is a view into a 16 KB output buffer, which would stay allocated behind it.
      this.#chunks.push({ data: Buffer.from(deflateRawSync(Buffer.concat(texts))), offsets });
      part.forEach((story, place) => {
        this.#chunk.push(chunk);
        this.#place.push(place);
        this.#dyad.push(this.#dyads.add(`${story.dyad.source}\0${story.dyad.target}`, story.dyad));
        this.#date.push(this.#dates.add(story.firstDate, story.firstDate));
        this.#keys.push(sortKey(story));
      });
    }
  }

  /** Sorts newest first and keeps only the compact columns. */
  finish(): this {
    const keys = this.#keys;
    const order = Array.from(keys, (_, i) => i).sort((a, b) =>
      keys[a]! > keys[b]! ? -1 : keys[a]! < keys[b]! ? 1 : 0,
    );
    this.#order = Uint32Array.from(order);
    const compact = (values: readonly number[]) => Uint32Array.from(values);
    [this.#chunkOf, this.#placeOf, this.#dyadOf, this.#dateOf] = [
      compact(this.#chunk),
      compact(this.#place),
      compact(this.#dyad),
      compact(this.#date),
    ];
    this.#chunk = [];
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
    const inflated = new Map<number, Buffer>(); // a chunk listed twice on one page is inflated once
    let total = 0;
    for (const story of order) {
      if (!match(this.#dyads.values[this.#dyadOf[story]!]!, this.#dates.values[this.#dateOf[story]!]!)) continue;
      if (total >= offset && items.length < limit) items.push(this.#parse(story, inflated));
      total++;
    }
    return { total, items };
  }

  #parse(story: number, inflated: Map<number, Buffer>): ListedStory {
    const at = this.#chunkOf[story]!;
    const chunk = this.#chunks[at]!;
    let text = inflated.get(at);
    if (text === undefined) {
      text = inflateRawSync(chunk.data);
      inflated.set(at, text);
    }
    const place = this.#placeOf[story]!;
    return JSON.parse(text.toString('utf8', chunk.offsets[place], chunk.offsets[place + 1])) as ListedStory;
  }
}
