// "Mass protests forced out a Russia-friendly president after he refused to sign the agreement": a singular title
// after "a"/"an" that names no one ("a Russia-friendly president", "a former leader") brings a new person into the
// sentence, and a later "he"/"she" of that sentence stands for that person. Without this the pronoun reached back to
// the last named person of an earlier sentence (Putin) and gave them the unnamed president's acts.
import type { Token } from '../types.ts';
import type { ActorRegistry } from './registry.ts';
import { longestAt } from './trie.ts';

/** Words that make the indefinite title a predicate or a comparison ("as a president", "became a leader"). */
const PREDICATE_BEFORE = new Set(['as', 'like', 'be', 'become']);

/**
 * Whether tokens `first` to `pronoun` (one sentence) hold an indefinite singular title outside any mention
 * (`covered` tells whether a token is inside one).
 */
export function unnamedHolderBefore(
  reg: ActorRegistry,
  tokens: readonly Token[],
  first: number,
  pronoun: number,
  covered: (k: number) => boolean,
): boolean {
  for (let k = first; k < pronoun; k++) {
    const article = tokens[k]!.lower;
    if (article !== 'a' && article !== 'an') continue;
    if (PREDICATE_BEFORE.has(tokens[k - 1]?.lemma.toLowerCase() ?? '')) continue;
    // Across the title's modifiers: "a Russia-friendly president", "a newly elected leader".
    let j = k + 1;
    while (j < pronoun && !covered(j) && longestAt(reg.titles, tokens, j, pronoun, true) === null) {
      const pos = tokens[j]!.pos;
      if (pos !== 'ADJ' && pos !== 'ADV' && pos !== 'PROPN' && pos !== 'VERB' && tokens[j]!.text !== '-') break;
      j++;
    }
    if (j >= pronoun || covered(j)) continue;
    const title = longestAt(reg.titles, tokens, j, pronoun, true);
    if (title === null) continue;
    const head = tokens[title.end - 1]!;
    // Singular only: "a group of leaders" is no one "he" may stand for.
    if (head.lower === head.lemma.toLowerCase() && title.end < pronoun && !covered(title.end - 1)) return true;
  }
  return false;
}
