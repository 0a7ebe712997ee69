import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atWordStarts, occursAtWordStart } from '../../src/actors/word-start.ts';

/** What the headline search did before: a regex built per name. */
function byRegex(text: string, name: string): boolean {
  return new RegExp(`(?:^|\\P{L})${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text);
}

/** A PRNG (a linear congruential generator from `seed`) that draws an index below `n`. */
function draws(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
}

/** `count` texts of up to seven of `pieces` each, drawn from `seed`, with a `next` for further draws. */
function* randomTexts(
  pieces: readonly string[],
  seed: number,
  count: number,
): Generator<[string, (n: number) => number]> {
  const next = draws(seed);
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let n = next(8); n > 0; n--) text += pieces[next(pieces.length)];
    yield [text, next];
  }
}

test('a name counts at the start of a word, with letters allowed after it', () => {
  assert.equal(occursAtWordStart('Zelenskyy meets Biden', 'Zelensky'), true);
  assert.equal(occursAtWordStart('Talks with Biden.', 'Biden'), true);
  assert.equal(occursAtWordStart('“Biden”', 'Biden'), true);
  assert.equal(occursAtWordStart('Obiden said', 'Biden'), false);
  assert.equal(occursAtWordStart('ÉBiden', 'Biden'), false);
  assert.equal(occursAtWordStart('biden', 'Biden'), false); // case counts, as in the regex
});

test('agrees with the regex it replaces, astral letters and lone surrogates included', () => {
  const pieces = ['Putin', 'Xi', ' ', 'a', 'É', '-', '𝐀', '\ud835', '\udc00', '(', 'X', 'i', 'P'];
  const names = ['Putin', 'Xi', 'Xi Jinping', 'P.', 'a(b'];
  for (const [text, next] of randomTexts(pieces, 7, 3000)) {
    const name = names[next(names.length)]!;
    assert.equal(occursAtWordStart(text, name), byRegex(text, name), JSON.stringify([text, name]));
  }
});

test('the names found in one pass over the text are those each search finds, in the list order', () => {
  const pieces = ['Putin', 'Xi', ' ', 'a', 'É', '-', '𝐀', '\ud835', '\udc00', '(', 'X', 'i', 'P', 'Zelenskyy'];
  // A name twice in the list is found twice, as a filter keeps it twice; an empty name occurs everywhere.
  const list = ['Putin', 'Xi', 'Xi Jinping', 'P.', 'a(b', 'Zelensky', 'Xi', '', '𝐀X', 'É'].map((name) => ({ name }));
  for (const [text] of randomTexts(pieces, 11, 3000)) {
    const expected = list.filter((x) => occursAtWordStart(text, x.name));
    assert.deepEqual(atWordStarts(text, list), expected, JSON.stringify(text));
  }
  assert.deepEqual(
    atWordStarts('Xi meets Zelenskyy', list).map((x) => x.name),
    ['Xi', 'Zelensky', 'Xi', ''],
  );
});
