// "Lukashenko called for a freeze of hostilities, which both Russia and Ukraine rejected", "Berlin announced new
// sanctions, which Moscow condemned": a "which" clause set off by a comma after a phrase that names no actor reacts
// to what the clause before it did, so its rejection or criticism is aimed at the one who did that (the proposal's
// owner), not left without a target.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { BE_FORMS, SPEECH_VERBS } from './lexicon.ts';
import { actOwner, objectRelativePronoun } from './relatives.ts';
import { firstOfConjoined, subjectOf } from './roles.ts';

/**
 * The doer of the clause a ", which X rejected" clause reacts to, for the verb at `i` (its pattern ending at `end`):
 * the subject of the last active finite verb before the comma. [] when the clause is no such reaction, the phrase
 * before it names an actor other than the target of an act noun (that antecedent is the relative's object,
 * relatives.ts), or the verb before is passive or in words a verb of saying reports.
 */
export function reactedActDoer(ctx: SentenceContext, i: number, end: number): Mention[] {
  const rel = objectRelativePronoun(ctx, i, end);
  if (rel === null || token(ctx, rel)?.lower !== 'which' || token(ctx, rel - 1)?.text !== ',') return [];
  const before = rel - 2;
  // "waging a war of aggression against Ukraine, which France condemns": an actor the act noun is aimed at, with no
  // owner before the noun, leaves the act's doer to the clause.
  const named = mentionOf(ctx, before);
  if (named !== undefined ? actOwner(ctx, named)?.length !== 0 : token(ctx, before)?.pos !== 'NOUN') return [];
  for (let k = before - 1; k >= ctx.sentence.firstToken; k--) {
    const t = ctx.doc.tokens[k]!;
    if (/^[;:"“”(]$/.test(t.text) || t.lower === 'which' || t.lower === 'who') return [];
    const prev = token(ctx, k - 1);
    // "has been waging a war": a progressive is the clause's verb, a bare -ing form ("continuing", "including") not.
    const progressive = t.lower.endsWith('ing') && prev?.pos === 'AUX';
    if (t.pos !== 'VERB' || (t.lower.endsWith('ing') && !progressive) || mentionOf(ctx, k) !== undefined) continue;
    // "the plan proposed by …", "measures to restrict …": a participle after a noun or an infinitive is no clause's verb.
    if (prev?.lower === 'to' || prev?.pos === 'NOUN' || prev?.pos === 'ADJ' || prev?.pos === 'DET') continue;
    const verb = firstOfConjoined(ctx, k);
    // "Lavrov said NATO must stop, among other demands, which the US rejected": in reported words the one reacted to
    // may be the reporter or the reported clause's subject; neither is sure.
    if (reportedAt(ctx, verb)) return [];
    const aux = token(ctx, verb - 1)?.lower ?? '';
    const participle = !ctx.doc.tokens[verb]!.lower.endsWith('ing');
    if (participle && (BE_FORMS.has(aux) || aux === 'been' || aux === 'being')) return [];
    return subjectOf(ctx, verb).filter((m) => m.kind !== 'pronoun' || m.actor.code !== '');
  }
  return [];
}

/** A verb of saying stands before the verb at `verb` in its sentence: the verb is in reported words. */
function reportedAt(ctx: SentenceContext, verb: number): boolean {
  for (let j = ctx.sentence.firstToken; j < verb; j++) {
    const t = ctx.doc.tokens[j]!;
    if (t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma)) return true;
  }
  return false;
}
