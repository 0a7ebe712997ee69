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
  sortedFirstWords.delete(trie);
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

/** Longest run of tokens glued to `i` without spaces that may form one dictionary word ("Guinea-Bissau"). */
const MAX_GLUE = 6;

export interface GluedToken {
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  readonly start: number;
  readonly end: number;
}

/**
 * All matches starting at `start` (shortest first), honouring case rules, never crossing `limit`.
 * A dictionary word may span several tokens written without spaces between them, because the tokenizer splits
 * some hyphenated and non-ASCII words ("Guinea-Bissau", "Erdoğan") and not others ("co-operation").
 * With `lemmaLast`, a word may also match by lemma (plural titles: "ministers").
 */
export function matchesAt<T>(
  trie: Trie<T>,
  tokens: readonly GluedToken[],
  start: number,
  limit: number,
  lemmaLast = false,
): Match<T>[] {
  const out: Match<T>[] = [];
  walk(trie.root, tokens, start, limit, lemmaLast, [], out);
  if (out.length > 1) out.sort((a, b) => a.end - b.end);
  return out;
}

function walk<T>(
  node: Node<T>,
  tokens: readonly GluedToken[],
  i: number,
  limit: number,
  lemmaLast: boolean,
  surfaces: string[],
  out: Match<T>[],
): void {
  if (i >= limit) return;
  let text = '';
  let lower = '';
  for (let g = 0; g < MAX_GLUE && i + g < limit; g++) {
    const tok = tokens[i + g]!;
    if (g > 0 && tokens[i + g - 1]!.end !== tok.start) break;
    text += tok.text;
    lower += tok.lower;
    const end = i + g + 1;
    const child = node.next.get(norm(lower));
    if (child) {
      surfaces.push(text);
      collect(child, surfaces, end, out);
      if (child.next.size > 0) walk(child, tokens, end, limit, lemmaLast, surfaces, out);
      surfaces.pop();
    }
    if (g === 0 && lemmaLast && tok.lemma !== tok.lower) {
      const byLemma = node.next.get(norm(tok.lemma.toLowerCase()));
      if (byLemma && byLemma !== child) {
        surfaces.push(text);
        collect(byLemma, surfaces, end, out);
        surfaces.pop();
      }
    }
  }
}

function collect<T>(node: Node<T>, surfaces: readonly string[], end: number, out: Match<T>[]): void {
  if (node.hits.length === 0) return;
  const hits = node.hits.filter((h) => h.words.every((w, k) => caseFits(w, surfaces[k] ?? '')));
  if (hits.length > 0) out.push({ end, hits });
}

/** The longest match at `start`, or null. */
export function longestAt<T>(
  trie: Trie<T>,
  tokens: readonly GluedToken[],
  start: number,
  limit: number,
  lemmaLast = false,
): Match<T> | null {
  const all = matchesAt(trie, tokens, start, limit, lemmaLast);
  return all.length > 0 ? all[all.length - 1]! : null;
}

/** True when some phrase of `trie` starts with the word at `i` (glued tokens included). */
export function startsWord<T>(trie: Trie<T>, tokens: readonly GluedToken[], i: number): boolean {
  const first = tokens[i]!;
  let glued = norm(first.lower);
  if (trie.root.next.has(glued)) return true;
  const next = tokens[i + 1];
  // Glue only when a piece of the same word follows ("Guinea-Bissau", "Erdo|ğ|an"), not a comma or "'s".
  if (!next || next.start !== first.end || /^[,;:!?)"“”]|^['’]s$/.test(next.text)) return false;
  // Most words end where they stand ("Russia." is no entry): gluing stops once no first word starts so.
  const keys = firstWords(trie);
  for (let g = 1; g < MAX_GLUE && i + g < tokens.length; g++) {
    if (!someStartsWith(keys, glued)) return false;
    const tok = tokens[i + g]!;
    if (tokens[i + g - 1]!.end !== tok.start) break;
    glued += norm(tok.lower);
    if (trie.root.next.has(glued)) return true;
  }
  return false;
}

/** The trie's first words, sorted (built on first use, dropped when a phrase is added). */
const sortedFirstWords = new WeakMap<Trie<unknown>, readonly string[]>();

function firstWords<T>(trie: Trie<T>): readonly string[] {
  let keys = sortedFirstWords.get(trie);
  if (keys === undefined) {
    keys = [...trie.root.next.keys()].sort();
    sortedFirstWords.set(trie, keys);
  }
  return keys;
}

/** Binary search in sorted keys: does any key start with `prefix`? */
function someStartsWith(keys: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo]!.startsWith(prefix);
}
