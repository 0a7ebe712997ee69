// The pattern coverage battery (test/fixtures/patterns/battery.tsv): short news-style sentences per PLOVER category,
// in the constructions news uses (passive, nominal, perfect, progressive, headline). Each must yield an asserted
// event of its category with the given source and target, so a dictionary or coder change that loses a common
// wording of an event shows up here, not only in the gold scores.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createPipeline } from '../../src/pipeline.ts';

interface Case {
  readonly line: number;
  readonly categories: readonly string[];
  readonly source: string;
  readonly target: string;
  readonly sentence: string;
}

const tsv = new URL('../fixtures/patterns/battery.tsv', import.meta.url).pathname;
const cases: Case[] = readFileSync(tsv, 'utf8')
  .split('\n')
  .map((text, i) => ({ text, line: i + 1 }))
  .filter(({ text }) => text.trim() !== '' && !text.startsWith('#'))
  .map(({ text, line }) => {
    const [categories = '', source = '', target = '', sentence = ''] = text.split('\t');
    return { line, categories: categories.split('|'), source, target, sentence };
  });

const code = createPipeline().code;

/** Whether the sentence yields an asserted event of one of the case's categories with its source and target. */
function passes(c: Case): string | null {
  const { events } = code({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text: c.sentence });
  const asserted = events.filter((e) => e.modality === 'asserted');
  const ok = asserted.some(
    (e) =>
      (c.categories.includes(e.plover ?? '') || c.categories.includes(e.cameo.slice(0, 2))) &&
      (e.source?.code ?? '').startsWith(c.source) &&
      (c.target === '-' || (e.target?.code ?? '').startsWith(c.target)),
  );
  if (ok) return null;
  const got = events.map((e) => `${e.modality} ${e.cameo} ${e.plover ?? '-'} ${e.source?.code}→${e.target?.code}`);
  return `line ${c.line}: want ${c.categories.join('|')} ${c.source}→${c.target} in "${c.sentence}"; got ${got.join('; ') || 'nothing'}`;
}

test('the pattern battery covers every PLOVER category', () => {
  const categories = new Set(cases.flatMap((c) => c.categories));
  for (const plover of ['ASSAULT', 'SANCTION', 'COERCE', 'PROTEST', 'AID', 'RETREAT', 'CONCEDE', 'MOBILIZE'])
    assert.ok(categories.has(plover), plover);
  for (const plover of ['THREATEN', 'REQUEST', 'REJECT', 'ACCUSE', 'SUPPORT', 'COOPERATE', 'CONSULT', 'AGREE'])
    assert.ok(categories.has(plover), plover);
});

test('every battery sentence yields its event', () => {
  const failures = cases.map(passes).filter((f): f is string => f !== null);
  assert.deepEqual(failures, [], `${failures.length} of ${cases.length} failed`);
});
