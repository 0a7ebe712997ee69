// Acts told by rumour, fakes or propaganda: "rumours that Poland had sent troops to Ukraine", "fake reports that
// Ukraine attacked Belgorod", "Kremlin propaganda says that NATO attacked Russia", "state TV falsely claimed that …",
// "a video shows a staged attack on Russian forces". The sentence itself calls the content hearsay or a lie, so the
// act is not asserted: hypothetical, like a claimed act (claims.ts). A news agency that "reported that X attacked"
// is no hearsay and keeps the act asserted.
import type { SentenceContext } from './context.ts';
import { isQuoteMark } from './context.ts';
import { SPEECH_VERBS } from './lexicon.ts';

/** Nouns that name a content as hearsay or a lie: "rumours that …", "Russian propaganda says …". */
export const HEARSAY = new Set(
  'rumour rumor rumours rumors fake fakes disinformation misinformation propaganda hoax hoaxes myth myths lie lies fabrication fabrications'.split(
    ' ',
  ),
);
/** Adjectives that make a report a lie: "fake reports that …", "false claims that …". */
export const FALSE = new Set('fake false bogus fabricated unfounded baseless groundless untrue fictitious'.split(' '));
/** Nouns for a content told: with a FALSE adjective before them, hearsay. */
const TOLD = new Set(
  'report reports news claim claims story stories allegation allegations information statement statements'.split(' '),
);
/** Adverbs that call a saying false: "falsely claimed that …". */
export const FALSELY = new Set(['falsely', 'wrongly', 'baselessly', 'mendaciously']);
/**
 * Adjectives before an act's noun that make it a sham or only claimed: "a staged attack", "a fake referendum", "the
 * alleged withdrawal".
 */
export const SHAM = new Set(
  'staged fake faked fabricated simulated fictitious imaginary sham false-flag alleged purported'.split(' '),
);
/** Words before a hearsay noun that make it what is fought: "against propaganda". */
const FIGHTING = new Set(['against', 'counter', 'anti', 'combat', 'fight', 'stop']);
/** How far back from the "that" the hearsay noun or the saying's subject may stand. */
const REACH = 6;

/** The cue when the act at `trigger` is told as hearsay, a lie or a sham; else null. */
export function hearsayContent(ctx: SentenceContext, trigger: number, noun: boolean): string | null {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  const sham = noun ? shamBefore(ctx, trigger) : null;
  if (sham !== null) return sham;
  // The nearest "that" or saying before the act opens its clause.
  let that = trigger - 1;
  while (that > first && tokens[that]!.lower !== 'that') {
    if (tokens[that]!.text === ';') return null;
    if (tokens[that]!.pos === 'VERB' && SPEECH_VERBS.has(tokens[that]!.lemma))
      return saidAsHearsay(ctx, that) ? tokens[that]!.lower : null;
    that--;
  }
  if (that <= first) return null;
  let k = that - 1;
  while (k > first && isQuoteMark(tokens[k]!)) k--;
  const head = tokens[k]!;
  if (hearsayWord(ctx, k)) return `${head.lower} that`;
  if (TOLD.has(head.lower) && FALSE.has(tokens[k - 1]?.lower ?? '')) return `${tokens[k - 1]!.lower} ${head.lower}`;
  // "claimed without providing evidence that …", "asserted, without evidence, that …": the saying stands before its
  // unevidenced aside.
  const proof = head.text === ',' ? k - 1 : k;
  const saying = EVIDENCE.has(tokens[proof]?.lower ?? '') ? sayingBefore(ctx, proof) : k;
  return saidAsHearsay(ctx, saying) ? `${tokens[saying]!.lower} that` : null;
}

/** Nouns of proof whose absence leaves a claim unsupported. */
export const EVIDENCE = new Set(['evidence', 'proof']);
/** Verbs of giving proof: "did not offer evidence", "has not provided any proof". */
const PROVIDING = new Set(['offer', 'provide', 'give', 'present', 'cite', 'produce', 'show', 'supply']);
/** Words of negation before such a verb. */
const NOT = new Set(['not', "n't", 'never']);

/** The speech verb within reach before the noun at `k` ("claimed without providing evidence"), else `k`. */
function sayingBefore(ctx: SentenceContext, k: number): number {
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - REACH); j--) {
    const t = ctx.doc.tokens[j]!;
    if (t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma)) return j;
  }
  return k;
}

/**
 * "claimed, without providing evidence, that …", "said a huge number had been killed, without providing evidence", "He
 * claimed his troops had shot down a helicopter, though he did not offer evidence of this claim": the sentence says
 * after the saying that no proof came with it, so what it says is only claimed, not reported done.
 */
function unevidenced(ctx: SentenceContext, verb: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let j = verb + 1; j < ctx.sentence.endToken; j++) {
    const t = tokens[j]!;
    if (t.text === ';') return false;
    if (!EVIDENCE.has(t.lower)) continue;
    for (let b = j - 1; b >= Math.max(verb + 1, j - 4); b--) {
      const w = tokens[b]!;
      if (w.lower === 'without') return true;
      if (PROVIDING.has(w.lemma) && tokens.slice(Math.max(verb + 1, b - 2), b).some((n) => NOT.has(n.lower)))
        return true;
    }
  }
  return false;
}

/**
 * A sham adjective right before the act's noun, or opening its phrase past other modifiers ("a staged Ukrainian
 * attack"); not the light verb "staged" before the noun's article ("Russia staged an attack").
 */
function shamBefore(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  for (let k = trigger - 1; k >= Math.max(ctx.sentence.firstToken, trigger - 3); k--) {
    const t = tokens[k]!;
    if (SHAM.has(t.lower) && (k === trigger - 1 || tokens[k - 1]?.pos === 'DET')) return t.lower;
    if (t.pos !== 'ADJ' && t.pos !== 'PROPN') return null;
  }
  return null;
}

/**
 * The speech verb at `verb` says its content falsely or as propaganda: "falsely claimed that …", "Kremlin propaganda
 * says …". The content is not asserted, but the saying still charges whoever the content blames (claims.ts).
 */
export function saidAsHearsay(ctx: SentenceContext, verb: number): boolean {
  const tokens = ctx.doc.tokens;
  const head = tokens[verb]!;
  if (head.pos !== 'VERB' || !SPEECH_VERBS.has(head.lemma)) return false;
  if (FALSELY.has(tokens[verb - 1]?.lower ?? '') || unevidenced(ctx, verb)) return true;
  for (let j = verb - 1; j >= Math.max(ctx.sentence.firstToken, verb - REACH); j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
    if (hearsayWord(ctx, j)) return true;
  }
  return false;
}

/**
 * The word at `i` names hearsay: not inside a name, "the Center for Countering Disinformation said that …", nor what
 * someone fights, "those countering propaganda".
 */
function hearsayWord(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (!HEARSAY.has(t.lower)) return false;
  if (i > ctx.sentence.firstToken && t.text !== t.lower) return false;
  const before = ctx.doc.tokens[i - 1];
  return before === undefined || !(before.lower.endsWith('ing') || FIGHTING.has(before.lower));
}
