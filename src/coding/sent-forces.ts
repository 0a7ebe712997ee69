// Forces moved for a conquest: "Russia sent troops to seize the airport", "deployed forces to capture the city",
// "moved units to encircle Kyiv". The sending is done; the seizure it is for is only its aim, which the sentence
// does not report achieved. Other purposes after a past act stay asserted, as both gold sets code them ("sent
// personnel to Bosnia to investigate" is an investigation begun): only a taking of ground or an assault, which
// the moving of forces makes possible but does not do, is held back.
import type { SentenceContext } from './context.ts';

/** Verbs that move forces somewhere (lemmas). */
const MOVING = new Set([
  'send',
  'deploy',
  'redeploy',
  'move',
  'dispatch',
  'mass',
  'amass',
  'station',
  'concentrate',
  'rush',
  'bring',
]);
/** Forces moved (lemmas). */
const FORCES = new Set([
  'troop',
  'force',
  'unit',
  'soldier',
  'battalion',
  'brigade',
  'division',
  'regiment',
  'tank',
  'paratrooper',
  'marine',
  'reinforcement',
  'mercenary',
]);
/** Acts of taking ground or assaulting it (lemmas): what moved forces are sent to do, not yet done by the sending. */
const CONQUESTS = new Set([
  'seize',
  'capture',
  'encircle',
  'surround',
  'storm',
  'occupy',
  'invade',
  'attack',
  'besiege',
  'assault',
  'overrun',
  'retake',
  'annex',
  'topple',
  'overthrow',
]);

/**
 * The trigger, a conquest right after the infinitive "to" at `to` (adverbs between), states the purpose of the verb at
 * `governor` (modality.ts finds it), a verb of moving forces whose object, before `to`, names forces.
 */
export function conquestForcesAreSentFor(ctx: SentenceContext, governor: number, to: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (!MOVING.has(tokens[governor]!.lemma) || !CONQUESTS.has(tokens[trigger]!.lemma)) return false;
  for (let k = to + 1; k < trigger; k++) if (tokens[k]!.pos !== 'ADV') return false;
  for (let k = governor + 1; k < to; k++) if (FORCES.has(tokens[k]!.lemma)) return true;
  return false;
}
