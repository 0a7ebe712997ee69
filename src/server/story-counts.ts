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
    const ids = this.#ids;
    const values = this.#values;
    this.#ids = [];
    this.#values = [];
    const texts = ids.map((id) => Buffer.from(id, 'utf8'));
    const text = Buffer.concat(texts);
    const offsets = new Uint32Array(ids.length + 1);
    texts.forEach((t, i) => (offsets[i + 1] = offsets[i]! + t.length));
    const column = (pick: (r: ReportCounts) => number) => Uint32Array.from(values, pick);
    const mentions = column((r) => r.mentions);
    const sources = column((r) => r.sources);
    const articles = column((r) => r.articles);
    // At most half full; a slot holds an id's number + 1 (0: empty). Linear probing.
    let size = 16;
    while (size < ids.length * 2) size *= 2;
    const mask = size - 1;
    const slots = new Uint32Array(size);
    const sameId = (at: number, id: Buffer) => text.compare(id, 0, id.length, offsets[at], offsets[at + 1]) === 0;
    const find = (id: string, bytes: Buffer): number => {
      let slot = hash(id) & mask;
      while (slots[slot] !== 0 && !sameId(slots[slot]! - 1, bytes)) slot = (slot + 1) & mask;
      return slot;
    };
    // The last counts given for an id win, as in a Map.
    ids.forEach((id, i) => (slots[find(id, texts[i]!)] = i + 1));
    return (id) => {
      const entry = slots[find(id, Buffer.from(id, 'utf8'))]!;
      if (entry === 0) return undefined;
      const at = entry - 1;
      return { mentions: mentions[at]!, sources: sources[at]!, articles: articles[at]! };
    };
  }
}
