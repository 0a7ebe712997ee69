// Guards of costs on the actor stage's hot paths that no output shows (docs/reliability.md, the actors and nlp pass
// of session 31):
// - under tsx (esbuild) a `\p{…}` regex literal inside a function is compiled to `new RegExp(…)`, built again at each
//   call (parseName's two ran at every word of every name run);
// - the headline test of every sentence looked up each token's tag in a set before its capital;
// - the first-name pass indexed every article's persons, though most articles have no titled first name;
// - `registryOn` built a string key of the eras in force for every article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { Actor, Mention } from '../../src/types.ts';
import { withFirstNames } from '../../src/actors/first-names.ts';
import { registryOn } from '../../src/actors/eras.ts';
import type { ActorRegistry, Era } from '../../src/actors/registry.ts';
import { loadActorRegistry } from '../../src/actors/index.ts';

const ACTORS = new URL('../../src/actors/', import.meta.url);
const source = (file: string): string => readFileSync(new URL(file, ACTORS), 'utf8');

/** A regex literal with a Unicode property escape: `/^\p{Lu}/u`, `/[\p{L}\p{M}]+/u`. */
const PROPERTY_LITERAL = /(?:^|[\s(=!,&|?:])\/[^/\n]*\\[pP]\{[^/\n]*\/[a-z]*u/;

/** A line of code inside a function (indented: module-level constants start at the margin) with such a literal. */
function builtPerCall(line: string): boolean {
  const code = line.trimStart();
  if (line === code || code.startsWith('//') || code.startsWith('*')) return false;
  return PROPERTY_LITERAL.test(line);
}

test('no regex literal with a \\p{…} escape stands inside a function of the actor stage', () => {
  // The user dictionary is read once, at load: its slugs may build their regexes per call.
  const files = readdirSync(ACTORS).filter((f) => f.endsWith('.ts') && f !== 'user-dictionary.ts');
  assert.ok(files.length > 30, 'the stage was read');
  const found: string[] = [];
  for (const file of files) {
    source(file)
      .split('\n')
      .forEach((line, n) => {
        if (builtPerCall(line)) found.push(`${file}:${n + 1}`);
      });
  }
  assert.deepEqual(found, []);
});

test('the pattern finds the literals it guards against', () => {
  assert.ok(builtPerCall("    if (e > i && /^[\\p{L}\\p{M}'’-]+$/u.test(t.text)) {"));
  assert.ok(builtPerCall('  return a.id === null && /^\\p{Lu}\\p{L}+$/u.test(a.name);'));
  assert.ok(builtPerCall('    if (!/^\\P{Ll}/u.test(quote.text)) return;'));
  assert.ok(!builtPerCall('const UPPER_START = /^\\p{Lu}/u;'));
  assert.ok(!builtPerCall('    if (!NAME_WORD.test(t.text)) return null;'));
  assert.ok(!builtPerCall('// tsx compiles a `\\p{…}` literal to `new RegExp(…)`, which /u'));
});

test("the headline test reads a token's capital before its tag", () => {
  const text = source('recognize.ts');
  const start = text.indexOf('function titleCase(');
  const body = text.slice(start, text.indexOf('\n}\n', start));
  assert.ok(start >= 0 && body.includes('FUNCTION_POS.has'));
  assert.ok(body.indexOf('startsUppercase(') < body.indexOf('FUNCTION_POS.has'), body);
});

/** A dictionary person's mention whose actor counts the reads of its name. */
function countedPerson(reads: { name: number }): Mention {
  const actor: Actor = {
    text: 'Antony Blinken',
    name: 'Antony Blinken',
    code: 'USAGOV',
    country: 'USA',
    sector: 'GOV',
    type: 'person',
    id: 'blinken',
  };
  const counted = new Proxy(actor, {
    get(target, key) {
      if (key === 'name') reads.name++;
      return target[key as keyof Actor];
    },
  });
  return { actor: counted, kind: 'name', sentence: 0, firstToken: 0, endToken: 2, start: 0, end: 14, antecedent: null };
}

test('an article with no titled first name is not indexed by first names', () => {
  const reads = { name: 0 };
  const mentions = [countedPerson(reads), countedPerson(reads)];
  const out = withFirstNames(mentions);
  assert.equal(reads.name, 0);
  assert.equal(out.length, 2);
  assert.ok(out[0] === mentions[0] && out[1] === mentions[1]);
});

test('the registry as of a date is worked out once per date', () => {
  const base = loadActorRegistry(new URL('../../dictionaries/', import.meta.url).pathname, []);
  assert.ok(base.eras.size > 0, 'the dictionaries have eras');
  let walks = 0;
  // A copy whose eras count the walks over them: each working-out walks them once.
  const eras = new (class extends Map<string, readonly Era[]> {
    override [Symbol.iterator](): MapIterator<[string, readonly Era[]]> {
      walks++;
      return super[Symbol.iterator]();
    }
  })(base.eras);
  const reg: ActorRegistry = { ...base, eras };
  const first = registryOn(reg, '2022-03-01');
  const walked = walks;
  assert.ok(walked > 0);
  assert.equal(registryOn(reg, '2022-03-01'), first);
  assert.equal(walks, walked, 'the same date again walks no eras');
  assert.equal(registryOn(reg, '2022-03-02'), first, 'another date with the same eras in force: the same view');
  assert.ok(walks > walked);
});
