// Full-text search on PostgreSQL with the SQLite semantics: words are runs of letters and digits, matched
// ignoring case and diacritics; every query word must occur; `word*` is a prefix. The folding and splitting
// are done here in JavaScript (not by a text-search configuration), so the stored lexemes and the query
// lexemes come from the same function whatever the server's locale or installed extensions.

/** Lower-cased, diacritics removed, split into runs of letters and digits. */
export function searchTokens(text: string): string[] {
  const folded = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
}

/**
 * The document side: the tokens joined by spaces, for `to_tsvector('simple', …)`. The `simple` configuration
 * only lower-cases, and a space-separated run of letters and digits parses back into exactly these tokens,
 * with their positions (needed for phrases such as `Russia's`).
 */
export function searchDocument(sentence: string): string {
  return searchTokens(sentence).join(' ');
}

/**
 * The tsquery for what a user typed, or null when it holds no searchable word. Each word becomes a phrase of
 * its tokens (`Russia's` → 'russia' <-> 's', as FTS5 reads it); a trailing `*` makes its last token a prefix.
 * Lexemes are quoted and contain only letters and digits, so no input is tsquery syntax.
 */
export function toTsQuery(text: string): string | null {
  const terms: string[] = [];
  for (const word of text.split(/\s+/)) {
    const prefix = word.endsWith('*');
    const tokens = searchTokens(prefix ? word.slice(0, -1) : word);
    if (tokens.length === 0) continue;
    const quoted = tokens.map((t, i) => `'${t}'${prefix && i === tokens.length - 1 ? ':*' : ''}`);
    terms.push(quoted.length === 1 ? (quoted[0] ?? '') : `(${quoted.join(' <-> ')})`);
  }
  return terms.length === 0 ? null : terms.join(' & ');
}
