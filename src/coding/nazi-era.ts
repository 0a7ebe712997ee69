// The Second World War told as history: acts of the Nazis, Hitler or the Wehrmacht, no event of the conflicts coded.
import { mentionOf, type SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Words naming the Nazi state, its leader or its forces ("the Nazis", "Nazi Germany", "Hitler", "the Wehrmacht"). */
export const ERA_DOERS = new Set(['nazis', 'nazi', 'hitler', 'wehrmacht', 'luftwaffe', 'gestapo']);
/** Nouns after "Nazi" that make it the doer or the enemy fought ("Nazi Germany", "Nazi invaders"). */
const NAZI_BODIES = new Set(['germany', 'invaders', 'occupiers', 'troops', 'forces', 'army', 'regime', 'party']);
/** Words that close the doer's clause before the act. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', 'but', 'because', 'while', 'if', 'when', 'whereas']);
/** Relative words whose antecedent is the word just before them: "Nazi Germany, which attacked our Motherland". */
const RELATIVES = new Set(['which', 'who', 'that']);
/** How far back from the act its doer may stand ("the Nazis tried to bomb and destroy European cities"). */
const REACH = 8;
/** How far after the act the enemy fought may stand ("fought in the Greek Resistance against Nazi invaders"). */
const ENEMY_REACH = 6;

/**
 * "how the Nazis tried to bomb and destroy European cities", "Nazi Germany, which attacked our Motherland on June 22,
 * 1941", "Hitler was killing Jews, Roma and Slavs", "six million Jews … killed by the Nazis", "fought in the Greek
 * Resistance against Nazi invaders": an act of the Nazi state or against it is the Second World War recalled, history
 * an analyst of today's conflicts does not code (however it is dated). "Neo-Nazis" and "the Ukrainian Nazis" of
 * today's rhetoric are current actors and keep their acts; another actor named between the Nazis and the act is its
 * doer ("The Nazis killed them and Russia now shells them").
 */
export function naziEraAct(ctx: SentenceContext, match: Match): boolean {
  return naziEraAt(ctx, match.trigger);
}

/**
 * The act named at token `i` is the Second World War recalled, as `naziEraAct` reads a match: for the sentence rules
 * whose triggers are no pattern's ("Nazi Germany's treacherous attack", "in response to Nazi Germany's aggression",
 * "Hitler's aim was to destabilize Europe"), which would otherwise charge today's Germany.
 */
export function naziEraAt(ctx: SentenceContext, i: number): boolean {
  return eraDoerBefore(ctx, i) || eraAfter(ctx, i);
}

function eraDoerBefore(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - REACH); k--) {
    const t = tokens[k]!;
    if (eraAt(ctx, k)) return true;
    if (RELATIVES.has(t.lower)) {
      const antecedent = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
      return antecedent >= ctx.sentence.firstToken && eraAt(ctx, antecedent);
    }
    if (CLAUSE_BREAKS.has(t.lower) || mentionOf(ctx, k) !== undefined) return false;
  }
  return false;
}

/** "killed by the Nazis", "fight Nazi Germany", "against Nazi invaders": the Nazis as agent or enemy after the act. */
function eraAfter(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const last = Math.min(ctx.sentence.endToken - 1, i + ENEMY_REACH);
  for (let k = i + 1; k <= last; k++) {
    const t = tokens[k]!;
    // Only a named body ("Nazi Germany", "Hitler") as the enemy; a bare "the Nazis" after "fight" is today's
    // rhetoric as often ("sent to Ukraine to fight the Nazis"), but after "by" it is the doer of the past.
    if (eraAt(ctx, k) && (t.lower !== 'nazis' || tokens[k - 1]?.lower === 'by' || tokens[k - 2]?.lower === 'by'))
      return true;
    if (CLAUSE_BREAKS.has(t.lower) || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** The word at `k` names the Nazi state or its forces, or ends "Nazi Germany" or "Nazi invaders". */
function eraAt(ctx: SentenceContext, k: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[k - 1]?.lower === 'nazi' && NAZI_BODIES.has(tokens[k]!.lower)) return eraWord(ctx, k - 1);
  return eraWord(ctx, k);
}

/** The word at `k` names the Nazi state, leader or forces, not "neo-Nazis" nor a nationality's "Nazis" of today. */
function eraWord(ctx: SentenceContext, k: number): boolean {
  const tokens = ctx.doc.tokens;
  const t = tokens[k]!;
  if (!ERA_DOERS.has(t.lower)) return false;
  const before = tokens[k - 1];
  if (before !== undefined && (before.lower === 'neo' || before.text === '-' || before.lower.endsWith('-')))
    return false;
  if (t.lower === 'nazi') return NAZI_BODIES.has(tokens[k + 1]?.lower ?? '');
  // "the Ukrainian Nazis", "Kiev Nazis": a people or a place named before makes them today's.
  return before === undefined || (before.pos !== 'ADJ' && before.pos !== 'PROPN') || before.lower === 'the';
}
