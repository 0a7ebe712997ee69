// Background nouns inside opinions, no event: "US support for Ukraine is a threat", "Germany's support for Ukraine is
// of key importance to us", "Cooperation with Russia is vital for us", "Ukraine's cooperation with the EU proves that
// …". Support, cooperation or aid named by a noun that is the subject of a copula or of a verb of judging is what the
// opinion is about, not an act the sentence reports (the opinion itself may be one: praise, accusation). A verb that
// tells the act's course keeps it ("support for Ukraine will be continued", "our talks were held", "is being
// maintained"): a participle after the copula is a passive, not a judgement.
import { clauseSubject } from './clause-tests.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import { BE_FORMS } from './lexicon.ts';

/** Codes of support, cooperation and aid (05x, 06x, 07x). */
const SUPPORTIVE = /^0[567]/;

/** Verbs that judge their subject: "constitutes a threat", "poses a risk", "means that", "proves that". */
const JUDGING = new Set(['constitute', 'pose', 'represent', 'mean', 'prove', 'demonstrate', 'show', 'remain']);

/** Auxiliaries before a copula: "will be", "has been", "would be". */
const AUXILIARIES = new Set(['will', 'would', 'has', 'have', 'had', 'should', 'must', 'may', 'might', 'can', 'could']);

/** Tags inside the noun's own phrase ("support for Ukraine's territorial integrity at all international platforms"). */
const PHRASE_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'CCONJ', 'ADV', 'PRON']);

/** How far the noun's phrase may run before its verb. */
const REACH = 14;

/** The noun event at `i` (code `code`) is the subject of a judgement: no event. */
export function judgedNoun(ctx: SentenceContext, i: number, code: string): boolean {
  if (!SUPPORTIVE.test(code) || !clauseSubject(ctx, i)) return false;
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, i + REACH);
  let k = i + 1;
  while (k < end && (mentionOf(ctx, k) !== undefined || PHRASE_POS.has(tokens[k]!.pos))) {
    // "support for Ukraine that we …": a relative clause's verb is not the noun's.
    if (/^(?:that|which|who)$/.test(tokens[k]!.lower)) return false;
    k++;
  }
  if (k >= end) return false;
  while (k < end && AUXILIARIES.has(tokens[k]!.lower)) k++;
  const verb = tokens[k];
  if (verb === undefined) return false;
  if (JUDGING.has(verb.lemma)) return true;
  if (!BE_FORMS.has(verb.lower) || verb.lower.startsWith('get') || verb.lower.startsWith('got')) return false;
  let next = k + 1;
  while (next < end && (tokens[next]!.pos === 'ADV' || BE_FORMS.has(tokens[next]!.lower))) next++;
  const after = tokens[next];
  return after !== undefined && after.pos !== 'VERB' && after.pos !== 'AUX' && after.pos !== 'PUNCT';
}
