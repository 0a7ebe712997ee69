// The pipeline's output records share V8 hidden classes. In Node 20's V8 a spread copy given a key its source lacks
// (`{ ...event, location }`) gets a hidden class of its own, so every located event, linked quotation and actor
// summary had a different one, and every function reading them met a new shape per record (docs/reliability.md,
// ninth pass). These tests count the distinct hidden classes, which only V8's own test hook can see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { createPipeline } from '../../src/pipeline.ts';
import type { ArticleResult } from '../../src/types.ts';

v8.setFlagsFromString('--allow-natives-syntax');
// V8's test hook is reachable only through source text compiled after the flag is set.
const sameShape = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

/** Distinct hidden classes among `records`. */
function shapes(records: readonly object[]): number {
  const seen: object[] = [];
  for (const r of records) if (!seen.some((s) => sameShape(s, r))) seen.push(r);
  return seen.length;
}

const SEED = readFileSync(new URL('../../examples/000_03f4473717101d32.txt', import.meta.url), 'utf8');
const TEXTS = [
  SEED.replace(/^\s*date \S+ /, ''),
  'Russian forces shelled Kharkiv on Monday, Ukraine said. "We will not give up," President Volodymyr Zelensky ' +
    'said in Kyiv. Poland sent aid to Ukraine. NATO condemned the attack on Kharkiv. Russia denied that it had ' +
    'attacked civilians in Mariupol. "This is a provocation," Foreign Minister Sergey Lavrov said in Moscow.',
];

const pipeline = createPipeline();
const results: ArticleResult[] = [];
for (let round = 0; round < 3; round++)
  TEXTS.forEach((text, i) =>
    results.push(
      pipeline.code({ id: `shape-${round}-${i}`, date: '2022-03-01', title: null, url: null, source: null, text }),
    ),
  );

test('located events share a few hidden classes, not one each', () => {
  const events = results.flatMap((r) => r.events);
  assert.ok(events.length >= 20, `${events.length} events`);
  // Field representations (a confidence first seen whole, then fractional) may add a class or two.
  assert.ok(shapes(events) <= 3, `${shapes(events)} hidden classes for ${events.length} events`);
});

test('linked quotations share a few hidden classes, not one each', () => {
  const quotes = results.flatMap((r) => r.quotes);
  assert.ok(quotes.length >= 6, `${quotes.length} quotes`);
  assert.ok(shapes(quotes) <= 3, `${shapes(quotes)} hidden classes for ${quotes.length} quotes`);
});

test('actor summaries share a few hidden classes, not one each', () => {
  const actors = results.flatMap((r) => r.actors);
  assert.ok(actors.length >= 20, `${actors.length} actors`);
  // Two key orders (a person's actor lists type and id before its codes), each with its representations.
  assert.ok(shapes(actors) <= 4, `${shapes(actors)} hidden classes for ${actors.length} actor summaries`);
});
