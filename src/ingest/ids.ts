// Article ids: deterministic (a re-run gives the same ids) and unique within one input file.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';

/** "u-3f2a…" style id: a short SHA-1 of the value that identifies the article. */
export function hashId(prefix: string, value: string): string {
  return `${prefix}-${createHash('sha1').update(value).digest('hex').slice(0, 12)}`;
}

/** The file name without its extension ("data/000_ab.txt" → "000_ab"). */
export function fileStem(path: string): string {
  const base = basename(path);
  const ext = extname(base);
  return ext === '' || ext === base ? base : base.slice(0, -ext.length);
}

/**
 * Keeps ids unique within one input: the second "x" becomes "x~2", the third "x~3".
 * Only the ids are kept (a few dozen bytes each), so 100k-line files stay small.
 */
export function createIdRegistry(): (id: string) => { readonly id: string; readonly duplicate: boolean } {
  const counts = new Map<string, number>();
  return (id) => {
    const seen = counts.get(id);
    if (seen === undefined) {
      counts.set(id, 1);
      return { id, duplicate: false };
    }
    let n = seen + 1;
    while (counts.has(`${id}~${n}`)) n += 1;
    counts.set(id, n);
    counts.set(`${id}~${n}`, 1);
    return { id: `${id}~${n}`, duplicate: true };
  };
}
