// The weapon decides the kind of force: CAMEO 183 is a "non-military" bombing (suicide, car, roadside bombs). A bombing
// or explosion done with a military weapon is military force: "MH17 was blown up by a surface-to-air missile" is a
// fight with artillery-type weapons (194, as the PETRARCH gold codes it), "blew up the bridge in an air strike" an
// aerial attack (195).
import type { SentenceContext } from './context.ts';

/** Weapons fired from the ground: artillery, tanks, rockets and missiles (CAMEO 194). */
const GROUND_FIRE = new Set([
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'shell',
  'shells',
  'artillery',
  'mortar',
  'mortars',
  'howitzer',
  'howitzers',
  'tank',
  'tanks',
]);
/** Weapons from the air (CAMEO 195). */
const AIR_POWER = new Set([
  'airstrike',
  'airstrikes',
  'warplane',
  'warplanes',
  'bomber',
  'bombers',
  'aircraft',
  'jet',
  'jets',
  'drone',
  'drones',
  'helicopter',
  'helicopters',
]);
/** The kind of military force a weapon word names: 194 for ground fire, 195 for air power, null for neither. */
export function weaponForce(word: string): '194' | '195' | null {
  if (GROUND_FIRE.has(word)) return '194';
  if (AIR_POWER.has(word)) return '195';
  return null;
}

/** Words that may stand inside the instrument's noun phrase: "a sophisticated BAK surface-to-air missile". */
const INSTRUMENT_PHRASE = /^(?:DET|ADJ|NUM|NOUN|PROPN|PUNCT|ADP)$/;

/**
 * The CAMEO code of military force when the bombing triggered at `i` names a military weapon as its instrument
 * ("by a … missile", "with rockets", "in an air strike"), within the verb's own phrase; null otherwise.
 */
export function militaryInstrument(ctx: SentenceContext, i: number): '194' | '195' | null {
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, i + 10);
  for (let k = i + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') return null;
    if (t.lower !== 'by' && t.lower !== 'with' && t.lower !== 'in') continue;
    const phraseEnd = Math.min(ctx.sentence.endToken, k + 10);
    for (let j = k + 1; j < phraseEnd && INSTRUMENT_PHRASE.test(tokens[j]!.pos) && tokens[j]!.text !== ','; j++) {
      const w = tokens[j]!.lower;
      const force = weaponForce(w);
      if (force !== null) return force;
      if (w === 'strike' && tokens[j - 1]?.lower === 'air') return '195';
    }
  }
  return null;
}
