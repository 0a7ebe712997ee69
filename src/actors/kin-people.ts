// "Bosnian Serb forces", "Croatian Serb rebels", "Kosovo Albanians", "Bulgarian Turks": a state's adjective (or a
// one-word state name) right before a people that lives split among states names that people where it lives, so the
// actor is of the first state, as CAMEO and PLOVER code ethnic groups by their home ("ethnic Albanians in Macedonia"
// = MKD, see homeOf). Without this the second word took the phrase: "Bosnian Serb forces" became Serbia's army.
// Only such peoples: after a nation of immigrants the order is the other way round ("Ukrainian Canadian", "Turkish
// Cypriot" live in Canada and Cyprus).
import type { Token } from '../types.ts';
import type { ActorRegistry, NamedActor } from './registry.ts';
import { matchesAt } from './trie.ts';
import { isPossessive, parseSector, parseTitle, type Qualifier } from './parse.ts';

/**
 * Peoples of the Balkans and their neighbours that live in several states, named by a word of their kin state's
 * (lowercase). Not adjectives that also name the kin state's own acts ("Turkish", "Serbian": "Greek Turkish talks").
 */
const SPLIT_PEOPLES: ReadonlySet<string> = new Set([
  'serb',
  'serbs',
  'croat',
  'croats',
  'albanian',
  'albanians',
  'hungarian',
  'hungarians',
  'turk',
  'turks',
]);

/** What the kin phrase reads as: a longer qualifier for the nouns after it, or the people itself. */
export type KinReading =
  | { readonly kind: 'qualifier'; readonly qualifier: Qualifier }
  | { readonly kind: 'people'; readonly end: number; readonly actor: NamedActor };

/**
 * The qualifier `q` at `j` (an adjective, or a one-word state name that is no abbreviation such as "US") followed, past a
 * plain space, by a split people's word of another state ("Serb", "Serbs"). Null when nothing such follows.
 */
export function kinPeopleAt(
  reg: ActorRegistry,
  tokens: readonly Token[],
  j: number,
  q: Qualifier,
  limit: number,
): KinReading | null {
  const home = q.actor;
  if (home.type !== 'state' || home.country === null || q.end !== q.nameEnd || q.nameEnd >= limit) return null;
  const last = tokens[q.nameEnd - 1]!;
  const oneWordName = q.kind === 'state' && q.nameEnd === j + 1 && !/^(?:[A-Z]\.?){2,4}$/.test(last.text);
  if (q.kind !== 'adjective' && !oneWordName) return null;
  const next = tokens[q.nameEnd]!;
  if (next.start === last.end || next.sentence !== last.sentence || !SPLIT_PEOPLES.has(next.lower)) return null;
  const all = matchesAt(reg.names, tokens, q.nameEnd, limit);
  for (let m = all.length - 1; m >= 0; m--) {
    const { end, hits } = all[m]!;
    // "Bosnian Serb-led forces": a hyphenated compound after it describes, it names no people.
    if (tokens[end]?.text === '-' && tokens[end]!.start === tokens[end - 1]!.end) continue;
    for (const h of hits) {
      if (h.value.kind !== 'adjective' && h.value.kind !== 'demonym') continue;
      const kin = h.value.actor.country;
      if (kin === null || kin === home.country) continue;
      if (h.value.kind === 'demonym')
        return {
          kind: 'people',
          end,
          actor: { ...home, id: `${home.country}.people`, name: `${home.name} (people)`, type: 'group' },
        };
      // Only before a noun of people or a title ("Bosnian Serb forces", "Bosnian Serb leader"): "Russian Ukrainian
      // talks" are talks of two states.
      if (parseSector(reg, tokens, end, limit) === null && parseTitle(reg, tokens, end, limit) === null) return null;
      const possessive = isPossessive(tokens, end, limit);
      return {
        kind: 'qualifier',
        qualifier: { actor: home, kind: 'adjective', nameEnd: end, end: possessive ? end + 1 : end },
      };
    }
  }
  return null;
}
