// Turns what a user types into a safe FTS5 query: every word must occur (implicit AND), a trailing `*`
// makes a prefix search, and FTS5 operators or quotes in the input are taken literally, never as syntax.

/** The FTS5 MATCH expression for `text`, or null when it holds no searchable word. */
export function toFtsQuery(text: string): string | null {
  const terms: string[] = [];
  for (const word of text.split(/\s+/)) {
    const prefix = word.endsWith('*');
    const bare = (prefix ? word.slice(0, -1) : word).replaceAll('"', '');
    // A term with no letter or digit (a lone dash, a quote mark) would be an empty phrase: FTS5 rejects it.
    if (!/[\p{L}\p{N}]/u.test(bare)) continue;
    terms.push(`"${bare}"${prefix ? '*' : ''}`);
  }
  return terms.length === 0 ? null : terms.join(' ');
}
