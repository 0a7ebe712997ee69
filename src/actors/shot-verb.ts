// "Kenyan police shot dead two militants", "Police shot two protesters": the tagger reads the irregular past "shot" as
// a noun after a noun, so a sector noun before it ("police", "army", "military") looked like the modifier of a
// compound ("police shot") and named no actor; the shooting then had no doer. "Shot" followed by what only a verb
// takes (dead, down, at, an object) is the verb.

import type { Token } from '../types.ts';

/** Words after "shot" that make it the verb: "shot dead", "shot down", "shot at", "shot and killed". */
const AFTER_SHOT_VERB = new Set(['dead', 'down', 'at', 'and', 'his', 'her', 'its', 'their']);
/** Tags of a word after "shot" that open its object: "shot a protester", "shot 12 people", "shot Abdullah". */
const OBJECT_TAGS = new Set(['DET', 'NUM', 'PROPN']);

/** Token `k` is the past "shot" the tagger took for a noun, used as a verb (see above). */
export function isShotVerb(tokens: readonly Token[], k: number, limit: number): boolean {
  const shot = tokens[k];
  const next = tokens[k + 1];
  if (shot === undefined || shot.text !== 'shot' || next === undefined || k + 1 >= limit) return false;
  return AFTER_SHOT_VERB.has(next.lower) || OBJECT_TAGS.has(next.pos);
}
