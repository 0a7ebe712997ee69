// "Russian troops invaded … The occupiers shelled Kharkiv": "the occupiers", "the invaders", "the aggressor" and "the
// enemy" name one side of a war without naming its state. A careful reader takes that state from the article itself,
// only where the text says who invaded, occupies or is the aggressor: a state's adjective or name on one of these
// nouns or on the act ("Russian occupiers", "the Russian aggressor", "Russia's invasion", "the Russian occupation"),
// a state or its forces as the subject of the verb ("Russia invaded Ukraine", "Russian troops occupied Kherson") or
// its agent ("occupied by Russia"). Nothing is assumed: with no such words before the noun, or words naming two
// states, the noun stays no actor.
import type { Mention, Token } from '../types.ts';

/** Bare role nouns after "the", lowercase token sequences, with the sector of the actor they name (null: the state). */
export const ROLE_NOUNS: ReadonlyMap<string, string | null> = new Map([
  ['occupiers', 'MIL'],
  ['occupier', 'MIL'],
  ['invaders', 'MIL'],
  ['invader', 'MIL'],
  ['enemy', 'MIL'],
  ['occupation forces', 'MIL'],
  ['occupying forces', 'MIL'],
  ['occupation troops', 'MIL'],
  ['occupying troops', 'MIL'],
  ['enemy forces', 'MIL'],
  ['enemy troops', 'MIL'],
  ['aggressor', null],
  ['aggressor state', null],
  ['aggressor country', null],
]);

/** First words of the role nouns, so the scanner knows a phrase may start at such a token. */
export const ROLE_NOUN_STARTS: ReadonlySet<string> = new Set([...ROLE_NOUNS.keys()].map((p) => p.split(' ')[0]!));

/** Lemmas of the nouns and verbs of invading, occupying and aggression that bind a state to the role. */
export const ROLE_ACTS: ReadonlySet<string> = new Set([
  'invasion',
  'invader',
  'invade',
  'occupation',
  'occupier',
  'occupy',
  'aggression',
  'aggressor',
]);

/**
 * Lemmas of force that bind a state as the side that attacks, when the article binds no state by invasion,
 * occupation or aggression: "Russian strikes", "Russian shelling", "Russia attacked Kharkiv", "Russian missiles".
 * Either side of a war may strike, so these count only as a second tier: an article that names both sides' strikes
 * names no one enemy ("Ukrainian shelling" and "Russian strikes" leave "the enemy" no actor).
 */
export const FORCE_ACTS: ReadonlySet<string> = new Set([
  'attack',
  'strike',
  'shelling',
  'shell',
  'bombing',
  'bomb',
  'bombard',
  'bombardment',
  'missile',
  'offensive',
  'airstrike',
]);

/** The role noun at token `j` ("occupiers", "aggressor state"): its end and sector, or null. */
export function roleNounAt(
  tokens: readonly Token[],
  j: number,
  limit: number,
): { end: number; sector: string | null } | null {
  // Most words open no role noun: no phrase is joined to find that out (a token with a space in it is joined as before).
  const first = tokens[j]?.lower;
  if (first === undefined || (!ROLE_NOUN_STARTS.has(first) && !first.includes(' '))) return null;
  for (const n of [2, 1]) {
    if (j + n > limit) continue;
    const phrase = tokens
      .slice(j, j + n)
      .map((t) => t.lower)
      .join(' ');
    const sector = ROLE_NOUNS.get(phrase);
    if (sector !== undefined) return { end: j + n, sector };
  }
  return null;
}

/**
 * The state mention `m` (a state, or its forces) names as the side that invaded, occupies or is the aggressor, or null:
 * its own last word ("Russian occupiers"), the word after it or after its "'s" ("Russian invasion", "Russia's
 * aggression"), a verb right after it ("Russia invaded", "Russian troops occupied"), or "by" after such a verb before
 * it ("occupied by Russia"). `acts` are the lemmas that bind: ROLE_ACTS, or FORCE_ACTS for the second tier.
 */
export function boundAggressor(tokens: readonly Token[], m: Mention, acts: ReadonlySet<string>): string | null {
  const country = m.actor.country;
  if (country === null || (m.actor.sector !== null && m.actor.sector !== 'MIL')) return null;
  if (m.kind === 'pronoun') return null;
  const last = tokens[m.endToken - 1];
  if (m.actor.sector === 'MIL' && act(last, acts)) return country;
  let k = m.endToken;
  const possessive = tokens[k]?.lower;
  if (possessive === "'s" || possessive === '’s') k++;
  const next = tokens[k];
  if (next !== undefined && next.sentence === last?.sentence && act(next, acts)) {
    // "Russia invaded Ukraine", "Russian invasion"; not "Ukraine's occupied territories", a participle before its noun.
    const after = tokens[k + 1]?.pos ?? '';
    return next.lower.endsWith('ed') && (after === 'NOUN' || after === 'ADJ') ? null : country;
  }
  const by = tokens[m.firstToken - 1];
  const verb = tokens[m.firstToken - 2];
  return by?.lower === 'by' && verb?.pos === 'VERB' && act(verb, acts) ? country : null;
}

/**
 * A token of an act of aggression. Module-level, not a closure in `boundAggressor`, which runs for every mention:
 * under tsx each closure made also costs a `__name` call. Lemmas are lowercase already (see Token).
 */
function act(t: Token | undefined, acts: ReadonlySet<string>): boolean {
  return t !== undefined && acts.has(t.lemma);
}

/**
 * Lemmas of harm done to a side, after "they" ("They are shelling our cities", "They deport our people"). Not "fight"
 * or "attack": both sides fight, and "attack" is the verb an article also uses of its own side's counterattacks.
 */
const HARM_ACTS: ReadonlySet<string> = new Set([
  'shell',
  'bomb',
  'bombard',
  'destroy',
  'kill',
  'deport',
  'torture',
  'loot',
  'fire',
  'shoot',
  'blockade',
  'block',
]);

/** Auxiliaries and adverbs between "they" and its verb ("they are forcibly deporting", "they have already killed"). */
const BEFORE_VERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/** How many tokens after the verb the harmed side ("us", "our …") may stand. */
const OBJECT_REACH = 6;

/**
 * "They are destroying our cities", "They were killing us": "they" at `i` as the subject of an act of harm whose
 * object is "us" or "our …" names the other side of the speaker's war. Only the pronoun's own clause is read; whether
 * the article names one aggressor the caller decides.
 */
export function harmsSpeakersSide(tokens: readonly Token[], i: number): boolean {
  let v = i + 1;
  while (tokens[v] !== undefined && BEFORE_VERB.has(tokens[v]!.pos)) v++;
  const verb = tokens[v];
  if (verb === undefined || verb.pos !== 'VERB' || !HARM_ACTS.has(verb.lemma)) return false;
  const end = Math.min(tokens.length, v + 1 + OBJECT_REACH);
  for (let k = v + 1; k < end && tokens[k]!.sentence === verb.sentence; k++) {
    const w = tokens[k]!.lower;
    if (w === 'us' || w === 'our') return true;
    if (w === ',' || w === ';' || w === 'and' || w === 'because' || w === 'when') return false;
  }
  return false;
}
