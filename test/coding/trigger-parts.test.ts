import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCodebook } from '../../src/coding/codebook.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const codebook = loadCodebook(DIR);

test("a trigger's verb and noun patterns are kept apart, each most specific first in the file's order", () => {
  let both = 0;
  for (const [word, parts] of codebook.byTrigger) {
    assert.ok(parts.verbs.length + parts.nouns.length > 0, word);
    assert.ok(
      parts.verbs.every((p) => !p.noun),
      `${word}: verbs`,
    );
    assert.ok(
      parts.nouns.every((p) => p.noun),
      `${word}: nouns`,
    );
    for (const list of [parts.verbs, parts.nouns]) {
      const all = codebook.patterns.filter((p) => list.includes(p));
      const expected = [...all].sort((a, b) => b.items.length - a.items.length);
      assert.deepEqual(
        list.map((p) => p.id),
        expected.map((p) => p.id),
        word,
      );
    }
    if (parts.verbs.length > 0 && parts.nouns.length > 0) both++;
  }
  assert.ok(both > 10, 'some triggers are both verbs and nouns ("attack", "visit")');
  const attack = codebook.byTrigger.get('attack');
  assert.ok(attack !== undefined && attack.verbs.length > 0 && attack.nouns.length > 0);
});
