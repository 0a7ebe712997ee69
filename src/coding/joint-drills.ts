// Joint drills of coordinated subjects: "The US and Poland held joint drills", "Russia and Belarus conducted joint
// military exercises". Exercises alone are a show of force (150) with no one aimed at; held "joint" by two or more
// sides named together, they are military cooperation between them (062, each way), as "held joint drills with T"
// already is. One side's "joint drills" name no partner and stay 150.
import type { SentenceContext } from './context.ts';
import type { Mention } from '../types.ts';

/** The code of military cooperation (CAMEO 062). */
export const MILITARY_COOPERATION = '062';

/**
 * Whether a posture event (15x) matched over "joint" (`trigger` to `end`, the token after the match) has two or more
 * subjects of different states and no target: then it is their joint drill.
 */
export function jointDrill(
  ctx: SentenceContext,
  code: string,
  trigger: number,
  end: number,
  sources: readonly Mention[],
  targets: readonly Mention[],
): boolean {
  if (!code.startsWith('15') || targets.length > 0 || sources.length < 2) return false;
  const states = new Set(sources.map((s) => s.actor.country));
  if (states.size < 2 || states.has(null)) return false;
  for (let k = trigger; k < end; k++) if (ctx.doc.tokens[k]!.lower === 'joint') return true;
  return false;
}
