// "Meeting with permanent members of the Security Council", "Security Council meeting": a page whose headline names a
// Security Council with no UN before it reports a state's own council (Russia's, which its president chairs), not the
// United Nations'. A bare "the Security Council" in it is that council, a body of the government of the state the
// article is about (`mainState`): "The President held a meeting with permanent members of the Security Council" is
// Russia's government meeting itself, no consultation with the UN. With no state the article is mostly about, the
// state is the one whose council the article names ("the Russian Federation Security Council … the other Security
// Council members"). The UN's keeps its code where the text says so: "the UN Security Council", or a bare "Security
// Council" in a sentence that names the UN. Pronouns resolved to a council read so follow it.
import type { Doc, Mention } from '../types.ts';
import type { NamedActor } from './registry.ts';
import { mainState } from './context-state.ts';
import { withActor } from './article-head.ts';

/** The registry id of the United Nations Security Council (organizations.tsv). */
const UNSC = 'unsc';

/** A headline naming a Security Council with nothing before it but a lowercase word: not "CSTO Collective …". */
const BARE_COUNCIL_HEADLINE = /(?:^|\b[a-z]+ )Security Council\b/;

/** Words that name the United Nations. */
const UN_WORDS = /\b(?:UN|U\.N\.|UNSC|United Nations)\b/;

/** A mention that names the council alone: "the Security Council", "Security Council". */
const BARE_COUNCIL = /^(?:the )?Security Council$/i;

/** Mentions of the main state the article must have to be about it (as article-head.ts). */
const MIN_MENTIONS = 2;

/**
 * The mentions with each bare "Security Council" read as a state's own council (see above); `states` gives a state's
 * registry entry by code. The same array when the article names no Security Council.
 */
export function withNationalCouncils(
  doc: Doc,
  mentions: Mention[],
  states: ReadonlyMap<string, NamedActor>,
): Mention[] {
  if (!mentions.some((m) => m.actor.id === UNSC)) return mentions;
  const headed = headlineState(doc, mentions);
  const state = headed === null ? undefined : states.get(headed);
  if (state === undefined) return mentions;
  const national = new Set<number>();
  return mentions.map((m, n): Mention => {
    if (m.actor.id !== UNSC) return m;
    const follows = m.antecedent !== null && national.has(m.antecedent);
    if (!follows && (!BARE_COUNCIL.test(m.actor.text) || UN_WORDS.test(doc.sentences[m.sentence]?.text ?? '')))
      return m;
    national.add(n);
    // Written out in the order of the scan's actors (a copy with keys in another order gives every reader downstream a
    // new shape; `withActor` does the same for the mention).
    const actor = {
      text: m.actor.text,
      name: `${state.name} Security Council`,
      code: `${state.code}GOV`,
      country: state.country,
      sector: 'GOV',
      type: 'organization' as const,
      id: null,
    };
    return withActor(m, actor);
  });
}

/** The name a state's own council gets from the sector dictionary: "Russia Security Council". */
const NATIONAL_COUNCIL = / Security Council$/;

/** The state whose council a headline with a bare Security Council reports: the one the article is about, or null. */
function headlineState(doc: Doc, mentions: readonly Mention[]): string | null {
  const title = doc.article.title ?? '';
  if (!BARE_COUNCIL_HEADLINE.test(title) || UN_WORDS.test(title)) return null;
  const main = mainState(mentions);
  if (main !== null && mentions.filter((m) => m.actor.country === main).length >= MIN_MENTIONS) return main;
  // "Security Council meeting" over a transcript that names "the Russian Federation Security Council" and many states.
  const named = mentions.find(
    (m) => m.actor.id === null && NATIONAL_COUNCIL.test(m.actor.name) && !BARE_COUNCIL.test(m.actor.text),
  );
  return named?.actor.country ?? null;
}
