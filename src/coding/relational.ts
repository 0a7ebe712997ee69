// "Ukraine's partners", "Kyiv's allies", "Israel's militia ally": a possessor before a noun of relation names whose
// allies or partners they are, not who acts. The possessor is no actor of the events coded around it.
import type { Doc, Mention } from '../types.ts';
import { POSSESSIVE_PRONOUNS } from './lexicon.ts';

/** Nouns that name others by their relation to the possessor. */
const RELATIONS = new Set([
  'ally',
  'allies',
  'partner',
  'partners',
  'friend',
  'friends',
  'neighbour',
  'neighbours',
  'neighbor',
  'neighbors',
  'enemy',
  'enemies',
  'adversary',
  'adversaries',
  'opponent',
  'opponents',
  'rival',
  'rivals',
  'foe',
  'foes',
  'critic',
  'critics',
  'backer',
  'backers',
  'supporter',
  'supporters',
  'sponsor',
  'sponsors',
]);

const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);

/** The mentions with those that only possess a noun of relation left out ("Ukraine's international partners"). */
export function withoutRelationPossessors(doc: Doc, mentions: readonly Mention[]): readonly Mention[] {
  return mentions.some((m) => possessesRelation(doc, m))
    ? mentions.filter((m) => !possessesRelation(doc, m))
    : mentions;
}

function possessesRelation(doc: Doc, m: Mention): boolean {
  const tokens = doc.tokens;
  const last = tokens[m.endToken - 1];
  if (last === undefined) return false;
  let k = m.endToken;
  // "Ukraine's partners", "the United States' friends", "our partners"; "Israel's militia ally" (a mention that
  // holds its own possessive and a noun before the relation).
  const possessive = POSSESSIVE_MARKS.has(tokens[k]?.text ?? '');
  if (possessive) k++;
  else if (!POSSESSIVE_PRONOUNS.has(last.lower) && !heldPossessive(doc, m)) return false;
  // Up to two modifiers between: "Ukraine's international partners", not a noun phrase of its own.
  for (let n = 0; n < 2 && tokens[k]?.pos === 'ADJ' && tokens[k]!.sentence === last.sentence; n++) k++;
  const head = tokens[k];
  return head !== undefined && head.sentence === last.sentence && RELATIONS.has(head.lower);
}

/** "Israel's militia": a mention whose own words hold a possessive before its last word. */
function heldPossessive(doc: Doc, m: Mention): boolean {
  for (let k = m.firstToken + 1; k < m.endToken - 1; k++) {
    if (POSSESSIVE_MARKS.has(doc.tokens[k]!.text)) return true;
  }
  return false;
}
