// The GDELT export's story counts (NumMentions, NumSources, NumArticles) for every asserted event, kept compact.
// A Map from a million event ids to counts objects held about 100 MB of heap; here the ids are UTF-8 text in
// one buffer (outside the JS heap), found through an open-addressing hash table of integers, and the counts are
// three integer columns.
import type { CountsOf, ReportCounts } from '../export/counts.ts';

/** FNV-1a over the id's UTF-16 code units: any hash works, both sides use this one. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The compact columns; nothing else (the lists they were built from must not stay reachable from the lookup). */
interface Table {
  readonly text: Buffer;
  /** Byte offsets of each id in `text`, and the end. */
  readonly offsets: Uint32Array;
  /** Open addressing, at most half full, linear probing: an id's number + 1, or 0 for an empty slot. */
  readonly slots: Uint32Array;
  readonly mentions: Uint32Array;
  readonly sources: Uint32Array;
  readonly articles: Uint32Array;
}

/** The slot of `id` (`bytes` is its UTF-8): where it is, or the empty slot where it would go. */
function slotOf(table: Table, id: string, bytes: Buffer): number {
  const { text, offsets, slots } = table;
  const mask = slots.length - 1;
  let slot = hash(id) & mask;
  for (;;) {
    const entry = slots[slot]!;
    if (entry === 0 || text.compare(bytes, 0, bytes.length, offsets[entry - 1], offsets[entry]) === 0) return slot;
    slot = (slot + 1) & mask;
  }
}

function buildTable(ids: readonly string[], values: readonly ReportCounts[]): Table {
  const texts = ids.map((id) => Buffer.from(id, 'utf8'));
  const offsets = new Uint32Array(ids.length + 1);
  texts.forEach((t, i) => (offsets[i + 1] = offsets[i]! + t.length));
  let size = 16;
  while (size < ids.length * 2) size *= 2;
  const table: Table = {
    text: Buffer.concat(texts),
    offsets,
    slots: new Uint32Array(size),
    mentions: Uint32Array.from(values, (r) => r.mentions),
    sources: Uint32Array.from(values, (r) => r.sources),
    articles: Uint32Array.from(values, (r) => r.articles),
  };
  // The last counts given for an id win, as in a Map.
  ids.forEach((id, i) => (table.slots[slotOf(table, id, texts[i]!)] = i + 1));
  return table;
}

function lookup(table: Table): CountsOf {
  return (id) => {
    const entry = table.slots[slotOf(table, id, Buffer.from(id, 'utf8'))]!;
    if (entry === 0) return undefined;
    const at = entry - 1;
    return { mentions: table.mentions[at]!, sources: table.sources[at]!, articles: table.articles[at]! };
  };
}

export class StoryCounts {
  #ids: string[] = [];
  #values: ReportCounts[] = [];

  /** Adds one pair's counts: each event id with its story's counts (an id seen again keeps its last counts). */
  add(counts: readonly (readonly [string, ReportCounts])[]): void {
    for (const [id, reported] of counts) {
      this.#ids.push(id);
      this.#values.push(reported);
    }
  }

  /** The lookup, over compact columns; the lists gathered by add() are released. */
  finish(): CountsOf {
    const table = buildTable(this.#ids, this.#values);
    this.#ids = [];
    this.#values = [];
    return lookup(table);
  }
}
