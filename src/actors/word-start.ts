// Where a name stands in a text at the start of a word: a plain search where a regex per name was built before.

// Module level: tsx (esbuild) compiles a `\p{…}` literal to `new RegExp(…)`, which inside a function runs at each call.
const LETTER = /^\p{L}$/u;

/**
 * Whether `name` occurs in `text` at the start of a word (what `/(?:^|\P{L})NAME/u` tests), by `indexOf`: the
 * headline is searched for every president in the dictionary, and a regex built per name cost 3% of the coder's CPU
 * (docs/reliability.md, twelfth pass).
 */
export function occursAtWordStart(text: string, name: string): boolean {
  if (name === '') return true;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at === 0) return true;
    // The code point before the match: a surrogate pair is one letter or not, as the regex reads it.
    const pair = at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2));
    const before = pair ? text.slice(at - 2, at) : text[at - 1]!;
    if (!LETTER.test(before)) return true;
  }
  return false;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
