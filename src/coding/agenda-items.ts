// "The agenda includes expanding cooperation in trade", "Your priorities include deepening integration and expanding
// cooperation with your colleagues", "the agenda of the talks included strengthening ties with Brazil": an act listed
// as what an agenda, a list of priorities or of topics includes is an item to take up, not an act done. An analyst
// codes the talks it belongs to, if any are reported, and nothing for the item itself (like "the issue of expanding
// trade", topics.ts).
import type { SentenceContext } from './context.ts';

/** Nouns of a list of items to take up. */
const AGENDA_NOUNS = new Set(
  'agenda agendas priorities priority topics issues items programme program plan plans'.split(' '),
);

/** Verbs that list the items. */
export const LISTING = new Set(['include', 'cover', 'comprise']);

/** How far the agenda noun may stand before the listing verb: "the agenda of the talks with Brazil included". */
const SUBJECT_REACH = 8;

/** How far the act may stand after the listing verb. */
const ITEM_REACH = 25;

/** The word at `k` ends the list of items: a finite verb or a clause's punctuation. */
const endsItems = (pos: string, lower: string): boolean =>
  pos === 'AUX' || (pos === 'VERB' && !lower.endsWith('ing')) || lower === ';' || lower === ':';

/** The act at `i`, an -ing form or a noun, is an item of what an agenda, priorities or topics include: no event. */
export function agendaItem(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  // Only a named act is an item: "expanding cooperation", "the expansion of ties"; a finite verb is done.
  if (endsItems(tokens[i]!.pos, tokens[i]!.lower)) return false;
  for (let k = i - 1; k >= Math.max(first, i - ITEM_REACH); k--) {
    const t = tokens[k]!;
    if (LISTING.has(t.lemma) && t.pos === 'VERB') {
      for (let s = k - 1; s >= Math.max(first, k - SUBJECT_REACH); s--) {
        const w = tokens[s]!;
        if (AGENDA_NOUNS.has(w.lower) && w.pos === 'NOUN') return true;
        if (w.pos === 'VERB' || w.pos === 'PUNCT') return false;
      }
      return false;
    }
    if (endsItems(t.pos, t.lower)) return false;
  }
  return false;
}
