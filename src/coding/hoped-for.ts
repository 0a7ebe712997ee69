// Acts hoped for or looked forward to, named by a noun or a gerund: "expressed hope for strengthening economic
// cooperation", "we look forward to cooperating with you", "looked forward to meeting the Estonian delegation", "hopeful
// for a phone call between Russia and Ukraine". What is hoped for has not happened (wishes.ts reads "hope that …" and
// "hope to …"; this is their noun-phrase form). So is an act dreamt of: "they still dream of capturing Ukraine", "a
// state that dreams of conquering its neighbours".
import type { Token } from '../types.ts';
import type { SentenceContext } from './context.ts';

/** Forms of "hope" before "for". */
export const HOPE = new Set(['hope', 'hopes', 'hoped', 'hoping']);
/** Forms of "dream" (verb or noun) before "of". */
export const DREAM = new Set(['dream', 'dreams', 'dreamed', 'dreamt', 'dreaming']);
/** Forms of "look" before "forward to". */
const LOOK = new Set(['look', 'looks', 'looked', 'looking']);
/**
 * Words of the noun phrase or gerund between "for"/"to" and the trigger: "the continuation of Ukraine's", "the
 * continuation of cooperation both at the bilateral level and in the framework of Ukraine's cooperation with NATO",
 * "the active role of the Czech presidency in supporting": prepositions and "and" join its parts; a verb or a mark
 * ends it.
 */
const PHRASE = /^(?:DET|ADJ|NOUN|PROPN|NUM|PART|ADV|ADP|CCONJ)$/;
const PHRASE_WORDS = new Set(['of', 'in', "'s", '’s', 'our', 'their', 'its', 'his', 'her', 'your']);
/** How many words the phrase may take. */
const REACH = 24;

/** The cue ("hope for", "dream of", "look forward to") whose object holds the trigger at `trigger`, or null. */
export function hopedFor(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  for (let k = trigger - 1; k >= Math.max(ctx.sentence.firstToken + 1, trigger - REACH); k--) {
    const t = tokens[k]!;
    if (t.lower === 'for' && HOPE.has(tokens[k - 1]!.lower)) return 'hope for';
    if (t.lower === 'of' && DREAM.has(tokens[k - 1]!.lower)) return 'dream of';
    // "Erdogan hopeful for a phone call between Russia and Ukraine", "was hopeful of talks": the adjective's object.
    if ((t.lower === 'for' || t.lower === 'of') && tokens[k - 1]!.lower === 'hopeful') return `hopeful ${t.lower}`;
    if (t.lower === 'to' && tokens[k - 1]!.lower === 'forward' && LOOK.has(tokens[k - 2]?.lower ?? ''))
      return 'look forward to';
    if (!PHRASE.test(t.pos) && !PHRASE_WORDS.has(t.lower)) return null;
    // "hope for peace and thanked Poland": "and" before a verb of its own joins a clause, not a part of the phrase.
    if (t.pos === 'CCONJ' && clauseVerb(tokens[k + 1])) return null;
  }
  return null;
}

/** A verb with a tense of its own ("thanked", "is"), not an -ing form ("and strengthening"). */
function clauseVerb(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing');
}
