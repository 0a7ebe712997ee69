// A phrase trie keyed by normalised lowercased tokens: recognition walks tokens, never runs a regex per entry.
// Each phrase keeps its dictionary spelling so case rules can be checked on a match (see `caseFits`).

export interface PhraseHit<T> {
  readonly value: T;
  /** Dictionary tokens of the phrase as written, for the case check. */
  readonly words: readonly string[];
  /** The case rule of each word (see `caseRule`), worked out once when the phrase is added. */
  readonly rules: readonly CaseRule[];
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
  firstWordIndexes.delete(trie);
  forgetWalks();
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
  node.hits.push({ value, words, rules: words.map(caseRule) });
}

/**
 * A copy of the trie whose hit values are `f(value)`. Subtrees where `f` changes nothing are shared with the
 * original, so a copy that changes a few phrases costs a few nodes (see `registryOn`).
 */
export function mapValues<T>(trie: Trie<T>, f: (value: T) => T): Trie<T> {
  return { root: mapNode(trie.root, f) };
}

function mapNode<T>(node: Node<T>, f: (value: T) => T): Node<T> {
  let next: Map<string, Node<T>> | null = null;
  for (const [key, child] of node.next) {
    const mapped = mapNode(child, f);
    if (mapped === child) continue;
    next ??= new Map(node.next);
    next.set(key, mapped);
  }
  let hits: PhraseHit<T>[] | null = null;
  for (let k = 0; k < node.hits.length; k++) {
    const hit = node.hits[k]!;
    const value = f(hit.value);
    if (value === hit.value) continue;
    hits ??= [...node.hits];
    hits[k] = { ...hit, value };
  }
  if (next === null && hits === null) return node;
  return { next: next ?? node.next, hits: hits ?? node.hits };
}

/**
 * Dictionary case rules: a word written with two or more capitals ("UN", "WHO", "MoD") matches only that exact
 * spelling (so "us" and "who" stay pronouns): the rule is that spelling, apostrophes folded; a capitalised
 * word ("Turkey") needs a token with a capital (CAPITALISED); any other word matches any case (ANY_CASE).
 */
export type CaseRule = typeof ANY_CASE | typeof CAPITALISED | string;
const ANY_CASE = 0;
const CAPITALISED = 1;

function caseRule(word: string): CaseRule {
  let caps = 0;
  for (const ch of word) if (ch !== ch.toLowerCase()) caps++;
  if (caps >= 2) return word.replace(/’/g, "'");
  if (caps === 1 && word[0] !== word[0]?.toLowerCase()) return CAPITALISED;
  return ANY_CASE;
}

/** Does the token as written (`surface`) satisfy the dictionary word's case rule? */
function fitsCase(rule: CaseRule, surface: string): boolean {
  if (rule === ANY_CASE) return true;
  // A capital anywhere: "Turkey", and a name typed in odd case ("iSrael"), but never the common noun "turkey".
  if (rule === CAPITALISED) {
    const first = surface[0];
    return first !== undefined && (first !== first.toLowerCase() || surface !== surface.toLowerCase());
  }
  return rule === (surface.includes('’') ? surface.replace(/’/g, "'") : surface);
}

/** Does every word of the hit fit the case of the surfaces matched? */
function hitFits<T>(hit: PhraseHit<T>, surfaces: readonly string[]): boolean {
  const rules = hit.rules;
  for (let k = 0; k < rules.length; k++) if (!fitsCase(rules[k]!, surfaces[k] ?? '')) return false;
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
): readonly Match<T>[] {
  for (let r = 0; r < RECENT_WALKS; r++) {
    const w = recentWalks[r]!;
    // The start first: most remembered walks that are not this one started elsewhere.
    if (w.start === start && w.limit === limit && w.tokens === tokens && w.trie === trie && w.lemmaLast === lemmaLast)
      return w.matches as readonly Match<T>[];
  }
  const matches = walkAt(trie, tokens, start, limit, lemmaLast);
  const w = recentWalks[nextWalk]!;
  w.trie = trie;
  w.tokens = tokens;
  w.start = start;
  w.limit = limit;
  w.lemmaLast = lemmaLast;
  w.matches = matches;
  nextWalk = nextWalk === RECENT_WALKS - 1 ? 0 : nextWalk + 1;
  return matches;
}

function walkAt<T>(
  trie: Trie<T>,
  tokens: readonly GluedToken[],
  start: number,
  limit: number,
  lemmaLast: boolean,
): readonly Match<T>[] {
  const out = walkMatches as Match<T>[];
  if (surfaceStack.length !== 0) surfaceStack.length = 0; // only after a walk that threw
  if (out.length !== 0) out.length = 0; // likewise
  const keys = tokenKeys(tokens);
  // Most walks start at a word that opens no phrase: the first-word filter answers that from the word's hash.
  const index = firstWordIndex(trie);
  walk(
    trie.root,
    tokens,
    keys.keys,
    start,
    limit,
    lemmaLast,
    surfaceStack,
    out,
    mayHold(index.words, keys.hashes[start]!),
    index.keys,
  );
  if (out.length === 0) return NO_MATCHES;
  const matches = out.slice();
  out.length = 0;
  if (matches.length > 1) matches.sort(byEnd);
  return matches;
}

/** Most positions match nothing: they all share this one empty result. */
const NO_MATCHES: readonly Match<never>[] = Object.freeze([]);
/**
 * The matches of the walk under way, copied out when there are any: one array for every walk, not an empty array made
 * at each of the ~750 walks of an article, most of which find nothing.
 */
const walkMatches: Match<unknown>[] = [];
/** The surfaces of the words walked so far; one array for every walk (walks never nest, and pop what they push). */
const surfaceStack: string[] = [];
const byEnd = (a: Match<unknown>, b: Match<unknown>): number => a.end - b.end;

/**
 * The last walks and what they found. A phrase test asks the same walk again at the same word: the sectors trie up to
 * three times (a sector placed by a state, a bare group, a state's institution each parse the sector there), the names
 * trie from the qualifier parsers; over the corpus about a third of all walks repeat one of the few before them. A
 * walk's matches depend only on the trie, the token list and the bounds, and tries change only while a registry is
 * loaded (`addPhrase` forgets every walk), so a remembered walk is the walk.
 */
interface RecentWalk {
  trie: Trie<unknown> | null;
  tokens: readonly GluedToken[] | null;
  start: number;
  limit: number;
  lemmaLast: boolean;
  matches: readonly Match<unknown>[];
}
const RECENT_WALKS = 8;
const recentWalks: RecentWalk[] = Array.from({ length: RECENT_WALKS }, forgottenWalk);
let nextWalk = 0;

function forgottenWalk(): RecentWalk {
  return { trie: null, tokens: null, start: -1, limit: -1, lemmaLast: false, matches: NO_MATCHES };
}

function forgetWalks(): void {
  for (let r = 0; r < RECENT_WALKS; r++) recentWalks[r] = forgottenWalk();
}

/**
 * `firstMayMatch` false: the word at `i` alone is no key of `node` (only words glued to it may be). `keyFilter` holds
 * every key of the trie (see `FirstWordIndex`).
 */
function walk<T>(
  node: Node<T>,
  tokens: readonly GluedToken[],
  keys: readonly string[],
  i: number,
  limit: number,
  lemmaLast: boolean,
  surfaces: string[],
  out: Match<T>[],
  firstMayMatch: boolean,
  keyFilter: WordFilter,
): void {
  if (i >= limit) return;
  let glued = 0; // FNV state of the glued key (see `fnv`), from the second token on
  for (let g = 0; g < MAX_GLUE && i + g < limit; g++) {
    const tok = tokens[i + g]!;
    if (g > 0 && tokens[i + g - 1]!.end !== tok.start) break;
    const end = i + g + 1;
    // A glued key ("russia," after "Russia,") is a new string that the map would flatten and hash: its hash, carried
    // along the glued words, asks the filter first, and nearly all of them are no key of the trie, so the glued key
    // and surface are made only past the filter (they were 3% of the pipeline's allocation when made at every step).
    if (g > 0) glued = fnv(g === 1 ? fnv(FNV_OFFSET, keys[i]!) : glued, keys[i + g]!);
    const child =
      g === 0
        ? firstMayMatch
          ? node.next.get(keys[i]!)
          : undefined
        : mayHold(keyFilter, fnvMix(glued))
          ? node.next.get(joined(keys, i, end)) // `norm` of the glued lower forms is the glued keys
          : undefined;
    const text = g === 0 || child !== undefined ? surfaceOf(tokens, i, end) : '';
    if (child) {
      surfaces.push(text);
      collect(child, surfaces, end, out);
      if (child.next.size > 0) walk(child, tokens, keys, end, limit, lemmaLast, surfaces, out, true, keyFilter);
      surfaces.pop();
    }
    // A plural by its lemma ("ministers"), not a verb form whose lemma is a noun ("Poland pressed" is no press).
    if (g === 0 && lemmaLast && tok.lemma !== tok.lower && !tok.lower.endsWith('ed') && !tok.lower.endsWith('ing')) {
      const byLemma = node.next.get(norm(tok.lemma)); // lemmas are lowercase already (see Token)
      if (byLemma && byLemma !== child) {
        surfaces.push(text);
        collect(byLemma, surfaces, end, out);
        surfaces.pop();
      }
    }
  }
}

/** `parts[from] + … + parts[to - 1]`. */
function joined(parts: readonly string[], from: number, to: number): string {
  let out = parts[from]!;
  for (let k = from + 1; k < to; k++) out += parts[k]!;
  return out;
}

/** The surfaces of tokens `from` to `to - 1`, glued. */
function surfaceOf(tokens: readonly GluedToken[], from: number, to: number): string {
  let out = tokens[from]!.text;
  for (let k = from + 1; k < to; k++) out += tokens[k]!.text;
  return out;
}

function collect<T>(node: Node<T>, surfaces: readonly string[], end: number, out: Match<T>[]): void {
  const all = node.hits;
  // Usually every hit fits: the node's own list is then the match's, with nothing copied.
  let k = 0;
  while (k < all.length && hitFits(all[k]!, surfaces)) k++;
  if (k === all.length) {
    if (k > 0) out.push({ end, hits: all });
    return;
  }
  const hits = all.slice(0, k);
  for (k++; k < all.length; k++) if (hitFits(all[k]!, surfaces)) hits.push(all[k]!);
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
  const keys = tokenKeys(tokens);
  const hash = keys.hashes[i]!;
  let glued = keys.keys[i]!;
  const index = firstWordIndex(trie);
  if (mayHold(index.words, hash) && trie.root.next.has(glued)) return true;
  const next = tokens[i + 1];
  // Glue only when a piece of the same word follows ("Guinea-Bissau", "Erdo|ğ|an"), not a comma or "'s".
  if (!next || next.start !== first.end || endsGluedWord(next.text)) return false;
  // Most words end where they stand ("Russia." is no entry): gluing stops once no first word starts so.
  for (let g = 1; g < MAX_GLUE && i + g < tokens.length; g++) {
    if (!mayHold(index.prefixFilter, g === 1 ? hash : wordHash(glued)) || !index.prefixes.has(glued)) return false;
    const tok = tokens[i + g]!;
    if (tokens[i + g - 1]!.end !== tok.start) break;
    glued += keys.keys[i + g]!;
    if (trie.root.next.has(glued)) return true;
  }
  return false;
}

/**
 * Each token's trie key (`norm` of its lower form) and the key's `wordHash`. The first-word tests (`startsWord`
 * against three tries, the root of a walk) and the coder's trigger lookup ask them of nearly every token, so they
 * are worked out once per token list: the last one asked about is checked first, then every list still alive (a
 * short list read in the middle of a document, such as the few tokens `capitalPluralTitle` re-lemmatises, must not
 * make the document's keys be worked out again at its next token: that made long transcripts quadratic).
 */
export interface TokenKeys {
  readonly keys: readonly string[];
  readonly hashes: Int32Array;
}

let lastTokens: readonly GluedToken[] | null = null;
let lastKeys: TokenKeys = { keys: [], hashes: new Int32Array(0) };

const keysOfLists = new WeakMap<readonly GluedToken[], TokenKeys>();

export function tokenKeys(tokens: readonly GluedToken[]): TokenKeys {
  if (tokens === lastTokens && lastKeys.keys.length === tokens.length) return lastKeys;
  const known = keysOfLists.get(tokens);
  if (known !== undefined && known.keys.length === tokens.length) {
    lastTokens = tokens;
    lastKeys = known;
    return known;
  }
  const keys: string[] = [];
  const hashes = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const key = norm(tokens[k]!.lower);
    keys.push(key);
    hashes[k] = wordHash(key);
  }
  lastTokens = tokens;
  lastKeys = { keys, hashes };
  if (tokens.length > SHORT_LIST) keysOfLists.set(tokens, lastKeys);
  return lastKeys;
}

/**
 * Lists this short are not remembered past the next list: they are the window of four tokens `capitalPluralTitle`
 * re-lemmatises, a new list each time (a dozen an article), whose keys cost less to work out again than an entry in
 * the `WeakMap`.
 */
const SHORT_LIST = 4;

/** Punctuation that closes a word, or a possessive "'s": what `/^[,;:!?)"“”]|^['’]s$/` tests. */
const CLOSING_MARKS = new Set([',', ';', ':', '!', '?', ')', '"', '“', '”']);
export function endsGluedWord(text: string): boolean {
  return CLOSING_MARKS.has(text[0] ?? '') || text === "'s" || text === '’s';
}

/**
 * What `startsWord` asks of a trie's first words, built on first use and dropped when a phrase is added: the
 * words' prefixes (the empty one and the words themselves included), so "does some first word start with this?"
 * is one lookup; and bit filters of the words and of the prefixes (see `mayHold`).
 */
interface FirstWordIndex {
  readonly words: WordFilter;
  /** The first words that may open a phrase at a token written without a capital (see `lowercaseFirstWords`). */
  readonly lowercase: ReadonlySet<string>;
  /** Every key of every node, for the walk's glued keys. */
  readonly keys: WordFilter;
  readonly prefixes: ReadonlySet<string>;
  readonly prefixFilter: WordFilter;
}

const firstWordIndexes = new WeakMap<Trie<unknown>, FirstWordIndex>();

function firstWordIndex<T>(trie: Trie<T>): FirstWordIndex {
  let index = firstWordIndexes.get(trie);
  if (index === undefined) {
    const prefixes = new Set<string>();
    for (const word of trie.root.next.keys()) for (let n = 0; n <= word.length; n++) prefixes.add(word.slice(0, n));
    index = {
      words: wordFilter(trie.root.next.keys(), 16),
      lowercase: opensInLowercase(trie.root),
      keys: wordFilter(allKeys(trie.root), 18),
      prefixes,
      prefixFilter: wordFilter(prefixes, 18),
    };
    firstWordIndexes.set(trie, index);
  }
  return index;
}

/**
 * The first words of the trie's phrases that may open a match at a token written without a capital: "to" opens only
 * "To Lam", "than" only "Than Shwe", so "went to Kyiv" can start no name at "to". A phrase whose first word takes any
 * case counts, and a one-word capitalised phrase, which `capitalisedWordHits` reads in lowercase ("tunisian rioters").
 */
export function lowercaseFirstWords<T>(trie: Trie<T>): ReadonlySet<string> {
  return firstWordIndex(trie).lowercase;
}

function opensInLowercase<T>(root: Node<T>): Set<string> {
  const words = new Set<string>();
  for (const [word, child] of root.next) {
    const oneWord = child.hits.some((h) => h.rules.length === 1 && h.rules[0] === CAPITALISED);
    if (oneWord || anyCaseFirst(child)) words.add(word);
  }
  return words;
}

/** Some phrase at or below `node` has a first word of any case. */
function anyCaseFirst<T>(node: Node<T>): boolean {
  if (node.hits.some((h) => h.rules[0] === ANY_CASE)) return true;
  for (const child of node.next.values()) if (anyCaseFirst(child)) return true;
  return false;
}

function allKeys<T>(node: Node<T>, into: Set<string> = new Set()): Set<string> {
  for (const [key, child] of node.next) {
    into.add(key);
    allKeys(child, into);
  }
  return into;
}

/**
 * One bit per word hash: a clear bit says the word is not in the set, from a few kilobytes that stay in the CPU
 * cache, where a lookup in a map of thousands of words goes to memory (most tokens start no phrase). A set bit
 * still needs the lookup: other words share it.
 */
export interface WordFilter {
  readonly bits: Uint32Array;
  readonly mask: number;
}

export function wordFilter(words: Iterable<string>, log2Bits: number): WordFilter {
  const filter = { bits: new Uint32Array(1 << (log2Bits - 5)), mask: (1 << log2Bits) - 1 };
  for (const word of words) {
    const h = wordHash(word) & filter.mask;
    filter.bits[h >>> 5]! |= 1 << (h & 31);
  }
  return filter;
}

/** False when the word whose `wordHash` this is is not in the filter's set (the hash often comes from `tokenKeys`). */
export function mayHold(filter: WordFilter, hash: number): boolean {
  const h = hash & filter.mask;
  return (filter.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
}

/** FNV-1a over the UTF-16 code units, with a final mix so that the low bits spread. */
export function wordHash(word: string): number {
  return fnvMix(fnv(FNV_OFFSET, word));
}

export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a's state after `word`, from `state`: `fnvMix(fnv(fnv(FNV_OFFSET, a), b))` is `wordHash(a + b)`. */
export function fnv(state: number, word: string): number {
  let h = state;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return h;
}

export function fnvMix(state: number): number {
  let h = state ^ (state >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/**
 * `wordHash(word.slice(0, length) + String.fromCharCode(last))` (no last code unit when `last` is negative), without
 * making that string: for stems tried against a filter, which most fail.
 */
export function stemHash(word: string, length: number, last: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  if (last >= 0) h = Math.imul(h ^ last, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/**
 * The hits of a one-word phrase written with an initial capital ("Tunisian", "Obama") spelled `lower`, whatever
 * the case of the text: for callers that have other evidence that a lowercase word is that name ("tunisian
 * rioters", "President obama"). Words spelled in capitals ("US", "WHO") are left out: "us" stays a pronoun.
 */
export function capitalisedWordHits<T>(trie: Trie<T>, lower: string): readonly PhraseHit<T>[] {
  const hits = trie.root.next.get(norm(lower))?.hits ?? [];
  return hits.filter((h) => h.rules.length === 1 && h.rules[0] === CAPITALISED);
}
