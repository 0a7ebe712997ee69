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
    // The code point before the match: a surrogate pair is one letter or not, as the regex reads it.
    if (wordStartAt(text, at)) return true;
  }
  return false;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Something searched for by its name. */
export interface Named {
  readonly name: string;
}

/** A list's items by the first character code of their names; items with an empty name apart. */
interface FirstCodes {
  readonly byCode: ReadonlyMap<number, readonly number[]>;
  readonly empty: readonly number[];
}

/** Built once per list: the lists searched (the registry's presidents) do not change after loading. */
const firstCodesOf = new WeakMap<readonly Named[], FirstCodes>();

function firstCodes(list: readonly Named[]): FirstCodes {
  let index = firstCodesOf.get(list);
  if (index === undefined) {
    const byCode = new Map<number, number[]>();
    const empty: number[] = [];
    list.forEach((item, k) => {
      if (item.name === '') return void empty.push(k);
      const code = item.name.charCodeAt(0);
      const at = byCode.get(code);
      if (at === undefined) byCode.set(code, [k]);
      else at.push(k);
    });
    index = { byCode, empty };
    firstCodesOf.set(list, index);
  }
  return index;
}

/**
 * The items of `list` whose names occur in `text` at the start of a word, in the list's order: what
 * `list.filter((x) => occursAtWordStart(text, x.name))` gives, in one pass over the text. The headline was searched
 * for each of the registry's 775 presidents, an `indexOf` each, in every article with a bare "the President"; now
 * only the names that start with a character of the headline are tried there.
 */
export function atWordStarts<T extends Named>(text: string, list: readonly T[]): T[] {
  const { byCode, empty } = firstCodes(list);
  const found = new Set<number>(empty);
  for (let at = 0; at < text.length; at++) {
    const candidates = byCode.get(text.charCodeAt(at));
    if (candidates === undefined) continue;
    for (const k of candidates) {
      if (!found.has(k) && text.startsWith(list[k]!.name, at) && wordStartAt(text, at)) found.add(k);
    }
  }
  return [...found].sort((a, b) => a - b).map((k) => list[k]!);
}

/** A word starts at `at`: the text's start, or after a code point that is no letter (a surrogate pair read as one). */
function wordStartAt(text: string, at: number): boolean {
  if (at === 0) return true;
  const pair = at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2));
  return !LETTER.test(pair ? text.slice(at - 2, at) : text[at - 1]!);
}
