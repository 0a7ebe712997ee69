// Guards of costs on the coder's hot paths that no output shows (docs/reliability.md, twenty-second pass):
// - an arrow function in `eventsOf` that reads its locals makes V8 keep them in a context allocated at every match;
// - `flatMap` runs its callback through a builtin V8 does not inline, in recoding passes run on every sentence's events;
// - under tsx (esbuild's keepNames) every named closure made, a `const f = (…) => …` inside a function or an arrow in a
//   class field, costs a `__name` call (Object.defineProperty): in functions run at every match, event or document
//   they were 1.6% of the pipeline's samples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const source = (file: string): string => readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');

/** The text of the top-level function `name` of `text`, up to the next top-level declaration. */
function functionText(text: string, name: string): string {
  const start = text.search(new RegExp(`^(?:export )?function ${name}\\(`, 'm'));
  assert.ok(start >= 0, `${name} not found`);
  const rest = text.slice(start + 1);
  const next = rest.search(/^(?:export )?(?:function|const|interface|type|class) /m);
  return next < 0 ? rest : rest.slice(0, next);
}

/** `const name = (…) =>` or `const name = x =>`: a named closure made at each call. */
const NAMED_CLOSURE = /\bconst \w+(?:: [^=]+)? = (?:\([^)]*\)|\w+)(?:: [^=]+)? =>/;

test('eventsOf makes no closures (its locals stay off the heap)', () => {
  const body = functionText(source('coding/index.ts'), 'eventsOf');
  assert.ok(body.length > 10_000, 'the whole function was read');
  assert.deepEqual(body.match(/=>/g) ?? [], []);
});

test('the recoding passes over every sentence with events loop rather than flatMap', () => {
  assert.doesNotMatch(functionText(source('coding/senses.ts'), 'withVerbSenses'), /\.flatMap\(/);
  assert.doesNotMatch(functionText(source('coding/supported-wars.ts'), 'withSupportedWars'), /\.flatMap\(/);
});

test('functions run per match, event or document make no named closures', () => {
  const hot: [string, string][] = [
    ['coding/unrealized-acts.ts', 'brinkOf'],
    ['coding/year-dates.ts', 'dateOfEvent'],
    ['coding/roles.ts', 'sharedObjectStart'],
    ['coding/restated-outcomes.ts', 'restatedOutcome'],
    ['coding/later-meetings.ts', 'noteLaterMeeting'],
    ['coding/modality.ts', 'coordinatedInfinitive'],
    ['coding/clause-tests.ts', 'nominalGerund'],
    ['coding/roles.ts', 'definiteHead'],
    ['actors/roles.ts', 'personOn'],
    ['actors/regional-office.ts', 'regionEnd'],
  ];
  for (const [file, name] of hot) assert.doesNotMatch(functionText(source(file), name), NAMED_CLOSURE, name);
  // The actor scanner is made per document: no class field holds an arrow function.
  assert.doesNotMatch(source('actors/recognize.ts'), /^ {2}private readonly \w+ = \(/m);
});

test('the named-closure pattern finds the forms it guards against', () => {
  assert.match('  const named = (a: Actor | null): boolean =>', NAMED_CLOSURE);
  assert.match('  const lightVerb = (t: Token | undefined): boolean => t', NAMED_CLOSURE);
  assert.match('    const conjunction = (w: Token | undefined): boolean => w', NAMED_CLOSURE);
  assert.doesNotMatch('  const x = list.some((a) => a.ok);', NAMED_CLOSURE);
});
