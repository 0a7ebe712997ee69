import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capitalPlural } from '../../src/actors/parse.ts';

// capitalPlural replaces a regex on a hot path: it must answer as the regex does on every string.
const REGEX = /^[A-Z][a-z]+[^s]s$/;

test('capitalPlural answers as /^[A-Z][a-z]+[^s]s$/ on words and edge cases', () => {
  const words = [
    'Presidents',
    'Ministers',
    'Mass',
    'Ass',
    'Abcs',
    'Abs',
    'AbCs',
    'Ab1s',
    'Ab-s',
    'abcs',
    'ABCs',
    'Ab.s',
  ];
  for (const w of [...words, 'Ukrainians', 'Russians’', "Presidents'", 'É', 'Éads', 'Abs ', 'Ab\ns', 'A', '', 's']) {
    assert.equal(capitalPlural(w), REGEX.test(w), JSON.stringify(w));
  }
});

test('capitalPlural answers as the regex on random strings over letters, digits and marks', () => {
  const alphabet = 'AaBbSsZz1-.\u00e9\u00c9 ';
  let seed = 7;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let n = 0; n < 20000; n++) {
    let w = next() % 2 === 0 ? 'P' : '';
    const length = next() % 7;
    for (let k = 0; k < length; k++) w += alphabet[next() % alphabet.length];
    if (next() % 2 === 0) w += 's';
    assert.equal(capitalPlural(w), REGEX.test(w), JSON.stringify(w));
  }
});
