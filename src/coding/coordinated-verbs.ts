// "would attend the conference and meet Harris", "must be seized or frozen, and then confiscated": a second verb
// joined by "and"/"or" to one under a modal, a future or an obligation is read with the first (modality.ts). Only a
// verb of the same form is joined: a bare verb to a bare verb, a participle to a participle after a be-form, an -ing
// form to an -ing form ("aimed at infiltrating his security team and taking him hostage"); "did not cease the
// shelling and detained the column" joins a past form, which has its own tense.
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { HARD_BOUNDARIES } from './lexicon.ts';
import { isBareForm } from './spelled-lemmas.ts';

const BE = new Set(['be', 'been']);
const JOINING_ADVERBS = new Set(['then', 'also', 'subsequently', 'later']);

type Form = 'bare' | 'passive' | 'gerund' | null;

function formOf(ctx: SentenceContext, i: number): Form {
  const t = token(ctx, i);
  if (t?.pos !== 'VERB') return null;
  if (isBareForm(t)) return 'bare';
  if (t.lower.endsWith('ing')) return 'gerund';
  if (/(?:ed|en|wn|t)$/.test(t.lower)) return 'passive';
  // "must be found", "be held": an irregular participle right after a be-form.
  return BE.has(token(ctx, i - 1)?.lower ?? '') ? 'passive' : null;
}

/**
 * An -ing form tagged as an adjective but lemmatised as a verb, "mitigating/ADJ/mitigate", or right after a
 * preposition, which takes a gerund, not an adjective alone: "succeed in dominating/ADJ and occupying".
 */
function gerundAdjective(ctx: SentenceContext, j: number): boolean {
  const t = ctx.doc.tokens[j]!;
  if (t.pos !== 'ADJ' || !t.lower.endsWith('ing')) return false;
  return t.lemma !== t.lower || token(ctx, j - 1)?.pos === 'ADP';
}

/**
 * The first verb that `trigger` is coordinated with, of its own form, or null. `joiner` is the "and"/"or". `listed`:
 * `trigger` is an inner item of a list, which a comma may join to the item right before it.
 */
export function coordinatedHead(
  ctx: SentenceContext,
  trigger: number,
  listed = false,
): { head: number; joiner: string; gerund: boolean } | null {
  const form = formOf(ctx, trigger);
  if (form === null) return null;
  // "… needs to be restored, and invited the Korean side": a past form with an object is finite, not passive.
  const next = token(ctx, trigger + 1);
  if (
    form === 'passive' &&
    (mentionOf(ctx, trigger + 1) !== undefined || /^(?:DET|PRON|PROPN|NUM)$/.test(next?.pos ?? ''))
  )
    return null;
  let k = trigger - 1;
  while (token(ctx, k)?.pos === 'ADV' || JOINING_ADVERBS.has(token(ctx, k)?.lower ?? '')) k--;
  const joiner = token(ctx, k)?.lower;
  const comma = listed && joiner === ',';
  if (joiner !== 'and' && joiner !== 'or' && !comma) return null;
  // "must be found, arrested or frozen": a comma joins only the participle right before it.
  if (comma) {
    let j = k - 1;
    while (token(ctx, j)?.pos === 'ADV') j--;
    if (formOf(ctx, j) !== form || mentionOf(ctx, j) !== undefined) return null;
  }
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 15); j--) {
    const t = ctx.doc.tokens[j]!;
    if (HARD_BOUNDARIES.has(t.text) || isQuoteMark(t) || t.text === '.') return null;
    // "aimed at mitigating/ADJ the impact … and strengthening": the tagger takes some -ing forms for adjectives.
    const verb = t.pos === 'VERB' || (form === 'gerund' && gerundAdjective(ctx, j));
    if (!verb || mentionOf(ctx, j) !== undefined) continue;
    if (form === 'gerund' && gerundAdjective(ctx, j)) return { head: j, joiner, gerund: true };
    if (formOf(ctx, j) !== form) return null;
    // "would like to wish you a Happy New Year and thank you": an infinitive series is read in modality.ts.
    let before = j - 1;
    while (token(ctx, before)?.pos === 'ADV') before--;
    if (token(ctx, before)?.lower === 'to') return null;
    // A participle is passive only after a be-form ("be seized or frozen"), adverbs aside.
    if (form === 'passive') {
      let b = j - 1;
      while (token(ctx, b)?.pos === 'ADV') b--;
      // "be seized or frozen, and then confiscated", "be found, arrested or frozen": back over a participle itself
      // joined to the passive one, by "and"/"or" or as an inner item of a list.
      if (!BE.has(token(ctx, b)?.lower ?? '')) {
        const earlier = coordinatedHead(ctx, j, true);
        return earlier === null ? null : { head: earlier.head, joiner, gerund: false };
      }
    }
    return { head: j, joiner, gerund: form === 'gerund' };
  }
  return null;
}

/** Words searched back from a participle adjunct's comma for the verb it hangs on. */
const ADJUNCT_REACH = 15;

/**
 * "Ukraine will launch a counteroffensive during April-May, attacking Russian forces in several directions": an -ing
 * form right after a comma hangs on the verb before it, and an act still to come brings its manner along. Returns
 * that verb, the nearest one back in the sentence (actors' names aside), or null.
 */
export function adjunctHead(ctx: SentenceContext, trigger: number): number | null {
  if (formOf(ctx, trigger) !== 'gerund') return null;
  let comma = trigger - 1;
  while (token(ctx, comma)?.pos === 'ADV') comma--;
  if (token(ctx, comma)?.text !== ',') return null;
  for (let j = comma - 1; j >= Math.max(ctx.sentence.firstToken, comma - ADJUNCT_REACH); j--) {
    const t = ctx.doc.tokens[j]!;
    if (HARD_BOUNDARIES.has(t.text) || isQuoteMark(t)) return null;
    if (t.pos === 'VERB' && mentionOf(ctx, j) === undefined) return j;
  }
  return null;
}

/**
 * "The United States could tighten the screws on Russia by imposing secondary sanctions", "we must expedite the
 * development of our naval aviation, primarily by supplying the Navy": an -ing form after "by" names the means of the
 * verb before it. Returns that verb, the nearest one back in the sentence (actors' names aside), or null; not one
 * whose "by" opens the sentence or its clause ("by attacking us, they will destroy …"), which has no verb before it.
 */
export function meansHead(ctx: SentenceContext, trigger: number): number | null {
  if (formOf(ctx, trigger) !== 'gerund') return null;
  let by = trigger - 1;
  while (token(ctx, by)?.pos === 'ADV') by--;
  if (token(ctx, by)?.lower !== 'by') return null;
  for (let j = by - 1; j >= Math.max(ctx.sentence.firstToken, by - ADJUNCT_REACH); j--) {
    const t = ctx.doc.tokens[j]!;
    if (HARD_BOUNDARIES.has(t.text) || isQuoteMark(t) || t.lower === 'that') return null;
    if (t.pos === 'VERB' && mentionOf(ctx, j) === undefined) return j;
  }
  return null;
}

/** Verbs of doing as another does, whose "in V-ing" is the act: "join the US in imposing sanctions". */
const FOLLOWING = new Set(['follow', 'join']);
/** How far back from "in" the verb of following may stand: "follow the United States' lead in". */
const FOLLOWING_REACH = 8;

/**
 * "Other states may follow Germany's lead in sending tanks", "could join the US in imposing sanctions": the -ing form
 * after "in" is the act of the verb of following before it, read with that verb (modality.ts). Returns the verb, or
 * null; "follow" only with its "lead" ("followed the talks in Geneva closely" is no act of following).
 */
export function followedHead(ctx: SentenceContext, trigger: number): number | null {
  if (formOf(ctx, trigger) !== 'gerund') return null;
  const tokens = ctx.doc.tokens;
  let inAt = trigger - 1;
  while (token(ctx, inAt)?.pos === 'ADV') inAt--;
  if (token(ctx, inAt)?.lower !== 'in') return null;
  // "lead", which the tagger may read as a verb, is the object of "follow".
  const lead = tokens[inAt - 1]?.lower === 'lead' || tokens[inAt - 1]?.lower === 'example';
  for (let j = lead ? inAt - 2 : inAt - 1; j >= Math.max(ctx.sentence.firstToken, inAt - FOLLOWING_REACH); j--) {
    const t = tokens[j]!;
    if (HARD_BOUNDARIES.has(t.text) || isQuoteMark(t) || t.lower === 'that') return null;
    if (t.pos === 'VERB' && mentionOf(ctx, j) === undefined)
      return FOLLOWING.has(t.lemma) && (lead || t.lemma === 'join') ? j : null;
  }
  return null;
}

/** Verbs of going to or gathering for a meeting: "arrive in Moscow for talks", "meet Putin for talks". */
const GOING = new Set(['meet', 'arrive', 'travel', 'come', 'go', 'fly', 'head', 'visit', 'gather', 'return']);
/** How far back from "for" the verb of going may stand: "will arrive in the Russian capital on Tuesday for". */
const GOING_REACH = 10;

/**
 * "Scholz may soon meet Putin for talks", "Guterres will arrive in Moscow for talks with Lavrov": the talks a verb of
 * going is for are held when that verb's act is done, so they are read with it (modality.ts). Returns the verb, or
 * null when the noun at `trigger` is not right after "for" (an adjective between: "for further talks").
 */
export function purposeNounHead(ctx: SentenceContext, trigger: number): number | null {
  const tokens = ctx.doc.tokens;
  let forAt = trigger - 1;
  while (tokens[forAt]?.pos === 'ADJ' && forAt > ctx.sentence.firstToken) forAt--;
  if (tokens[forAt]?.lower !== 'for') return null;
  for (let j = forAt - 1; j >= Math.max(ctx.sentence.firstToken, forAt - GOING_REACH); j--) {
    const t = tokens[j]!;
    if (HARD_BOUNDARIES.has(t.text) || isQuoteMark(t) || t.lower === 'that') return null;
    if (t.pos === 'VERB' && mentionOf(ctx, j) === undefined) return GOING.has(t.lemma) ? j : null;
  }
  return null;
}
