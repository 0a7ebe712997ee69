// Dictionary checks for `detente dict check`: parse errors and unknown codes, duplicate and
// conflicting patterns, and patterns that no fixture sentence exercises.
import type { Codebook } from './codebook.ts';
import type { Pattern } from './patterns.ts';

export interface DictionaryFinding {
  readonly severity: 'error' | 'warning' | 'info';
  readonly where: string; // file:line
  readonly message: string;
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
    if (p.id.endsWith('(bare)')) continue;
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

/** Patterns (by id) that never fired on the given coded rules; `fired` holds event rule strings. */
export function unexercised(codebook: Codebook, fired: Iterable<string>): Pattern[] {
  const used = new Set<string>();
  for (const rule of fired) {
    const id = rule.replace(/ \(bare\).*$/, '').replace(/ (?:\(|→|\[).*$/, '');
    used.add(id);
  }
  return codebook.patterns.filter((p) => !p.id.endsWith('(bare)') && !used.has(p.id));
}
