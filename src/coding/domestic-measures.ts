// Measures of domestic economic and social policy, no event: "We offer households an electricity tariff of 1.44
// hryvnias for the next six months", "we have agreed on the parameters of a funded pension system", "the President
// called for finding budget funds for the new museum", "called for amendments to the building regulations". An offer,
// an agreement, a call or a loan whose object is a tariff, a pension, a tax, a budget or a regulation of the doer's
// own state is how a government runs its economy and its society; it acts on no other political actor, which is what
// CAMEO codes. Such a measure for or with another side keeps its event: "offered Hungary a lower gas tariff" names a
// target, "called for a tax on Russian oil" and "agreed on tariffs with Kazakhstan" name another country in the object,
// and "called for support for Ukraine's budget" asks for aid (domestic-support.ts reads the supporting of a sector).
import type { Mention } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Agreements and offers (03), aid (07: "lent one trillion roubles in mortgages"), demands and calls (10). */
const CODES = /^(?:03|07|10)/;

/** Heads of measures a state takes for its own economy and society. */
export const MEASURES = new Set(
  `tariff tariffs pension pensions mortgage mortgages tax taxes taxation budget salary salaries wage wages payroll
  allowance allowances regulation regulations utility utilities rent rents`.split(/\s+/),
);

/** Words of aid in the object: "called for financial support for our budget" asks another side for help. */
const AID = new Set(
  `support assistance aid help funding financing loan loans grant grants donor donors contribution contributions
  investment investments`.split(/\s+/),
);

/** Words that end the object's clause: a relative, a subordinate clause, a contrast. */
const CLAUSE_ENDS = new Set(['which', 'who', 'that', 'because', 'while', 'but', 'whereas', 'although']);

/** How many words after the match the object may take. */
const REACH = 10;

/** The sources' one country, or null when they have none or several. */
function sourceCountry(sources: readonly Mention[]): string | null {
  const country = sources[0]?.actor.country ?? null;
  return sources.every((s) => s.actor.country === country) ? country : null;
}

/**
 * The offer, agreement, call or loan at `match`, with no target of another country, has for its object a tariff, a
 * pension, a tax, a budget or a regulation, and names neither aid nor an actor of another country there.
 */
export function domesticMeasure(
  ctx: SentenceContext,
  match: Match,
  sources: readonly Mention[],
  targets: readonly Mention[],
): boolean {
  if (!CODES.test(match.pattern.code)) return false;
  const own = sourceCountry(sources);
  if (targets.some((t) => own === null || t.actor.country !== own)) return false;
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, match.end + REACH);
  let measure = false;
  for (let k = match.end; k < end; k++) {
    const t = tokens[k]!;
    if ((t.pos === 'PUNCT' && t.text !== '-') || CLAUSE_ENDS.has(t.lower)) break;
    const mention = mentionOf(ctx, k);
    if (mention !== undefined) {
      if (own === null || mention.actor.country !== own) return false;
      continue;
    }
    if (AID.has(t.lower)) return false;
    if (t.pos === 'NOUN' && MEASURES.has(t.lower)) measure = true;
  }
  return measure;
}
