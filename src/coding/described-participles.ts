// A past participle that describes people or a place after its noun, "the territories occupied by Russia", "the people
// deported by Russia", "the maternity hospital bombed in Mariupol", names harm already done, whatever the clause it
// stands in says of its own act: "we must find all the people deported by Russia", "Kyiv will return the territories
// occupied by Russia", "Kyiv would lose territory illegally occupied by Russia". The deportation, the occupation, are
// asserted, not hypothetical or announced like the finding or the return (index.ts), and no charge the clause's
// speaker makes (claims.ts). Only nouns of people and places (victims.ts), and only with the participle's agent, place
// or time after it: "if seized by terrorists" or "can be destroyed" describe no noun. (A participle before its noun,
// "the occupied territories", names no act the patterns code in such a clause.)
import type { Token } from '../types.ts';
import type { SentenceContext } from './context.ts';
import type { ModalityReading } from './modality.ts';
import { isVictimNoun } from './victims.ts';

/** People and land a participle of harm describes besides victims.ts's nouns: "the soldiers wounded", "lands occupied". */
const MORE_DESCRIBED = new Set(
  'soldiers servicemen defenders prisoners hostages captives region regions land lands'.split(' '),
);

/** Prepositions after a participle that follows its noun: its agent, "occupied by Russia", or its place and time. */
const AFTER_PARTICIPLE = new Set(['by', 'in', 'during']);

/** A past participle: "occupied", "deported", "stolen" (the tagger may call one in -ed an adjective). */
function participle(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'ADJ') return false;
  return t.lower.endsWith('ed') || (t.pos === 'VERB' && t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower));
}

/** A reading that is not the plain assertion of the clause's act: hypothetical, or announced ("will return"). */
export function unasserted(read: ModalityReading): boolean {
  return read.modality === 'hypothetical' || read.announced !== null;
}

/**
 * The trigger is a past participle right after a noun of people or places, past adverbs ("territory illegally
 * occupied"), with "by", "in" or "during" after it: it describes that noun. (A main verb has an auxiliary or an object
 * between: "the cities were shelled by", "the troops shelled cities in".)
 */
export function describedParticiple(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  if (!participle(tokens[trigger]!) || !AFTER_PARTICIPLE.has(tokens[trigger + 1]?.lower ?? '')) return false;
  let k = trigger - 1;
  while (k >= first && tokens[k]!.pos === 'ADV') k--;
  const noun = tokens[k];
  return k >= first && noun!.pos === 'NOUN' && (isVictimNoun(noun!.lower) || MORE_DESCRIBED.has(noun!.lower));
}
