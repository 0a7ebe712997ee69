// A phrase trie keyed by normalised lowercased tokens: recognition walks tokens, never runs a regex per entry.
// Each phrase keeps its dictionary spelling so case rules can be checked on a match (see `caseFits`).

export interface PhraseHit<T> {
  readonly value: T;
  /** Dictionary tokens of the phrase as written, for the case check. */
  readonly words: readonly string[];
}

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  hits: PhraseHit<T>[];
}

export interface Trie<T> {
  readonly root: Node<T>;
}

/** Token key: lowercased, typographic apostrophes folded so "Poland’s" and "Poland's" meet. */
export function norm(lowerToken: string): string {
  return lowerToken.includes('’') ? lowerToken.replace(/’/g, "'") : lowerToken;
}

/**
 * Splits a dictionary phrase the way the tokenizer splits article text: on spaces, with a trailing
 * possessive `'s` and a trailing comma as tokens of their own (checked against the tokenizer by a test).
 */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  for (const raw of phrase.split(/\s+/)) {
    if (raw === '') continue;
    let word = raw;
    let tail: string[] = [];
    if (word.endsWith(',')) {
      word = word.slice(0, -1);
      tail = [','];
    }
    const poss = /^(.+)(['’]s)$/.exec(word);
    if (poss && poss[1] && poss[2]) out.push(poss[1], poss[2], ...tail);
    else out.push(word, ...tail);
  }
  return out;
}

export function createTrie<T>(): Trie<T> {
  return { root: { next: new Map(), hits: [] } };
}

export function addPhrase<T>(trie: Trie<T>, phrase: string, value: T): void {
  const words = phraseWords(phrase);
  let node = trie.root;
  for (const w of words) {
    const key = norm(w.toLowerCase());
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map(), hits: [] };
      node.next.set(key, child);
    }
    node = child;
  }
  node.hits.push({ value, words });
}

export interface TokenLike {
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
}

/**
 * Dictionary case rules: a word written with two or more capitals ("UN", "WHO", "MoD") matches only that exact
 * spelling (so "us" and "who" stay pronouns); a capitalised word ("Turkey") needs a capitalised token; a
 * lowercase word matches any case.
 */
export function caseFits(word: string, token: string): boolean {
  let caps = 0;
  for (const ch of word) if (ch !== ch.toLowerCase()) caps++;
  if (caps >= 2) return word.replace(/’/g, "'") === token.replace(/’/g, "'");
  if (caps === 1 && word[0] !== word[0]?.toLowerCase()) return token[0] !== token[0]?.toLowerCase();
  return true;
}

export interface Match<T> {
  readonly end: number; // exclusive token index
  readonly hits: readonly PhraseHit<T>[];
}

/**
 * All matches starting at `start` (shortest first), honouring case rules, never crossing `limit`.
 * With `lemmaLast`, the last token may also match by lemma (plural titles: "ministers").
 */
export function matchesAt<T>(
  trie: Trie<T>,
  tokens: readonly TokenLike[],
  start: number,
  limit: number,
  lemmaLast = false,
): Match<T>[] {
  const out: Match<T>[] = [];
  let node = trie.root;
  for (let i = start; i < limit; i++) {
    const tok = tokens[i]!;
    const child = node.next.get(norm(tok.lower));
    if (lemmaLast && tok.lemma !== tok.lower) {
      const byLemma = node.next.get(norm(tok.lemma.toLowerCase()));
      if (byLemma && byLemma !== child) collect(byLemma, i, start, tokens, out);
    }
    if (!child) break;
    node = child;
    collect(node, i, start, tokens, out);
  }
  return out;
}

function collect<T>(node: Node<T>, i: number, start: number, tokens: readonly TokenLike[], out: Match<T>[]): void {
  if (node.hits.length === 0) return;
  const hits = node.hits.filter((h) => h.words.every((w, k) => caseFits(w, tokens[start + k]?.text ?? '')));
  if (hits.length > 0) out.push({ end: i + 1, hits });
}

/** The longest match at `start`, or null. */
export function longestAt<T>(
  trie: Trie<T>,
  tokens: readonly TokenLike[],
  start: number,
  limit: number,
  lemmaLast = false,
): Match<T> | null {
  const all = matchesAt(trie, tokens, start, limit, lemmaLast);
  return all.length > 0 ? all[all.length - 1]! : null;
}
