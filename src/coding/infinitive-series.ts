// Infinitives in a series: "called on Russia to comply with its obligations, to release the prisoners and to provide
// access", "urged Serbia to join the rest of Europe and impose sanctions". A later infinitive shares the first one's
// reading and its doer.
import type { Token } from '../types.ts';
import { isQuoteMark, type SentenceContext } from './context.ts';
import { isBareForm } from './spelled-lemmas.ts';

const isBareVerb = (t: Token | undefined): boolean => t?.pos === 'VERB' && isBareForm(t);

/**
 * The verb of the first infinitive of a series whose later "to" stands at `to` after "and", "or" or a comma ("to
 * comply with its obligations, (and) to release …"; with `bare`, the later verb itself: "… and impose"), within the
 * sentence and before any semicolon, or null.
 */
export function seriesHead(ctx: SentenceContext, to: number, bare = false): number | null {
  const tokens = ctx.doc.tokens;
  // "asked the President to support this project, as well as to support the park": "as well as" joins as "and" does.
  const asWellAs = tokens[to - 1]?.lower === 'as' && tokens[to - 2]?.lower === 'well' && tokens[to - 3]?.lower === 'as';
  if (!asWellAs && !/^(?:and|or|,)$/.test(tokens[to - 1]?.lower ?? '')) return null;
  // "to release", "to immediately and unconditionally release": adverbs may stand before the verb; with `bare`, `to`
  // is the verb itself ("to join the rest of Europe and impose sanctions").
  let verb = bare ? to : to + 1;
  while (tokens[verb]?.pos === 'ADV' || tokens[verb]?.lower === 'and') verb++;
  if (!isBareVerb(tokens[verb])) return null;
  for (let j = to - 2; j >= Math.max(ctx.sentence.firstToken, to - 30); j--) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === ':' || isQuoteMark(t)) return null;
    if (t.lower !== 'to') continue;
    // "planned to swiftly decapitate the leadership, occupy …": the first verb may stand after adverbs too.
    let first = j + 1;
    while (tokens[first]?.pos === 'ADV' && first < to) first++;
    if (isBareVerb(tokens[first])) return first;
  }
  return null;
}
