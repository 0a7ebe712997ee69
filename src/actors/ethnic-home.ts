// "Ethnic Albanians have sworn to fight until they gain control of villages near Macedonia's border": "ethnic" marks
// a people living outside its kin state, and PLOVER and CAMEO code a people by the state it lives in. The recogniser
// reads the state when the text gives it ("ethnic Turks in Sweden"); when it does not, the other state the sentence
// names most often is the state they live in ("… near Macedonia's border with Bulgaria, Macedonian officials said").
// Two named as often ("ethnic Turks … Sweden's decision to send them back to Bulgaria") leave the kin state: the
// sentence does not say which. Pronouns resolved to the people follow it.
import type { Doc, Mention } from '../types.ts';

function ethnicKin(doc: Doc, m: Mention): boolean {
  // People only: "ethnic Albanians", "ethnic Serb rebels"; not the adjective of a thing ("ethnic Russian areas").
  if (m.kind === 'pronoun' || m.actor.type !== 'group' || m.actor.country === null) return false;
  if (doc.tokens[m.firstToken - 1]?.lower !== 'ethnic') return false;
  // A mention the recogniser already placed ("ethnic Serbs living in Croatia") runs on over "in"/"of".
  for (let k = m.firstToken; k < m.endToken; k++) if (/^(?:in|of)$/.test(doc.tokens[k]!.lower)) return false;
  return true;
}

/** The other state the sentence names most often, if one is named more often than any other. */
function otherState(mentions: readonly Mention[], m: Mention): string | null {
  const counts = new Map<string, number>();
  for (const o of mentions) {
    const country = o.actor.country;
    if (o.sentence !== m.sentence || o.kind === 'pronoun' || country === null || country === m.actor.country) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0] !== undefined && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : null;
}

export function withEthnicHomes(
  doc: Doc,
  mentions: readonly Mention[],
  states: ReadonlyMap<string, { readonly name: string }>,
): Mention[] {
  const homes = new Map<number, string>();
  mentions.forEach((m, k) => {
    const home = ethnicKin(doc, m) ? otherState(mentions, m) : null;
    if (home !== null) homes.set(k, home);
  });
  if (homes.size === 0) return [...mentions];
  return mentions.map((m, k) => {
    const home = homes.get(k) ?? (m.kind === 'pronoun' && m.antecedent !== null ? homes.get(m.antecedent) : undefined);
    if (home === undefined) return m;
    const sector = m.actor.code.slice(3);
    const name = `${states.get(home)?.name ?? home}${m.actor.type === 'state' || sector === '' ? '' : ` ${sector}`}`;
    return { ...m, actor: { ...m.actor, name, country: home, code: `${home}${sector}` } };
  });
}
