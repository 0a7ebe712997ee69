// Organisations no dictionary knows, read from the shape of their names: a run of capitalised words with a head
// noun that names a body ("Union of Teachers", "Observatory for Human Rights", "Umma (Nation) party"). The head
// noun, and a few words of the name, give the sector; the country comes from the caller (a country adjective or
// name before the run, "the Nigerian Union of Teachers") or from a state named in the run's first words ("United
// Russia party"). A run with another organisation or a region in it ("Party of European Socialists") is no such
// name: it spans more than one body, or a body above states.
import type { Token } from '../types.ts';
import type { ActorRegistry, NamedActor } from './registry.ts';
import { isPossessive, parseQualifier, parseTitle } from './parse.ts';

// Unicode-property regexes live at module level: tsx (esbuild) compiles a `\p{…}` literal to `new RegExp(…)`, which
// inside a function would build the regex at every call.
const CAPITALISED_NAME_WORD = /^\p{Lu}[\p{L}.-]*$/u;

/** Head nouns of a body's name and the sector they give ('' = none: the state's code alone). */
const HEADS: ReadonlyMap<string, string> = new Map([
  ['party', 'PTY'],
  ['front', ''],
  ['movement', ''],
  ['union', ''],
  ['army', 'MIL'],
  ['forces', 'MIL'],
  ['militia', 'REB'],
  ['council', ''],
  ['congress', ''],
  ['league', ''],
  ['federation', ''],
  ['confederation', ''],
  ['association', ''],
  ['organisation', ''],
  ['organization', ''],
  ['committee', ''],
  ['alliance', ''],
  ['coalition', ''],
  ['observatory', ''],
  ['group', ''],
]);
/** Heads that may follow the capitalised run in lowercase ("the Umma party", "the Islamic Jihad movement"). */
const LOWER_HEADS = new Set(['party', 'front', 'movement', 'union', 'army', 'militia', 'group']);
/** Words of a name that override the head's sector: an armed or a labour body, a rights group. */
const NAME_SECTORS: ReadonlyMap<string, string> = new Map([
  ['liberation', 'REB'],
  ['revolutionary', 'REB'],
  ['resistance', 'REB'],
  ['rebel', 'REB'],
  ['mujahideen', 'REB'],
  ['workers', 'LAB'],
  ['teachers', 'LAB'],
  ['labour', 'LAB'],
  ['labor', 'LAB'],
  ['unions', 'LAB'],
  ['employees', 'LAB'],
  ['miners', 'LAB'],
  ['students', 'EDU'],
  ['farmers', 'AGR'],
  ['peasants', 'AGR'],
  ['journalists', 'MED'],
  ['rights', 'NGO'],
]);
/** Lowercase words that may join the capitalised words of one name ("Justice and Equality Movement"). */
const LINKS = new Set(['of', 'for', 'and']);
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

export interface NamedBody {
  readonly end: number;
  readonly sector: string;
  /** The head noun ("party", "union"), lowercased, and the token after it. */
  readonly head: string;
  readonly headEnd: number;
  /** Capitalised words before the head ("Umma" in "Umma party"): none in "Union of Teachers". */
  readonly before: number;
  /** A state named in the run's first two words ("United Russia party"), or null. */
  readonly state: NamedActor | null;
}

function capitalised(t: Token | undefined): boolean {
  if (t === undefined || (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ')) return false;
  // The only ASCII capitals are A–Z: most words are ruled out by their first character code before the regex.
  const c = t.text.charCodeAt(0);
  if (c < 0x80 && (c < 0x41 || c > 0x5a)) return false;
  return CAPITALISED_NAME_WORD.test(t.text) && !CALENDAR.test(t.lower);
}

/** A body's name starting at `i` (the words after any country qualifier), or null. */
export function parseNamedBody(
  reg: ActorRegistry,
  tokens: readonly Token[],
  i: number,
  limit: number,
): NamedBody | null {
  const name = nameToHead(reg, tokens, i, limit);
  if (name === null) return null;
  const { headEnd, head } = name;
  let state = name.state;
  let override = name.override;
  let end = headEnd;
  // The complement: "Union of Teachers", "Observatory for Human Rights", "Communist Party of the Russian Federation".
  const link = tokens[end]?.lower;
  if (link === 'of' || link === 'for' || link === 'in') {
    let k = end + 1;
    if (tokens[k]?.lower === 'the') k++;
    const q = capitalised(tokens[k]) ? parseQualifier(reg, tokens, k, limit) : null;
    if (q !== null) {
      if (q.actor.type === 'state' && q.kind === 'state' && state === null) {
        state = q.actor;
        end = q.nameEnd;
      }
    } else {
      // Capitalised words joined by "and", up to the last plural one: "Industrialists and Entrepreneurs" but not
      // the "Alexander Shokhin" after it, nor "Liberation" when nothing plural ends the complement.
      while (k < limit && capitalised(tokens[k])) {
        const t = tokens[k]!;
        if (parseQualifier(reg, tokens, k, limit) !== null || parseTitle(reg, tokens, k, limit) !== null) break;
        k++;
        if (plural(t)) {
          end = k;
          override = NAME_SECTORS.get(t.lower) ?? override;
        }
        if (tokens[k]?.lower === 'and' && capitalised(tokens[k + 1])) k++;
      }
    }
  }
  // A party is a party whatever its name says ("Labour Party", "Revolutionary Party").
  const sector = head === 'PTY' || override === '' ? head : override;
  return { end, sector, head: name.headWord, headEnd, before: name.before, state };
}

/** "Teachers", "Rights": the tagger leaves proper nouns unlemmatised, so the ending decides. */
function plural(t: Token): boolean {
  return /[^s'’]s$/.test(t.lower);
}

/** The capitalised words of a name up to its head noun ("Syrian National Council", "Umma (Nation) party"). */
function nameToHead(
  reg: ActorRegistry,
  tokens: readonly Token[],
  i: number,
  limit: number,
): {
  headEnd: number;
  head: string;
  headWord: string;
  before: number;
  override: string;
  state: NamedActor | null;
} | null {
  if (!capitalised(tokens[i])) return null;
  let k = i;
  let before = 0;
  let override = '';
  let state: NamedActor | null = null;
  while (k < limit) {
    const t = tokens[k]!;
    if (capitalised(t)) {
      // "Communist Party General Secretary Xi": a title starts the next mention.
      if (k > i && parseTitle(reg, tokens, k, limit) !== null) return null;
      const q = parseQualifier(reg, tokens, k, limit);
      if (q !== null) {
        // A state in the first two words names the body's country; anything else known ends the reading.
        if (q.actor.type !== 'state' || (q.kind !== 'state' && q.kind !== 'adjective')) return null;
        if (k > i + 1 || state !== null) return null;
        state = q.actor;
        k = q.nameEnd;
        before++;
        continue;
      }
      const h = HEADS.get(t.lower);
      override = NAME_SECTORS.get(t.lower) ?? override;
      if (h !== undefined) return { headEnd: k + 1, head: h, headWord: t.lower, before, override, state };
      before++;
      k++;
      continue;
    }
    // "People's", "Workers'": a possessive inside the name.
    if (k > i && isPossessive(tokens, k, limit) && capitalised(tokens[k + 1])) {
      k++;
      continue;
    }
    // "Umma (Nation) party": a translated name in brackets, then more of the name.
    if (t.text === '(' && k > i) {
      let c = k + 1;
      while (c < limit && c < k + 4 && capitalised(tokens[c])) c++;
      const after = tokens[c + 1];
      if (c > k + 1 && tokens[c]?.text === ')' && (capitalised(after) || LOWER_HEADS.has(after?.lower ?? ''))) {
        k = c + 1;
        continue;
      }
      return null;
    }
    if (LINKS.has(t.lower) && k > i && capitalised(tokens[k + 1])) {
      k++;
      continue;
    }
    // "the Umma party", "the Islamic Jihad movement": a lowercase head right after the capitalised words.
    if (LOWER_HEADS.has(t.lower) && t.text === t.lower && k > i) {
      return { headEnd: k + 1, head: HEADS.get(t.lower)!, headWord: t.lower, before, override, state };
    }
    return null;
  }
  return null;
}
