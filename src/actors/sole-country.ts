// "Lt. Gen. Prosper Avril resigned … to allow Haiti's first democratic elections": a titled person no dictionary
// knows holds an office of *some* state (---MIL, ---GOV, ---JUD). When the article names exactly one state, and
// names it in the person's own sentence, the office is that state's; with two or more ("Mitterrand welcomed South
// African leader de Klerk"), or with the state only in another sentence ("Lieutenant Colonel X spoke. Russia's
// prosecutor agreed."), it stays unknown. A named body no dictionary knows ("the fundamentalist Umma party has
// said it will boycott Algeria's first multi-party elections") is placed the same way: parties, unions and
// movements are national. Not an unplaced group ("insurgents", "protesters"): it may be foreign fighters or a
// diaspora.
import type { Mention } from '../types.ts';

const UNKNOWN = '---';

export function withSoleCountry(mentions: readonly Mention[]): Mention[] {
  let sole: string | null = null;
  for (const m of mentions) {
    const country = m.actor.country;
    if (country === null) continue;
    if (sole !== null && sole !== country) return [...mentions];
    sole = country;
  }
  if (sole === null) return [...mentions];
  const country = sole;
  const sentences = new Set(mentions.filter((m) => m.actor.country === country).map((m) => m.sentence));
  return mentions.map((m) =>
    (m.actor.type === 'person' || (m.actor.type === 'organization' && m.actor.id === null)) &&
    m.actor.country === null &&
    m.actor.code.startsWith(UNKNOWN) &&
    sentences.has(m.sentence)
      ? { ...m, actor: { ...m.actor, country, code: `${country}${m.actor.code.slice(UNKNOWN.length)}` } }
      : m,
  );
}
