// Loads the CAMEO code table and the verb patterns from dictionaries/ into an indexed, frozen codebook.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SPEECH_VERBS } from './lexicon.ts';
import { parsePatternFile, type Pattern, type PatternError } from './patterns.ts';
import { wordFilter, type WordFilter } from '../actors/trie.ts';
import { parseClubs, parseMemberships, type Club, type Membership } from './members.ts';
import { parseTreaties, type Treaty } from './treaties.ts';

export interface CodeInfo {
  readonly code: string;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly plover: string | null;
  readonly mode: string | null;
  readonly name: string;
}

/**
 * A trigger's patterns, those read at a verb and those read at a noun apart: a trigger is tried as one or the other
 * (sentence-matches.ts), and a word whose patterns are all of the other part is then passed over before its passive
 * reading and the sentence's word signature are worked out.
 */
export interface TriggerPatterns {
  readonly verbs: readonly Pattern[];
  readonly nouns: readonly Pattern[];
}

export interface Codebook {
  readonly version: string;
  readonly codes: ReadonlyMap<string, CodeInfo>;
  readonly patterns: readonly Pattern[];
  /** Patterns by trigger word, verb and noun patterns apart, each most specific (most items) first. */
  readonly byTrigger: ReadonlyMap<string, TriggerPatterns>;
  /**
   * A bit filter of `byTrigger`'s words: most tokens, and most stems tried for an inflected one, are no trigger, and
   * the filter says so from 8 KB that stay in the CPU cache, where the map lookup goes to memory.
   */
  readonly triggerFilter: WordFilter;
  readonly errors: readonly PatternError[];
  /** Members of small organisations, for a club's meeting (members.ts). */
  readonly memberships: readonly Membership[];
  /** The organisations of `memberships`, by code, as the actor dictionary names them. */
  readonly clubs: ReadonlyMap<string, Club>;
  /** Treaties between two sides, for acts on a treaty that name no other party (treaties.ts). */
  readonly treaties: readonly Treaty[];
  /** Words that condemn what they name, for criticism by naming (labels.ts, dictionaries/harsh-words.txt). */
  readonly harshWords: ReadonlySet<string>;
}

export function parseCodeTable(text: string): Map<string, CodeInfo> {
  const codes = new Map<string, CodeInfo>();
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [code, goldstein, quad, plover, mode, name] = line.split('\t');
    if (code === undefined || goldstein === undefined || quad === undefined) continue;
    const quadClass = Number(quad);
    if (quadClass !== 1 && quadClass !== 2 && quadClass !== 3 && quadClass !== 4) continue;
    codes.set(code, {
      code,
      goldstein: Number(goldstein),
      quadClass,
      plover: plover === undefined || plover === '-' ? null : plover,
      mode: mode === undefined || mode === '-' ? null : mode,
      name: name ?? '',
    });
  }
  return codes;
}

export function buildCodebook(
  codeTable: string,
  patternFiles: readonly { name: string; text: string }[],
  tables: {
    readonly members?: string;
    readonly organizations?: string;
    readonly treaties?: string;
    readonly harshWords?: string;
  } = {},
): Codebook {
  const {
    members: memberTable = '',
    organizations: organizationTable = '',
    treaties: treatyTable = '',
    harshWords = '',
  } = tables;
  const codes = parseCodeTable(codeTable);
  const patterns: Pattern[] = [];
  const errors: PatternError[] = [];
  const hash = createHash('sha1').update(codeTable).update(memberTable).update(treatyTable).update(harshWords);
  const memberships = parseMemberships(memberTable);
  for (const file of patternFiles) {
    hash.update(file.name).update(file.text);
    const parsed = parsePatternFile(file.name, file.text);
    errors.push(...parsed.errors);
    for (const p of parsed.patterns) {
      if (codes.has(p.code)) patterns.push(p);
      else errors.push({ file: p.file, line: p.line, message: `unknown CAMEO code ${p.code}` });
    }
  }
  // Every "verb T" pattern also stands bare, last in line: the target is then the first actor after
  // the verb ("bombarded a government-held part of Syria's second city"). Not for speech verbs:
  // what follows "warned of …" is a topic, not a target.
  const bare = new Set(patterns.filter((p) => p.items.length === 0).map((p) => `${p.noun}:${p.trigger.join('|')}`));
  for (const p of [...patterns]) {
    const key = `${p.noun}:${p.trigger.join('|')}`;
    const only = p.items[0];
    if (p.items.length !== 1 || only?.kind !== 'target' || only.strict || bare.has(key)) continue;
    if (p.trigger.some((w) => SPEECH_VERBS.has(w))) continue;
    bare.add(key);
    patterns.push({ ...p, id: `${p.id} (bare)`, items: [] });
  }
  const byTrigger = new Map<string, { verbs: Pattern[]; nouns: Pattern[] }>();
  for (const p of patterns) {
    for (const word of p.trigger) {
      let parts = byTrigger.get(word);
      if (parts === undefined) {
        parts = { verbs: [], nouns: [] };
        byTrigger.set(word, parts);
      }
      (p.noun ? parts.nouns : parts.verbs).push(p);
    }
  }
  for (const parts of byTrigger.values()) {
    parts.verbs.sort(byItemsDescending);
    parts.nouns.sort(byItemsDescending);
  }
  return Object.freeze({
    version: `verbs-${hash.digest('hex').slice(0, 8)}`,
    codes,
    patterns,
    byTrigger,
    triggerFilter: wordFilter(byTrigger.keys(), 16),
    errors,
    memberships,
    clubs: parseClubs(organizationTable, memberships),
    treaties: parseTreaties(treatyTable),
    harshWords: parseWordList(harshWords),
  });
}

/** Most items first; the sort is stable, so patterns with as many items keep the file's order. */
function byItemsDescending(a: Pattern, b: Pattern): number {
  return b.items.length - a.items.length;
}

/** One lower-case word per line; # comments. */
function parseWordList(text: string): Set<string> {
  return new Set(
    text
      .split(/\r?\n/)
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

export function loadCodebook(dictionaryDir: string): Codebook {
  const verbDir = join(dictionaryDir, 'verbs');
  const files = readdirSync(verbDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(verbDir, name), 'utf8') }));
  const table = (name: string): string => readFileSync(join(dictionaryDir, 'actors', name), 'utf8');
  return buildCodebook(readFileSync(join(dictionaryDir, 'cameo.tsv'), 'utf8'), files, {
    members: table('members.tsv'),
    organizations: table('organizations.tsv'),
    treaties: table('treaties.tsv'),
    harshWords: readFileSync(join(dictionaryDir, 'harsh-words.txt'), 'utf8'),
  });
}
