// "Russian troops will be withdrawn from Belarus", "Wagner fighters were deployed to Mali", "Russian units were
// deployed to eastern Ukraine": armed forces pulled back or sent somewhere with no one named doing it are moved by their
// own side, so they are the act's source (the place, if one is named, its target). Without this the forces moved
// stood as the target of a doer no one named. The subject is a force when the scan gave it an armed sector, or when
// it is a state or organisation whose adjective or name is followed by a noun of forces the sector dictionary does
// not list ("Russian peacekeepers", "the CSTO peacekeeping forces"): that state's military, or the organisation.
import type { Mention } from '../types.ts';
import type { SentenceContext } from './context.ts';
import type { Pattern } from './patterns.ts';
import { isArmedForce } from './roles.ts';

/** Verbs that move a side's forces to a place (the 150 patterns of 15-posture.txt that take the forces as object). */
const DEPLOYING = new Set(['deploy', 'redeploy', 'station', 'send', 'dispatch', 'move', 'transfer']);

/** Nouns of forces after a state's adjective or an organisation's name. */
const FORCE_NOUNS = new Set([
  'units',
  'unit',
  'peacekeepers',
  'contingent',
  'contingents',
  'battalions',
  'brigades',
  'detachments',
  'servicemen',
  'mercenaries',
  'fighters',
  'forces',
  'troops',
]);

/** Words between the adjective and the force noun: "Russian airborne units", "the CSTO peacekeeping forces". */
const MAX_BETWEEN = 2;

/** A pattern whose passive with no agent moves the subject's own forces: a retreat (087x) or a deployment. */
export function movesOwnForces(pattern: Pattern): boolean {
  if (pattern.code.startsWith('087')) return true;
  return pattern.code === '150' && !pattern.noun && pattern.trigger.some((t) => DEPLOYING.has(t));
}

/**
 * The subject as the forces moved, or null when some mention of it is no force. A state named by its adjective before
 * a noun of forces is that state's military.
 */
export function forcesMoved(ctx: SentenceContext, subject: readonly Mention[]): Mention[] | null {
  if (subject.length === 0) return null;
  const forces: Mention[] = [];
  for (const m of subject) {
    if (isArmedForce(m)) forces.push(m);
    else if (!forceNounAfter(ctx, m.endToken)) return null;
    else if (m.actor.type === 'state' && m.actor.sector === null && m.actor.country !== null)
      forces.push({
        ...m,
        actor: {
          ...m.actor,
          name: `${m.actor.name} forces`,
          code: `${m.actor.country}MIL`,
          sector: 'MIL',
          type: 'group',
          id: null,
        },
      });
    else if (m.actor.type === 'igo') forces.push(m);
    else return null;
  }
  return forces;
}

function forceNounAfter(ctx: SentenceContext, from: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = from; k < Math.min(ctx.sentence.endToken, from + MAX_BETWEEN + 1); k++) {
    const t = tokens[k]!;
    if (FORCE_NOUNS.has(t.lower)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  }
  return false;
}
