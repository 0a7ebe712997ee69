// Hopes and imagined scenes: what a speaker hopes for, or asks the listener to picture, has not happened, and
// commits no one named in it ("I hope that Germany and Hungary will support this decision" is no intent of
// Germany's; "Imagine Russian missiles hitting its heart" is no attack). The to-infinitive ("hope to") is read
// with the other governors of an infinitive (lexicon.ts, IRREALIS_GOVERNORS).
import type { SentenceContext } from './context.ts';
import { isQuoteMark } from './context.ts';
import { FUTURE, MODALS, SPEECH_VERBS } from './lexicon.ts';

const FUTURE_OR_MODAL = new Set([...FUTURE, ...MODALS]);

/** Hoping, as a verb ("we hope (that) …") or a noun before "that" ("expressed hope that …", "in the hope that …"). */
export const HOPE = new Set(['hope', 'wish', 'pray']);
/** Verbs that ask for a scene to be pictured: "Imagine Russian missiles hitting …", "suppose NATO intervened". */
export const IMAGINE = new Set(['imagine', 'suppose']);
/**
 * What ends the hoped-for clause before the trigger: a clause of the sentence's own ("…, but we agreed that …"), a
 * colon that asserts what follows ("Imagine: Russian troops are destroying our agricultural sector!"), a relative
 * clause about something real ("cannot imagine what is in Mariupol, which was destroyed"), a parenthesis set off by
 * dashes ("We hope – and I told the Chancellor about this today – that …"). A verb of saying does too ("expressed
 * hope that …, and stressed that Bosnia's support for Ukraine …").
 */
const ENDS = new Set([';', ':', '–', '—', 'but', 'which', 'who', 'whom', 'whose']);
/** Words after "hope" that open no clause: "hope to" (an infinitive), "hope for", "hope so". */
const NO_CLAUSE = new Set(['to', 'for', 'so', 'and', 'or', ',', '.', '!', '?']);
/**
 * Beliefs about what will come: "I believe that you will continue to support Ukraine", "I am convinced that today's
 * talks will help strengthen the allied relations", "Podolyak is convinced that Russia will hinder the return …".
 * What the speaker is sure another will do commits no one (as a hope does not); the believer's own "we" or "I"
 * announces an intent ("I am confident that we will continue to expand cooperation", coded AGREE in the review set).
 */
/** "We expect that the Russian side will support these efforts": an expectation of another's act is a belief too. */
export const BELIEF_VERBS = new Set(['believe', 'expect']);
export const BELIEF_ADJECTIVES = new Set(['confident', 'convinced', 'sure', 'certain']);
/** The same beliefs as nouns, before "that": "expressed confidence that Canada will continue to provide support". */
export const BELIEF_NOUNS = new Set(['confidence', 'conviction']);
/** Subjects of the believer's own side: "I am sure that together we will defend Ukraine". */
const OWN_SUBJECTS = new Set(['i', 'we']);
/** "make sure that …", "ensure": the act is seen to, not believed in. */
const SEE_TO = new Set(['make', 'makes', 'making', 'made']);
/** Words after a belief word that open no clause: "believe in", "sure of", "confident in", "believe me". */
const NO_BELIEF_CLAUSE = new Set(['in', 'of', 'about', 'to', 'me', 'us', ',', '.', '!', '?']);

/** How far back a hope reaches: one sentence's clause, not a paragraph. */
const REACH = 25;

/** The hope or imagining the trigger's clause depends on ("hope", "imagine"), or null. */
export function wishedAct(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  // "hope that Poland will join the reconstruction of territories destroyed by Russia", "is convinced that Russia will
  // hinder the return of citizens forcibly deported": a participle after its noun describes what was done.
  let before = trigger - 1;
  while (before > ctx.sentence.firstToken && tokens[before]!.pos === 'ADV') before--;
  if (/ed$/.test(tokens[trigger]!.lower) && tokens[before]?.pos === 'NOUN') return null;
  for (let k = trigger - 1; k >= Math.max(ctx.sentence.firstToken, trigger - REACH); k--) {
    const t = tokens[k]!;
    if (ENDS.has(t.lower) || (isQuoteMark(t) && k > ctx.sentence.firstToken)) return null;
    // "believe" is also a verb of saying: its clause is read as a belief first.
    if (believedFuture(ctx, k, trigger)) return t.lower;
    if (t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma)) return null;
    // "hope that you will accept my assurances that we do want to develop cooperation", "hope that Greece will join
    // the countries that have signed declarations": a that-clause of a noun states its own facts, unless it is
    // itself still to come ("among those countries that will support").
    const ofNoun = /^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '') && !HOPE.has(tokens[k - 1]!.lemma);
    if (t.lower === 'that' && ofNoun && !tokens.slice(k + 1, trigger).some((w) => FUTURE_OR_MODAL.has(w.lower)))
      return null;
    const next = tokens[k + 1]!;
    if (HOPE.has(t.lemma) && ctx.mentionAt[k]! < 0) {
      // "expressed hope that", "in the hope that"; the verb also without "that" ("I hope the Congress will …"),
      // but not "wish" with an object ("wish you success").
      const clause = next.lower === 'that' || (t.pos === 'VERB' && t.lemma === 'hope' && !NO_CLAUSE.has(next.lower));
      if (clause && (t.pos === 'VERB' || t.pos === 'NOUN')) return t.lemma;
    }
    if (IMAGINE.has(t.lemma) && t.pos === 'VERB' && !NO_CLAUSE.has(next.lower)) return t.lemma;
  }
  return null;
}

/** The token at `k` is a belief word whose clause puts the act at `trigger` under "will" done by someone else. */
function believedFuture(ctx: SentenceContext, k: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const t = tokens[k]!;
  const belief =
    (t.pos === 'VERB' && BELIEF_VERBS.has(t.lemma)) ||
    (BELIEF_ADJECTIVES.has(t.lower) && !SEE_TO.has(tokens[k - 1]?.lower ?? '')) ||
    (BELIEF_NOUNS.has(t.lower) && tokens[k + 1]?.lower === 'that');
  if (!belief || NO_BELIEF_CLAUSE.has(tokens[k + 1]?.lower ?? '') || ctx.mentionAt[k]! >= 0) return false;
  let future = false;
  for (let j = k + 1; j < trigger; j++) {
    const w = tokens[j]!.lower;
    // ", and he spoke about this with Biden": a clause of its own ends the belief.
    if (OWN_SUBJECTS.has(w) || (w === 'and' && tokens[j - 1]!.text === ',')) return false;
    if (FUTURE.has(w) || w === 'would') future = true;
  }
  return future;
}
