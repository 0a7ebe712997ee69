// A side's readiness or commitment is an intent (03) only where someone states it: "reaffirmed Russia's readiness",
// "expressed their readiness", "Mutual readiness to hold a meeting … was confirmed".
import { mentionOf, type SentenceContext } from './context.ts';
import { type Match } from './match.ts';

/** Nouns of a disposition that CAMEO 03 codes only when it is declared. */
const DISPOSITIONS = new Set(['readiness', 'willingness', 'openness', 'commitment']);

/** Verbs that declare or acknowledge a disposition (active before the noun, passive after it). */
const STATING = new Set(
  `express voice reaffirm confirm reconfirm reiterate note stress emphasise emphasize underline underscore declare
   state indicate announce highlight praise welcome appreciate point`.split(/\s+/),
);

/** Words that may stand between a stating verb and the noun: "reaffirmed the Russian side's full readiness". */
const BETWEEN = /^(?:DET|ADJ|ADV|PRON|NOUN|PROPN|PART|CCONJ|NUM)$/;

/**
 * "its readiness to expand horizons" in a description, "Ukraine remains steadfast in its commitment to …", "their
 * willingness to subsidize Russia's war", "have shown a massive readiness to defend Ukraine": a disposition the writer
 * describes, or one a side shows by acting, is no declared intent. Only one a verb
 * of stating governs counts: as its object ("Putin reaffirmed Russia's readiness to …", "noted Romania's readiness",
 * "praised Portugal's readiness") or, the noun opening the clause, as its passive subject ("Russia's readiness for
 * dialogue … has been reaffirmed").
 */
export function undeclaredDisposition(ctx: SentenceContext, match: Match): boolean {
  if (!match.pattern.noun) return false;
  const tokens = ctx.doc.tokens;
  const i = match.trigger;
  if (!DISPOSITIONS.has(tokens[i]!.lemma)) return false;
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 8); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return !STATING.has(t.lemma);
    if (!BETWEEN.test(t.pos) && mentionOf(ctx, k) === undefined && t.text !== "'" && t.text !== '’') break;
  }
  // Only a noun in its clause's subject, before any verb, may be declared by a passive after it.
  for (let k = ctx.sentence.firstToken; k < i; k++) if (tokens[k]!.pos === 'VERB') return true;
  for (let k = i + 1; k < ctx.sentence.endToken - 1; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':') break;
    if (t.pos === 'AUX' && /^(?:be|have)$/.test(t.lemma)) {
      let v = k + 1;
      while (tokens[v]?.pos === 'AUX' || tokens[v]?.pos === 'ADV') v++;
      if (v < ctx.sentence.endToken && STATING.has(tokens[v]!.lemma) && tokens[v]!.lower.endsWith('ed')) return false;
      return true;
    }
  }
  return true;
}
