// The verb-pattern language (documented in dictionaries/verbs/README.md), parsed into flat records.
// A line is `CODE  PATTERN  [# comment]`; PATTERN is a trigger word followed by items:
//   word      a literal, matched against a token's lemma or lower-cased form
//   a|b|c     alternatives; an alternative may be several words joined by _ ("use_force")
//   T         the target actor slot;  S  the source actor slot (for noun patterns)
//   T!        a target slot that must be filled: no bare fallback for this verb ("defend T!")
//   -         as last item: no target is searched ("discuss -": what is discussed is a topic)
//   n:word    as first item: the trigger must be a noun ("n:invasion of T")
// Literals may be separated in the text by a few modifier tokens ("impose tough new sanctions on T").
// CODE may carry a PLOVER override where the PLOVER manual departs from the CAMEO table:
// `0831>RETREAT.resign  resign` (resignation is RETREAT with mode resign in PLOVER).

import { wordHash } from '../actors/trie.ts';

export type PatternItem =
  | {
      readonly kind: 'word';
      readonly words: readonly string[];
      /** Each alternative of `words` split into its words ("use_force" → use, force), once at load. */
      readonly parts: readonly (readonly string[])[];
    }
  | { readonly kind: 'target'; readonly strict: boolean }
  | { readonly kind: 'source' };

export interface Pattern {
  readonly id: string; // "<file>:<code>:<pattern text>", stable across line moves
  readonly code: string;
  /** PLOVER category and mode when they differ from the code table's mapping. */
  readonly plover: { readonly category: string; readonly mode: string | null } | null;
  readonly trigger: readonly string[]; // alternatives for the trigger lemma
  readonly noun: boolean;
  /** Ends with `-`: the words after the match are a topic, never the target. */
  readonly noTarget: boolean;
  readonly items: readonly PatternItem[];
  /**
   * The `wordHash` of each alternative's first word, for every word item in turn, flat: the item's number of
   * alternatives, then their hashes ("ask for aid|help_now T" → 1, #for, 2, #aid, #help). A sentence holding none of
   * an item's first words cannot match (sentence-matches.ts); one typed array per pattern, read without the items.
   */
  readonly firstWords: Int32Array;
  readonly file: string;
  readonly line: number;
}

export interface PatternError {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** The `firstWords` of a pattern with no word items (a bare form, a rule's pattern). */
export const NO_WORDS = new Int32Array(0);

/** The `firstWords` of a pattern with these items: per word item, its number of alternatives and their first words' hashes. */
export function firstWordHashes(items: readonly PatternItem[]): Int32Array {
  const out: number[] = [];
  for (const item of items) {
    if (item.kind !== 'word') continue;
    out.push(item.parts.length);
    for (const part of item.parts) out.push(wordHash(part[0]!));
  }
  return Int32Array.from(out);
}

const CODE = /^(\d{2,4})(?:>([A-Z]+)(?:\.([a-z_-]+))?)?$/;

export function parsePatternFile(file: string, text: string): { patterns: Pattern[]; errors: PatternError[] } {
  const patterns: Pattern[] = [];
  const errors: PatternError[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const [head, ...words] = line.split(/\s+/);
    const codeMatch = CODE.exec(head ?? '');
    if (codeMatch === null) {
      errors.push({
        file,
        line: i + 1,
        message: `expected a CAMEO code (2–4 digits, optionally >PLOVER.mode) at the start, got "${head ?? ''}"`,
      });
      return;
    }
    const code = codeMatch[1]!;
    const plover = codeMatch[2] !== undefined ? { category: codeMatch[2], mode: codeMatch[3] ?? null } : null;
    if (words.length === 0) {
      errors.push({ file, line: i + 1, message: `code ${code} has no pattern after it` });
      return;
    }
    let first = words[0]!;
    let noun = false;
    if (first.startsWith('n:')) {
      noun = true;
      first = first.slice(2);
    }
    if (first === '' || first === 'T' || first === 'S') {
      errors.push({ file, line: i + 1, message: `a pattern must start with its trigger word, got "${words[0]}"` });
      return;
    }
    const noTarget = words[words.length - 1] === '-';
    if (noTarget) words.pop();
    const items: PatternItem[] = words.slice(1).map((w) => {
      if (w === 'T' || w === 'T!') return { kind: 'target', strict: w === 'T!' };
      if (w === 'S') return { kind: 'source' };
      const alternatives = w.toLowerCase().split('|');
      const parts = alternatives.map((a) => a.split('_'));
      return { kind: 'word', words: alternatives, parts };
    });
    if (items.filter((item) => item.kind === 'target').length > 1) {
      errors.push({ file, line: i + 1, message: `pattern "${words.join(' ')}" has more than one T slot` });
      return;
    }
    patterns.push({
      id: `${file}:${code}:${words.join(' ')}`,
      code,
      plover,
      trigger: first.toLowerCase().split('|'),
      noun,
      noTarget,
      items,
      firstWords: firstWordHashes(items),
      file,
      line: i + 1,
    });
  });
  return { patterns, errors };
}
