// "Russia attacked Ukraine and Poland condemned the attack": with no comma before it, an "and" between a verb's object
// and a name that has a finite verb of its own joins two clauses, not two objects. Poland was not attacked, and
// Russia did not condemn anything. The comma case (", and the United States warned") is decided in match.ts.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { SPEECH_VERBS } from './lexicon.ts';

/** Prepositions a verb takes its object with: "met with Ukraine", "fired on Kharkiv". */
const OBJECT_PREPOSITIONS = new Set(['with', 'to', 'from', 'against', 'on', 'in', 'into', 'for', 'at']);

/**
 * Verbs whose object may be the subject of a clause that follows ("told Ukraine and Poland would …", "made Russia
 * and China cooperate"): after them the name after "and" may still be a second object.
 */
const CLAUSE_TAKING = new Set(['make', 'let', 'help', 'see', 'watch', 'hear', 'have', 'want', 'expect', 'ask', 'urge']);

/**
 * `object` is the object of a finite verb (right after it or its preposition) whose subject stands just before it,
 * and `next`, joined to it by a bare "and", begins a finite verb group of its own: `next` opens a new clause.
 */
export function opensOwnClause(ctx: SentenceContext, object: Mention, next: Mention): boolean {
  return finiteAfter(ctx, next) && objectOfFiniteVerb(ctx, object);
}

function finiteAfter(ctx: SentenceContext, m: Mention): boolean {
  if (token(ctx, m.firstToken)?.pos === 'PRON') return false;
  let k = m.endToken;
  while (token(ctx, k)?.pos === 'ADV') k++;
  const t = token(ctx, k);
  // "accused China and Russia being aggressors": an -ing form or a bare "be" is no verb group of its own.
  if (t === undefined || t.lower.endsWith('ing') || t.lower === 'be' || t.lower === 'been') return false;
  return t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma);
}

function objectOfFiniteVerb(ctx: SentenceContext, object: Mention): boolean {
  let k = object.firstToken - 1;
  while (token(ctx, k)?.pos === 'DET') k--;
  if (OBJECT_PREPOSITIONS.has(token(ctx, k)?.lower ?? '')) k--;
  const verb = token(ctx, k);
  if (verb === undefined || verb.pos !== 'VERB' || verb.lower.endsWith('ing') || verb.lower === verb.lemma)
    return false;
  if (SPEECH_VERBS.has(verb.lemma) || CLAUSE_TAKING.has(verb.lemma)) return false;
  // The verb's subject stands right before it (past adverbs and auxiliaries): "Russia (has) (again) attacked".
  let s = k - 1;
  while (/^(?:ADV|AUX|PART)$/.test(token(ctx, s)?.pos ?? '')) s--;
  return mentionOf(ctx, s) !== undefined || token(ctx, s)?.pos === 'PRON';
}
