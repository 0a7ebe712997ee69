// roleNounAt answers at a word that opens no role noun without joining phrases: the same answers as joining them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { ROLE_NOUNS, roleNounAt } from '../../src/actors/aggressor.ts';
import type { Token } from '../../src/types.ts';

/** What roleNounAt answered by joining the two- and one-word phrases at every token. */
function joinedRoleNoun(
  tokens: readonly Token[],
  j: number,
  limit: number,
): { end: number; sector: string | null } | null {
  for (const n of [2, 1]) {
    if (j + n > limit) continue;
    const sector = ROLE_NOUNS.get(
      tokens
        .slice(j, j + n)
        .map((t) => t.lower)
        .join(' '),
    );
    if (sector !== undefined) return { end: j + n, sector };
  }
  return null;
}

test('every position of a text with role nouns, at every limit, as the joined phrases say', () => {
  const text =
    'The occupiers shelled the port, and the occupying forces of the aggressor state left. Enemy troops, the ' +
    'invader and the enemy withdrew; an aggressor country was named. Aggressor';
  const { tokens } = analyze({ id: 't', date: '2023-03-01', title: null, url: null, source: null, text });
  let found = 0;
  for (let j = 0; j <= tokens.length; j++) {
    for (const limit of [j, j + 1, j + 2, tokens.length]) {
      const expected = joinedRoleNoun(tokens, j, limit);
      assert.deepEqual(roleNounAt(tokens, j, limit), expected, `at ${j}, limit ${limit}`);
      if (expected !== null) found++;
    }
  }
  assert.ok(found >= 8, `${found} role nouns found`);
});
