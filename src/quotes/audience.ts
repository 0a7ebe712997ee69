// The audience of an address, named by its title: "Address by President of Ukraine Volodymyr Zelenskyy to the
// Bundestag", "Speech by President Volodymyr Zelenskyy in the Parliament of Japan", "… at a meeting of the UN Security
// Council", "… to the people of Switzerland". In such a speech "you" and "your" are that audience: "I ask you to …",
// "We count on your support". Only a foreign audience: a speaker's "you" at home (citizens, soldiers, the national
// parliament) is the speaker's own people, and a title with no audience (a nightly video address) names no one.
import type { Doc, Mention } from '../types.ts';

// Unicode-property regexes live at module level: tsx (esbuild) compiles a `\p{…}` literal to `new RegExp(…)`, which
// inside a function would build the regex at every call.
const LETTER_START = /^\p{L}/u;

/** Words that introduce the audience or the assembly the speech is given in. */
const AUDIENCE_PREPOSITIONS = new Set(['to', 'in', 'at', 'before', 'of']);
/** Nouns that make a city or state before them a place: "in Kyiv region". */
const PLACE_AFTER = new Set(['region', 'oblast', 'city']);

/**
 * The actor the title says the speaker addresses: the first actor after the speaker that a preposition of address
 * ("to the Bundestag", "in the Knesset", "of the Republic of Poland") or an apposition ("the Senate, the National
 * Assembly of the French Republic") brings in, of another state than the speaker's. A state by its name right after
 * "in" is where the speech is given ("at the Riksdag in Sweden", "in Warsaw"), not whom it addresses.
 */
export function addressAudience(title: Doc, mentions: readonly Mention[], speaker: Mention): Mention | null {
  const { tokens } = title;
  for (const m of mentions) {
    if (m.firstToken < speaker.endToken) continue;
    const at = tokens[m.firstToken - 1]?.lower === 'the' && m.actor.text.slice(0, 4).toLowerCase() !== 'the ' ? 2 : 1;
    const before = tokens[m.firstToken - at];
    if (before === undefined || (!AUDIENCE_PREPOSITIONS.has(before.lower) && before.text !== ',')) continue;
    if (m.actor.type === 'person' || m.actor.code === '' || m.actor.country === speaker.actor.country) continue;
    const next = tokens[m.endToken];
    const bare = m.actor.type === 'state' && m.actor.sector === null && at === 1;
    if (bare && before.lower === 'in' && (next === undefined || !LETTER_START.test(next.text))) continue;
    if (next !== undefined && PLACE_AFTER.has(next.lower)) continue;
    return m;
  }
  return null;
}
