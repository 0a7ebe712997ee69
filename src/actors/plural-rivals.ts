// What else a "they" may stand for between it and a plural subject a few sentences back ("Russian troops entered the
// village. The weather was cold. They shelled the school"): recognize.ts looks past a sentence only when it names
// no such rival, so a "they" that could be either is left unresolved.
import type { Mention, Token } from '../types.ts';

/** Plural pronouns, which stand for something of their own: another "they", "them", "their". */
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'themselves']);

/** An ellipsis, after which a sentence may go on with a new clause: "Kharkiv and the region... They bombed …". */
export const ELLIPSIS = /^(?:…|\.\.\.)$/;

/**
 * Tokens `from` to `to` (exclusive) name something a later "they" might stand for: an actor that is neither a person
 * nor a state (a group, an organisation), two or more persons ("Macron and Scholz"), a plural pronoun, people
 * ("residents", "soldiers"), or a plural noun that acts ("The missiles hit …", "Five civilians were killed").
 * A sentence that opens with an actor is about it: the "they" after it is as likely its as the older subject's.
 * `mentions` are those found so far, in text order.
 */
export function namesPluralRival(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  from: number,
  to: number,
  peopleHeads: ReadonlySet<string>,
): boolean {
  let persons = 0;
  for (const m of mentions) {
    if (m.firstToken < from || m.firstToken >= to) continue;
    if (m.actor.type === 'person') persons++;
    else if (m.actor.type !== 'state' || m.kind === 'pronoun') return true;
  }
  if (persons >= 2) return true;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PRON' && PLURAL_PRONOUNS.has(t.lower)) return true;
    if (t.pos !== 'NOUN') continue;
    if (peopleHeads.has(t.lower)) return true;
    if (t.lower !== t.lemma && t.lower.endsWith('s') && acts(tokens, k + 1, to)) return true;
  }
  return false;
}

/** A verb group starts at token `k`, before `to`: "hit", "were killed", "have also struck". */
function acts(tokens: readonly Token[], k: number, to: number): boolean {
  while (k < to && tokens[k]!.pos === 'ADV') k++;
  return k < to && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'VERB');
}
