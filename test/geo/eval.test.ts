// The location scorer (detente eval --geo): events found by sentence and trigger, null = null counts as right,
// recall over annotated countries, precision over ours, city right only where a city is annotated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateGeo, formatGeoReport, readGeoAnnotations } from '../../src/eval/geo.ts';
import type { Article, ArticleResult, Event, EventLocation } from '../../src/types.ts';

const article: Article = { id: 'a', date: null, title: null, url: null, source: null, text: 'x' };

const place = (name: string, country: string, type: EventLocation['type'] = 'city'): EventLocation => ({
  name,
  fullName: name,
  type,
  country,
  countryFips: null,
  adm1: null,
  lat: 0,
  long: 0,
  featureId: null,
  text: name,
  start: 0,
  end: name.length,
  basis: 'sentence',
});

const event = (sentence: string, trigger: string, location: EventLocation | null): Event => ({
  id: trigger,
  sentenceIndex: 0,
  sentence,
  trigger: { start: 0, end: trigger.length, text: trigger },
  date: null,
  source: null,
  target: null,
  cameo: '040',
  plover: null,
  mode: null,
  goldstein: 1,
  quadClass: 1,
  modality: 'asserted',
  reportedBy: null,
  confidence: 1,
  rule: 'r',
  dictionaryVersion: 'v',
  location,
});

const result: ArticleResult = {
  id: 'a',
  date: null,
  title: null,
  url: null,
  source: null,
  tone: 0,
  events: [
    event('Ministers met in Kyiv.', 'met', place('Kyiv', 'UKR')),
    event('Troops shelled Kharkiv region.', 'shelled', place('Kharkivska Oblast', 'UKR', 'adm1')),
    event('Putin called Macron.', 'called', place('Moscow', 'RUS')),
    event('He thanked them.', 'thanked', null),
  ],
  quotes: [],
  actors: [],
  diagnostics: [],
};

const LINES = [
  { articleId: 'a', sentence: 'Ministers met', trigger: 'met', country: 'UKR', city: 'Kyiv' },
  { articleId: 'a', sentence: 'Troops shelled', trigger: 'shelled', country: 'UKR', city: 'Kharkiv' },
  { articleId: 'a', sentence: 'Putin called', trigger: 'called', country: null, city: null },
  { articleId: 'a', sentence: 'He thanked', trigger: 'thanked', country: null, city: null },
  { articleId: 'a', sentence: 'Not coded', trigger: 'x', country: 'UKR', city: null },
  { articleId: 'missing', sentence: 'Anything', trigger: 'x', country: null, city: null },
];

test('the scorer counts countries, cities, recall and precision', () => {
  const read = readGeoAnnotations(LINES.map((l) => JSON.stringify(l)).join('\n'), 'geo.jsonl');
  assert.equal(read.records.length, 6);
  let calls = 0;
  const { report, diagnostics } = evaluateGeo(read.records, new Map([['a', article]]), () => {
    calls++;
    return result;
  });
  assert.equal(calls, 1); // one coding per article
  assert.equal(report.matched, 4);
  assert.equal(report.countryRight, 3); // Kyiv, Kharkiv region (country), thanked (null = null)
  assert.deepEqual([report.located, report.locatedRight], [2, 2]);
  assert.deepEqual([report.predicted, report.predictedRight], [3, 2]);
  assert.deepEqual([report.cities, report.cityRight], [2, 1]); // a division is no city
  assert.equal(report.misses.length, 2);
  assert.match(diagnostics[0]!.message, /^missing: article not in the corpus/);
  assert.match(formatGeoReport(report, 5), /country right \(null = null counts\):\s+75% \(3\/4\)/);
});

test('a bad annotation line is reported with its file and line', () => {
  const read = readGeoAnnotations(
    '{"articleId":"a","sentence":"s","trigger":"t","country":5,"city":null}\nnot json',
    'g.jsonl',
  );
  assert.equal(read.records.length, 0);
  assert.match(read.diagnostics[0]!.message, /^g\.jsonl:1: needs/);
  assert.match(read.diagnostics[1]!.message, /^g\.jsonl:2: not a JSON object/);
});

test("an annotated trigger finds the event whose span runs over the pattern's words", () => {
  const sentence = 'The UN chief denounced the offensive in Ukraine and called for a truce.';
  const two: ArticleResult = {
    ...result,
    events: [
      event(sentence, 'denounced', place('Ukraine', 'UKR', 'country')),
      event(sentence, 'called for a truce', null),
    ],
  };
  const line = { articleId: 'a', sentence: 'The UN chief', trigger: 'called for', country: null, city: null };
  const read = readGeoAnnotations(JSON.stringify(line), 'geo.jsonl');
  const { report } = evaluateGeo(read.records, new Map([['a', article]]), () => two);
  assert.equal(report.countryRight, 1); // the truce call, not the denunciation placed in Ukraine
});
