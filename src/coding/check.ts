// Dictionary checks for `detente dict check`: parse errors and unknown codes, duplicate and
// conflicting patterns, and patterns that no example sentence exercises. Examples are lines
// `PATTERN_ID<TAB>SENTENCE` (test/fixtures/patterns/examples.tsv); a pattern is exercised when its
// sentence, coded alone, yields an asserted event with the pattern's code, fired by that pattern.
import type { Article, ArticleResult } from '../types.ts';
import type { Codebook } from './codebook.ts';
import type { Pattern } from './patterns.ts';

export interface DictionaryFinding {
  readonly severity: 'error' | 'warning' | 'info';
  readonly where: string; // file:line
  readonly message: string;
}

export interface PatternExample {
  readonly patternId: string;
  readonly sentence: string;
  readonly line: number; // in the examples file
}

export interface ExampleOutcome {
  readonly example: PatternExample;
  readonly pattern: Pattern | null;
  readonly fired: boolean;
  /** What was coded instead, for the report. */
  readonly got: string;
}

const shape = (p: Pattern): string =>
  `${p.noun ? 'n:' : ''}${[...p.trigger].sort().join('|')} ${p.items
    .map((i) => (i.kind === 'word' ? [...i.words].sort().join('|') : i.kind === 'target' ? 'T' : 'S'))
    .join(' ')}`;

/** Findings about the codebook itself, independent of any text. */
export function checkCodebook(codebook: Codebook): DictionaryFinding[] {
  const findings: DictionaryFinding[] = codebook.errors.map((e) => ({
    severity: 'error',
    where: `${e.file}:${e.line}`,
    message: e.message,
  }));
  const seen = new Map<string, Pattern>();
  for (const p of codebook.patterns) {
    if (isDerived(p)) continue;
    const key = shape(p);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, p);
      continue;
    }
    findings.push(
      first.code === p.code
        ? {
            severity: 'warning',
            where: `${p.file}:${p.line}`,
            message: `duplicate of ${first.file}:${first.line} (${key})`,
          }
        : {
            severity: 'error',
            where: `${p.file}:${p.line}`,
            message: `conflicts with ${first.file}:${first.line}: "${key}" is coded ${first.code} there and ${p.code} here`,
          },
    );
  }
  return findings;
}

export const isDerived = (p: Pattern): boolean => p.id.endsWith('(bare)');

/** The pattern id an event's rule starts with, without the coder's notes (" (passive)", " → intent 036", " [if]"). */
export function patternIdOf(rule: string): string {
  return rule.replace(/ \(bare\).*$/, '').replace(/ (?:\(|→|\[).*$/, '');
}

export function parseExamples(text: string): PatternExample[] {
  return text
    .split(/\r?\n/)
    .map((row, i) => ({ row, line: i + 1 }))
    .filter(({ row }) => row.trim() !== '' && !row.startsWith('#'))
    .map(({ row, line }) => {
      const [patternId = '', sentence = ''] = row.split('\t');
      return { patternId: patternId.trim(), sentence: sentence.trim(), line };
    });
}

/** Codes each example alone and says whether its pattern fired. */
export function runExamples(
  codebook: Codebook,
  code: (article: Article) => ArticleResult,
  examples: readonly PatternExample[],
): ExampleOutcome[] {
  const byId = new Map(codebook.patterns.map((p) => [p.id, p]));
  return examples.map((example) => {
    const pattern = byId.get(example.patternId) ?? null;
    if (pattern === null) return { example, pattern, fired: false, got: 'no such pattern (renamed or removed?)' };
    const result = code({
      id: `example-${example.line}`,
      date: '2022-03-01',
      title: null,
      url: null,
      source: null,
      text: example.sentence,
    });
    const fired = result.events.some(
      (e) => e.cameo === pattern.code && e.modality === 'asserted' && patternIdOf(e.rule) === pattern.id,
    );
    const got =
      result.events.length === 0
        ? 'no events'
        : result.events
            .map((e) => `${e.cameo} ${e.modality} ${e.source?.name ?? '-'}→${e.target?.name ?? '-'} (${e.rule})`)
            .join('; ');
    return { example, pattern, fired, got };
  });
}

/** Patterns of the codebook that no passing example exercises. */
export function unexercised(codebook: Codebook, outcomes: readonly ExampleOutcome[]): Pattern[] {
  const passed = new Set(outcomes.filter((o) => o.fired).map((o) => o.example.patternId));
  return codebook.patterns.filter((p) => !isDerived(p) && !passed.has(p.id));
}
