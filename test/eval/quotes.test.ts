// The quote-speaker scorer (issue 4): reading annotations, matching fragments and speakers, the report,
// and `detente eval --quotes` end to end on our own fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Actor, Article, ArticleResult, Quote } from '../../src/types.ts';
import {
  evaluateQuotes,
  findQuote,
  formatQuoteReport,
  normalizeQuoteText,
  readQuoteAnnotations,
  scoreQuotes,
  speakerCodeMatches,
  speakerNameMatches,
  type QuoteAnnotation,
} from '../../src/eval/quotes.ts';
import { readArticles } from '../../src/eval/corpus.ts';

const FIX = new URL('../fixtures/eval/quotes/', import.meta.url).pathname;
const BIN = new URL('../../bin/detente.js', import.meta.url).pathname;
const fixture = (name: string): string => readFileSync(`${FIX}${name}`, 'utf8');

function actor(name: string, code: string, country: string | null, sector: string | null, text = name): Actor {
  return { text, name, code, country, sector, type: 'person', id: null };
}

const LAVROV = actor('Sergey Lavrov', 'RUSGOV', 'RUS', 'GOV', 'Lavrov');
const ZELENSKY = actor('Volodymyr Zelenskyy', 'UKRGOV', 'UKR', 'GOV');
const PESKOV = actor('Dmitry Peskov', 'RUSGOVSPK', 'RUS', 'GOV');
const MOD = actor('Ministry of Defence of Russia', 'RUSMIL', 'RUS', 'MIL');

function quote(text: string, speaker: Actor | null): Quote {
  return { text, start: 0, end: text.length, speaker };
}

function result(id: string, quotes: Quote[]): ArticleResult {
  return {
    id,
    date: null,
    title: null,
    url: null,
    source: null,
    tone: 0,
    events: [],
    quotes,
    actors: [],
    diagnostics: [],
  };
}

function annotation(over: Partial<QuoteAnnotation> & { quote: string }): QuoteAnnotation {
  return { articleId: 'a', speaker: null, speakerCode: null, form: 'other', ...over };
}

test('the reader keeps valid annotations and names each bad line', () => {
  const { records, diagnostics } = readQuoteAnnotations(fixture('annotations.jsonl'), 'quotes');
  assert.deepEqual(
    records.map((r) => `${r.articleId}:${r.form}:${r.speaker ?? '-'}`),
    ['q1:X-said:Sergei Lavrov', 'q1:pronoun:Sergey Lavrov', 'q2:said-X:Volodymyr Zelensky', 'q404:other:Nobody Known'],
  );
  assert.equal(records[3]?.speakerCode, null);
  assert.deepEqual(
    diagnostics.map((d) => d.message.replace(/ must be one of .*/, ' must be one of …')),
    ['quotes:6: "form" must be one of …', 'quotes:7: needs a "quote" fragment', 'quotes:8: not valid JSON'],
  );
});

test('fragments are compared without quote-mark, apostrophe, dash, whitespace, case or end-punctuation differences', () => {
  assert.equal(normalizeQuoteText('We don’t  need\nyour “sanctions” – now,'), "we don't need your sanctions - now");
  assert.equal(normalizeQuoteText('‘Nothing about Ukraine’'), 'nothing about ukraine');
  const quotes = [quote('Nobody is interested in war.', null), quote("We don't need your sanctions after it,", LAVROV)];
  assert.equal(findQuote('We don’t need your sanctions', quotes), quotes[1]);
  assert.equal(findQuote('We do not need your sanctions', quotes), null);
  assert.equal(findQuote('  ', quotes), null);
});

test('speaker names match in full or by surname, with transliteration variants folded', () => {
  assert.ok(speakerNameMatches('Sergei Lavrov', LAVROV));
  assert.ok(speakerNameMatches('lavrov', actor('Lavrov', 'RUSGOV', 'RUS', 'GOV')));
  assert.ok(speakerNameMatches('Volodymyr Zelensky', ZELENSKY));
  assert.ok(speakerNameMatches('Volodymyr Zelenskiy', actor('Zelensky', 'UKRGOV', 'UKR', 'GOV')));
  assert.ok(!speakerNameMatches('Dmitry Peskov', LAVROV));
  assert.ok(!speakerNameMatches('Sergey Lavrov', null));
  // A one-word expected name (an organisation or a bare surname) needs the whole name, not a last word.
  assert.ok(!speakerNameMatches('Defence', MOD));
  assert.ok(speakerNameMatches('Energoatom', actor('Energoatom', 'UKRBUS', 'UKR', 'BUS')));
});

test('speaker codes match exactly or by country and sector', () => {
  assert.ok(speakerCodeMatches('RUSGOV', LAVROV));
  assert.ok(speakerCodeMatches('rusgov', PESKOV)); // RUSGOVSPK: country RUS, sector GOV
  assert.ok(speakerCodeMatches('RUSMIL', MOD));
  assert.ok(!speakerCodeMatches('UKRGOV', LAVROV));
  assert.ok(!speakerCodeMatches('RUSMIL', LAVROV));
  assert.ok(!speakerCodeMatches('BUS', LAVROV));
  assert.ok(!speakerCodeMatches('RUSGOV', null));
});

test('the score counts found quotes, right speakers by name and by code, per form, and classifies misses', () => {
  const annotations: QuoteAnnotation[] = [
    annotation({ quote: 'We will not accept', speaker: 'Sergey Lavrov', speakerCode: 'RUSGOV', form: 'X-said' }),
    annotation({
      quote: 'Our patience is not endless',
      speaker: 'Sergey Lavrov',
      speakerCode: 'RUSGOV',
      form: 'pronoun',
    }),
    annotation({ quote: 'The operation goes to plan', speaker: 'Dmitry Peskov', speakerCode: 'RUSGOV', form: 'title' }),
    annotation({
      quote: 'As a result of sabotage',
      speaker: 'Russian Defence Ministry',
      speakerCode: 'RUSMIL',
      form: 'title',
    }),
    annotation({
      quote: 'Never quoted by us at all',
      speaker: 'Sergey Lavrov',
      speakerCode: 'RUSGOV',
      form: 'partial',
    }),
    annotation({ quote: 'A rumour says so', form: 'other' }),
    annotation({ articleId: 'gone', quote: 'Not coded', speaker: 'X Y', speakerCode: 'USAGOV', form: 'other' }),
  ];
  const quotes = [
    quote('We will not accept any ultimatum,', LAVROV),
    quote('Our patience is not endless.', null),
    quote('The operation goes to plan.', LAVROV), // same country and sector as Peskov, another person
    quote('As a result of sabotage, a depot was damaged.', MOD),
    quote('A rumour says so.', PESKOV),
  ];
  const report = scoreQuotes(annotations, new Map([['a', result('a', quotes)]]));
  assert.equal(report.annotated, 7);
  assert.equal(report.found, 5);
  assert.equal(report.rightByName, 1);
  assert.equal(report.rightByCode, 3);
  assert.equal(report.right, 3);
  assert.deepEqual(report.byForm['title'], { annotated: 2, found: 2, right: 2 });
  assert.deepEqual(report.byForm['pronoun'], { annotated: 1, found: 1, right: 0 });
  assert.deepEqual(report.missKinds, {
    'no-speaker': 1,
    'quote-not-found': 1,
    'spurious-speaker': 1,
    'article-absent': 1,
  });
  assert.deepEqual(report.misses[0], {
    articleId: 'a',
    quote: 'Our patience is not endless',
    form: 'pronoun',
    expected: 'Sergey Lavrov (RUSGOV)',
    got: '(none)',
    kind: 'no-speaker',
  });
  const text = formatQuoteReport(report, 2);
  assert.match(text, /speaker right\s+3 {2}42\.9% of annotated, 60\.0% of found/);
  assert.match(text, /^title\s+2\s+2\s+2\s+100\.0%$/m);
  assert.match(text, /… 2 more/);
});

test('evaluateQuotes codes each annotated article once and reports ids missing from the corpus', () => {
  const { records } = readQuoteAnnotations(fixture('annotations.jsonl'), 'quotes');
  const { articles } = readArticles(fixture('corpus.jsonl'), 'corpus');
  const coded: string[] = [];
  const code = (a: Article): ArticleResult => {
    coded.push(a.id);
    return result(a.id, [quote(a.text, a.id === 'q1' ? LAVROV : ZELENSKY)]);
  };
  const { report, diagnostics } = evaluateQuotes(records, new Map(articles.map((a) => [a.id, a])), code);
  assert.deepEqual(coded, ['q1', 'q2']);
  assert.equal(report.right, 3);
  assert.equal(diagnostics.length, 1);
  assert.match(diagnostics[0]!.message, /article q404 is annotated but not in the corpus/);
});

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('eval --quotes without its corpus says so plainly and exits 2', () => {
  const r = run('eval', '--quotes', `${FIX}annotations.jsonl`, '--corpus', `${FIX}no-such-corpus.jsonl`);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /corpus .*no-such-corpus\.jsonl does not exist/);
});

test('eval --quotes --json scores the fixtures through the real pipeline', () => {
  const r = run('eval', '--quotes', `${FIX}annotations.jsonl`, '--corpus', `${FIX}corpus.jsonl`, '--json');
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout) as {
    annotated: number;
    found: number;
    right: number;
    byForm: Record<string, { annotated: number }>;
    diagnostics: { ruleId: string }[];
  };
  assert.equal(json.annotated, 4);
  assert.equal(json.found, 3);
  assert.ok(json.right <= json.found);
  assert.deepEqual(Object.keys(json.byForm).sort(), ['X-said', 'other', 'pronoun', 'said-X']);
  assert.deepEqual(
    json.diagnostics.map((d) => d.ruleId),
    ['eval/bad-quote', 'eval/bad-quote', 'eval/bad-quote', 'eval/quote-article-absent'],
  );
});
