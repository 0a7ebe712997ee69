// Guards of costs on the actor stage's hot paths that no output shows (docs/reliability.md, the actors and nlp pass
// of session 31):
// (the `\p{…}` regex literals that tsx builds per call are guarded for every stage in test/pipeline/property-regexes);
// - the headline test of every sentence looked up each token's tag in a set before its capital;
// - the first-name pass indexed every article's persons, though most articles have no titled first name;
// - `registryOn` built a string key of the eras in force for every article;
// - an address's "you" (withAudience, once per answered question of a transcript) was looked for in every token of the
//   document (session 33).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Actor, Mention } from '../../src/types.ts';
import { withFirstNames } from '../../src/actors/first-names.ts';
import { registryOn } from '../../src/actors/eras.ts';
import type { ActorRegistry, Era } from '../../src/actors/registry.ts';
import { loadActorRegistry } from '../../src/actors/index.ts';

const ACTORS = new URL('../../src/actors/', import.meta.url);
const source = (file: string): string => readFileSync(new URL(file, ACTORS), 'utf8');

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

test("an address's audience is looked for in the address's own tokens only", async () => {
  const { withAudience } = await import('../../src/actors/audience-you.ts');
  // "you a a a …": a thousand tokens, a "you" in the address (tokens 500–509) and one outside it.
  const words = Array.from({ length: 1000 }, (_, k) => (k === 3 || k === 505 ? 'you' : 'a'));
  const text = words.join(' ');
  let offset = 0;
  const tokens = words.map((w) => {
    const t = {
      text: w,
      lower: w,
      lemma: w,
      pos: w === 'you' ? 'PRON' : 'NOUN',
      start: offset,
      end: offset + w.length,
    };
    offset += w.length + 1;
    return { ...t, sentence: 0 };
  });
  let reads = 0;
  const counted = new Proxy(tokens, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const doc = {
    article: { id: 't', date: null, title: null, url: null, source: null, text },
    tokens: counted,
    sentences: [{ index: 0, start: 0, end: text.length, text, firstToken: 0, endToken: 1000 }],
  };
  const address = { text: '', start: tokens[500]!.start, end: tokens[509]!.end, speaker: null };
  const audience = countedPerson({ name: 0 });
  const out = withAudience(doc, [], [address], address, audience);
  assert.deepEqual(
    out.map((m) => m.firstToken),
    [505],
  );
  assert.ok(reads < 100, `${reads} token reads for an address of ten tokens`);
});
