// "Thanked my and our friend Erdoğan for the unwavering support", "Discussed with Prime Minister Modi the course of
// our repulse": in an address the speaker reports the day's diplomacy in the first person and often leaves the "I"
// out. Such a sentence opens with a past-tense verb of the speaker's own diplomacy; the act is the speaker's.
import { isQuoteMark, type SentenceContext } from './context.ts';
import { conjoinedVerb } from './roles.ts';

/**
 * Verbs an address uses, with "I" left out, for what the speaker did that day. Not verbs of force or harm: "Killed
 * Ukrainians.", "Destroyed our cities." open with a participle naming victims, not the speaker's act.
 */
const OWN_DIPLOMACY = new Set([
  'thank',
  'discuss',
  'congratulate',
  'express',
  'invite',
  'inform',
  'brief',
  'agree',
  'speak',
  'talk',
  'address',
  'hold',
  'meet',
  'ask',
  'urge',
  'propose',
  'emphasize',
  'emphasise',
  'stress',
  'coordinate',
  'welcome',
]);

/** How many tokens after the verb its object's name may begin ("with the President of …"). */
const OBJECT_REACH = 6;

/** Tags of the words that may open the object before its name: "with", "the", "my and our", "Mrs.". */
const OBJECT_LEAD = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'ADJ', 'PROPN']);

/**
 * The verb at `i` (or the verb it is joined to by "and": "Congratulated him on his election and invited …") opens its
 * sentence with no subject, in its past form, and is one of the speaker's own acts of diplomacy.
 */
export function elidedFirstPerson(ctx: SentenceContext, i: number): boolean {
  const opening = conjoinedVerb(ctx, i) ?? i;
  let first = ctx.sentence.firstToken;
  while (first < opening && isQuoteMark(ctx.doc.tokens[first]!)) first++;
  if (first !== opening) return false;
  const verb = ctx.doc.tokens[opening]!;
  // "Thanked", not "Thank" (an imperative or "Thank you") nor "Thanks".
  if (!/^[A-Z]/.test(verb.text) || !verb.lower.endsWith('ed') || !OWN_DIPLOMACY.has(verb.lemma)) return false;
  // The one the act is done to or with is named right after the verb ("Thanked Mrs. Prime Minister Kallas",
  // "Discussed with Prime Minister Modi"): "Thanked them." or "Expressed gratitude for the support of efforts to force
  // Russia …" name no one the speaker acted on.
  // Determiners, possessives and a noun set before the name may stand between ("my and our friend Erdoğan").
  const end = Math.min(ctx.sentence.endToken, opening + 1 + OBJECT_REACH);
  for (let k = opening + 1; k < end; k++) {
    if (ctx.mentionAt[k]! >= 0) return true;
    const t = ctx.doc.tokens[k]!;
    const beforeName = t.pos === 'NOUN' && ctx.mentionAt[k + 1]! >= 0;
    if (!OBJECT_LEAD.has(t.pos) && !beforeName) return false;
  }
  return false;
}
