// Cue words of some of `readModality`'s tests (modality.ts): words without which a test returns null, so that a
// sentence holding none of them skips the test without running it, as rule-cues.ts does for the sentence rules. The
// modality is read at most matches, and each of these tests scans back from the trigger over the sentence; one pass
// over the sentence, made once for all its readings, looks each token's lower form and lemma up once.
//
// Only tests whose cues are read off their code with certainty are gated (a test that returns null unless a token of
// the sentence, at or after its first, has one of the words): a word added to a test's set is a cue at once, since
// the sets are the tests' own; a test given a new way to fire that needs none of its words must have its cues widened
// here (test/coding/modality-cues.test.ts).
import type { SentenceContext } from './context.ts';
import { DREAM, HOPE as HOPE_FORMS } from './hoped-for.ts';
import { NEGATORS } from './lexicon.ts';
import { BELIEF_ADJECTIVES, BELIEF_NOUNS, BELIEF_VERBS, HOPE, IMAGINE } from './wishes.ts';

/** `unsaidContent` (unsaid.ts): a negator before the saying, or "but not that" ("not" is a negator). */
export const NEGATION_CUE = 1;
/** `hopedFor` (hoped-for.ts): "hope(s/d) for", "dream of", "hopeful for/of", "forward to". */
export const HOPED_CUE = 2;
/** `wishedAct` (wishes.ts): a hope or imagining (lemma), or a belief word (verb lemma, adjective or noun). */
export const WISHED_CUE = 4;

const CUES = new Map<string, number>();
function add(words: Iterable<string>, bit: number): void {
  for (const w of words) CUES.set(w, (CUES.get(w) ?? 0) | bit);
}
add(NEGATORS, NEGATION_CUE);
add([...HOPE_FORMS, ...DREAM, 'hopeful', 'forward'], HOPED_CUE);
add([...HOPE, ...IMAGINE, ...BELIEF_VERBS, ...BELIEF_ADJECTIVES, ...BELIEF_NOUNS], WISHED_CUE);

// The cues of the last sentence read: the modality is read at each match of a sentence, and its matches come together.
let lastDoc: SentenceContext['doc'] | null = null;
let lastSentence: SentenceContext['sentence'] | null = null;
let lastCues = 0;

/** The cue bits of the words in the sentence of `ctx` (lower forms and lemmas), made once per sentence. */
export function modalityCues(ctx: SentenceContext): number {
  if (ctx.doc === lastDoc && ctx.sentence === lastSentence) return lastCues;
  const tokens = ctx.doc.tokens;
  let cues = 0;
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!;
    cues |= CUES.get(t.lower) ?? 0;
    if (t.lemma !== t.lower) cues |= CUES.get(t.lemma) ?? 0;
  }
  lastDoc = ctx.doc;
  lastSentence = ctx.sentence;
  lastCues = cues;
  return cues;
}
