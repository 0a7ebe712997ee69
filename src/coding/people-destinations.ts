// "They deport our people to Russia", "citizens forcibly deported to Russia", "abducted children to Belarus": the act
// is done to the people moved, not to the place they are taken to. A verb of removing people has no T item that
// reaches past "to" (the pattern's slot or the default search crossed it to the destination), so an actor named right
// after "to"/"into" behind such a trigger is dropped: the target is then the people, or none.
import type { Mention } from '../types.ts';
import type { SentenceContext } from './context.ts';

/** Verbs that move people somewhere against their will or out of harm's way. */
const REMOVING = new Set([
  'deport',
  'expel',
  'evacuate',
  'relocate',
  'resettle',
  'abduct',
  'kidnap',
  'exile',
  'banish',
]);

/** Prepositions that name where people are moved to. */
const DESTINATION = new Set(['to', 'into', 'towards']);

/** Words of a place's phrase between the preposition and the actor: "to the temporarily occupied Crimea". */
const PHRASE_POS = new Set(['DET', 'ADJ', 'ADV', 'VERB']);

/** The targets of the trigger at `i` without the destinations of a removal of people. */
export function withoutDestinations(ctx: SentenceContext, i: number, targets: readonly Mention[]): readonly Mention[] {
  const trigger = ctx.doc.tokens[i]!;
  if (!REMOVING.has(trigger.lemma.toLowerCase())) return targets;
  // "to Russia and Belarus": the places coordinated after the first destination go with it.
  const first = targets.find((m) => m.firstToken > i && destination(ctx, i, m.firstToken));
  return first === undefined ? targets : targets.filter((m) => m.firstToken < first.firstToken);
}

/** The actor starting at `first` follows a destination preposition after the trigger at `i`, across a place's modifiers. */
function destination(ctx: SentenceContext, i: number, first: number): boolean {
  let k = first - 1;
  while (k > i && PHRASE_POS.has(ctx.doc.tokens[k]!.pos)) k--;
  return DESTINATION.has(ctx.doc.tokens[k]!.lower);
}
