// A name the dictionaries do not know, standing right before the verb at the opening of its clause, is the verb's
// subject all the same: "After the Russian invasion, Elina Svitolina refused to play" is the tennis player's refusal,
// not Russia's. The subject search must not reach past such a name to an actor in a fronted phrase. ("Andriy Yermak
// and Timothy Barrow discussed" is a coordination: the known name still counts.)
import { mentionOf, token, type SentenceContext } from './context.ts';

/** Words that may open the clause right before its subject's name. */
const CLAUSE_OPENERS = new Set([
  'but',
  'while',
  'when',
  'as',
  'after',
  'before',
  'since',
  'because',
  'although',
  'that',
]);

/** Words that open a fronted comparison. */
const COMPARISONS = new Set(['like', 'unlike']);

/** Words of the verb group between the subject and the verb: auxiliaries, "not", adverbs. */
const inVerbGroup = (pos: string | undefined): boolean => pos === 'AUX' || pos === 'PART' || pos === 'ADV';

/**
 * The token at `k` ends a run of proper-noun words with no actor that is the subject of the verb at `verb`: only the
 * verb group stands between them, and the run opens the sentence or follows a comma or a word that opens a clause.
 */
export function unknownNameSubject(ctx: SentenceContext, k: number, verb: number): boolean {
  // A headline in capitals tags every word a name.
  const t = token(ctx, k);
  if (t?.pos !== 'PROPN' || t.text === t.text.toUpperCase()) return false;
  for (let j = k + 1; j < verb; j++) if (!inVerbGroup(token(ctx, j)?.pos)) return false;
  let first = k;
  while (first > ctx.sentence.firstToken && token(ctx, first - 1)?.pos === 'PROPN') first--;
  for (let j = first; j <= k; j++) if (mentionOf(ctx, j) !== undefined) return false;
  if (first === ctx.sentence.firstToken) return true;
  const before = token(ctx, first - 1)!;
  // "Like most Ukrainian athletes, Kharlan refused", "But unlike other Russians, Kabaeva has not been sanctioned": a
  // fronted comparison names the group the name belongs to, which the search may take.
  if (before.text === ',') {
    let opener = ctx.sentence.firstToken;
    if (token(ctx, opener)?.pos === 'CCONJ') opener++;
    return !COMPARISONS.has(token(ctx, opener)!.lower);
  }
  return CLAUSE_OPENERS.has(before.lower);
}
