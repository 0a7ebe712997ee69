// The GDELT export's story counts (NumMentions, NumSources, NumArticles) per asserted event, kept compact. A Map
// from a million event ids to counts objects held about 100 MB of heap; here the ids are UTF-8 text in one
// buffer (outside the JS heap), found through an open-addressing hash table of integers, and the counts are
// integer columns. Stored per pair (pair-record.ts) in the same layout, so the server joins the pairs' parts
// without parsing them. Events whose story is a single mention in one article (1/1/1, what the export writes for
// an event without counts) are left out: more than half of them.
import type { CountsOf, ReportCounts } from '../export/counts.ts';

/** Ids one after the other with their counts: what a pair stores. */
export interface CountsPart {
  readonly text: Buffer;
  /** Byte offsets of each id in `text`, and the end. */
  readonly offsets: Uint32Array;
  /** mentions, sources, articles of each id. */
  readonly values: Uint32Array;
}

/** FNV-1a over the id's UTF-8 bytes: the table is built from stored bytes and looked up by strings. */
function hash(bytes: Buffer, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const single = (c: ReportCounts) => c.mentions === 1 && c.sources === 1 && c.articles === 1;

/** A pair's counts as a part (without the 1/1/1 ones). */
export function countsPart(counts: readonly (readonly [string, ReportCounts])[]): CountsPart {
  const kept = counts.filter(([, c]) => !single(c));
  const texts = kept.map(([id]) => Buffer.from(id, 'utf8'));
  const offsets = new Uint32Array(kept.length + 1);
  texts.forEach((t, i) => (offsets[i + 1] = offsets[i]! + t.length));
  const values = new Uint32Array(kept.length * 3);
  kept.forEach(([, c], i) => values.set([c.mentions, c.sources, c.articles], i * 3));
  return { text: Buffer.concat(texts), offsets, values };
}

/** [count][offsets][values][text], little-endian: a part as bytes. */
export function encodeCountsPart(part: CountsPart): Buffer {
  const n = part.offsets.length - 1;
  const head = Buffer.alloc(4 + (n + 1) * 4 + n * 12);
  head.writeUInt32LE(n, 0);
  part.offsets.forEach((o, i) => head.writeUInt32LE(o, 4 + i * 4));
  part.values.forEach((v, i) => head.writeUInt32LE(v, 4 + (n + 1) * 4 + i * 4));
  return Buffer.concat([head, part.text]);
}

export function decodeCountsPart(data: Buffer): CountsPart {
  const n = data.readUInt32LE(0);
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i <= n; i++) offsets[i] = data.readUInt32LE(4 + i * 4);
  const valuesAt = 4 + (n + 1) * 4;
  const values = new Uint32Array(n * 3);
  for (let i = 0; i < n * 3; i++) values[i] = data.readUInt32LE(valuesAt + i * 4);
  return { text: data.subarray(valuesAt + n * 12), offsets, values };
}

/** The lookup over parts joined into one table; the last counts given for an id win. */
export function countsLookup(parts: readonly CountsPart[]): CountsOf {
  const n = parts.reduce((sum, p) => sum + p.offsets.length - 1, 0);
  const text = Buffer.concat(parts.map((p) => p.text));
  const offsets = new Uint32Array(n + 1);
  const values = new Uint32Array(n * 3);
  let at = 0;
  let base = 0;
  for (const part of parts) {
    const count = part.offsets.length - 1;
    for (let i = 1; i <= count; i++) offsets[at + i] = base + part.offsets[i]!;
    values.set(part.values, at * 3);
    at += count;
    base += part.text.length;
  }
  let size = 16;
  while (size < n * 2) size *= 2;
  // Open addressing, at most half full, linear probing: an id's number + 1, or 0 for an empty slot.
  const slots = new Uint32Array(size);
  const mask = size - 1;
  /** The slot of the id `bytes[start, end)`: where it is, or the empty slot where it would go. */
  const slotOf = (bytes: Buffer, start: number, end: number): number => {
    let slot = hash(bytes, start, end) & mask;
    for (;;) {
      const entry = slots[slot]!;
      if (entry === 0 || text.compare(bytes, start, end, offsets[entry - 1], offsets[entry]) === 0) return slot;
      slot = (slot + 1) & mask;
    }
  };
  for (let i = 0; i < n; i++) slots[slotOf(text, offsets[i]!, offsets[i + 1]!)] = i + 1;
  return (id) => {
    const bytes = Buffer.from(id, 'utf8');
    const entry = slots[slotOf(bytes, 0, bytes.length)]!;
    if (entry === 0) return undefined;
    const v = (entry - 1) * 3;
    return { mentions: values[v]!, sources: values[v + 1]!, articles: values[v + 2]! };
  };
}
