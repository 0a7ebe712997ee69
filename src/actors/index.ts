// The actors stage: dictionary registry, Doc → Mention[] (names, titles, coreference), and per-article summaries.
import type { ActorSummary, Diagnostic, Doc, Mention } from '../types.ts';
import type { ActorRegistry } from './registry.ts';
import { registryOn } from './eras.ts';
import { recognize } from './recognize.ts';
import { withEthnicHomes } from './ethnic-home.ts';
import { withSoleCountry } from './sole-country.ts';
import { withFirstNames } from './first-names.ts';

export type { ActorRegistry } from './registry.ts';
export { loadActorRegistry } from './registry.ts';
export { withSpeakersOwn } from './speakers-own.ts';
export { withSpeakersLand } from './speakers-land.ts';
export { withoutSpeakerAsThirdPerson } from './speaker-pronouns.ts';
export { withQuotedAntecedentsToSpeaker } from './quoted-antecedents.ts';

export function findMentions(doc: Doc, registry: ActorRegistry): { mentions: Mention[]; diagnostics: Diagnostic[] } {
  const { mentions, diagnostics } = recognize(doc, registryOn(registry, doc.article.date));
  return { mentions: withSoleCountry(withEthnicHomes(doc, withFirstNames(mentions), registry.states)), diagnostics };
}

/** Distinct actors in order of first mention, each with its mention count (pronouns and titles included). */
export function summarizeActors(mentions: readonly Mention[]): ActorSummary[] {
  const byKey = new Map<string, { first: Mention; count: number }>();
  for (const m of mentions) {
    const key = m.actor.id ?? `${m.actor.code}|${m.actor.name}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      // Prefer a name over a pronoun or title as the surface shown for the actor.
      if (seen.first.kind !== 'name' && m.kind === 'name') seen.first = m;
    } else byKey.set(key, { first: m, count: 1 });
  }
  // Object.assign, not `{ ...first.actor, mentions }`: a spread copy given a new key gets a hidden class of its own
  // in V8 (one per summary); assigning onto `{}` keeps the actor's key order and shares hidden classes.
  return [...byKey.values()].map(({ first, count }) => Object.assign({}, first.actor, { mentions: count }));
}
