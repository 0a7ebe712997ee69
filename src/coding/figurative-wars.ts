/**
 * Figurative wars: "the Western countries have unleashed a complete sanctions war against Russia", "launched a
 * financial and economic war", "has been waging an effective legal war against the Russian Federation", "Russia has
 * started an energy war against Poland". A war, attack or offensive qualified as economic, legal or informational names
 * pressure by other means, not the use of force; the fight pattern that matched it codes no event. (Sanctions named
 * as such are coded by their own patterns; hybrid and cyber wars stay attacks.) So is a war or an attack that a
 * sentence defines as such pressure: "the real attack on Belarus is the sanctions", "another front of this war is
 * propaganda" name no attack of their own.
 */
import type { SentenceContext } from './context.ts';
import { mentionOf } from './context.ts';
import type { Match } from './match.ts';

/** Nouns of armed conflict whose modifiers are checked. */
const WAR_NOUNS = new Set(['war', 'wars', 'warfare', 'attack', 'attacks', 'offensive', 'aggression', 'front']);

/** Modifiers that make a war a figure for pressure by other means. */
const FIGURATIVE = new Set(
  `sanctions sanction economic financial trade energy gas legal information informational media propaganda
  diplomatic political ideological customs tariff currency price commercial`.split(/\s+/),
);

/** How many modifiers may stand before the war noun ("a complete financial and economic war"). */
const REACH = 5;

/** A fight match (18–20) whose matched war noun is qualified as economic, legal or informational. */
export function figurativeWar(ctx: SentenceContext, match: Match): boolean {
  if (!/^(?:18|19|20)/.test(match.pattern.code)) return false;
  const tokens = ctx.doc.tokens;
  for (const at of [match.trigger, ...match.literals]) {
    if (!WAR_NOUNS.has(tokens[at]!.lower)) continue;
    for (let k = at - 1; k >= Math.max(ctx.sentence.firstToken, at - REACH); k--) {
      const t = tokens[k]!;
      if (FIGURATIVE.has(t.lower)) return true;
      if (t.lower !== 'and' && t.text !== ',' && !/^(?:ADJ|NOUN|ADV)$/.test(t.pos)) break;
    }
  }
  return false;
}

/** Heads of what a war or an attack is defined as when it is pressure by other means. */
const PRESSURE = new Set(
  `sanctions sanction restrictions embargo embargoes blockade propaganda lies fakes disinformation pressure
  blackmail`.split(/\s+/),
);

/** The forms of "be" that define the subject as the predicate. */
const COPULAS = new Set(['is', 'are', 'was', 'were']);

/** How far the copula may stand after the war noun, over the noun's own phrase ("attack on the Republic of Belarus"). */
const SUBJECT_REACH = 8;

/**
 * A fight noun (18–20) heading the subject of "be" whose predicate is economic or informational pressure: "the real
 * attack on Belarus is the sanctions", "another front of the war against Russia is propaganda". The sentence says what
 * the attack consists of, not that one was carried out.
 */
export function pressureDefinedWar(ctx: SentenceContext, match: Match): boolean {
  if (!/^(?:18|19|20)/.test(match.pattern.code)) return false;
  const tokens = ctx.doc.tokens;
  if (!WAR_NOUNS.has(tokens[match.trigger]!.lower)) return false;
  const end = Math.min(ctx.sentence.endToken, match.end + SUBJECT_REACH);
  let k = match.end;
  // The rest of the subject's phrase: the attacked side and its modifiers ("on the Republic of Belarus").
  while (k < end && (mentionOf(ctx, k) !== undefined || /^(?:DET|ADJ|NOUN|PROPN|ADP|CCONJ)$/.test(tokens[k]!.pos))) k++;
  if (!COPULAS.has(tokens[k]?.lower ?? '')) return false;
  k++;
  while (k < ctx.sentence.endToken && /^(?:DET|ADJ|ADV)$/.test(tokens[k]!.pos)) k++;
  return PRESSURE.has(tokens[k]?.lower ?? '');
}
