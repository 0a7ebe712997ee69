// Role phrases that stand for the actor they belong to: "the Crown Prince of Abu Dhabi", "Deputy Head of the Office
// of the President of Ukraine", "Director of the Diplomatic Cabinet of the Prime Minister of Greece", "Adviser to
// the President of Estonia". Readouts name officials this way, often with no registry entry for the person, so the
// office they hold names their side.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { ROLE_HEADS } from './lexicon.ts';

/**
 * Bodies inside a state or organisation through which a role phrase reaches its actor: "Head of the *Office* of the
 * President", "State Secretary of the *Ministry* of Foreign Affairs of Slovenia". Only these (and role nouns) may
 * stand between a role noun and the actor: "members of the families of Ukrainian soldiers" are no soldiers.
 */
const BODY_HEADS = new Set([
  ...['office', 'ministry', 'department', 'committee', 'commission', 'council', 'cabinet', 'administration'],
  ...['secretariat', 'directorate', 'bureau', 'agency', 'embassy', 'mission', 'chancellery', 'apparatus'],
  ...['presidium', 'staff', 'service', 'headquarters', 'command', 'parliament', 'assembly', 'government'],
  // "the Ministry of Foreign Affairs of Slovenia": the words of a body's name that "of" follows.
  'affairs',
]);

/** Roles that serve the person after "to": "Adviser to the President of Estonia" (an envoy *to* X is not X's). */
const SERVING_HEADS = new Set(['adviser', 'advisers', 'advisor', 'advisors', 'aide', 'aides', 'assistant']);

/** Roles that a country sends out: "a delegation from Saudi Arabia", "officials from the two countries". */
const SENT_HEADS = new Set([
  ...['delegation', 'delegations', 'representative', 'representatives', 'official', 'officials'],
  ...['diplomat', 'diplomats', 'envoy', 'envoys', 'minister', 'ministers'],
]);

/**
 * Roles that also head programmes, films and firms ("director of the Russia studies program"): they stand for an
 * actor only when it is the whole noun phrase ("Director of the CIA") or through a body of it ("Director of the
 * Diplomatic Cabinet of the Prime Minister of Greece"), not when it modifies a noun.
 */
const BODY_ONLY_HEADS = new Set(['director', 'directors']);

/** Bodies may nest this deep between the role noun and the actor ("Head of the Office of the President of X"). */
const MAX_BODIES = 2;

/** The role noun `head` and the preposition after it tie the noun to the actor that follows. */
export function rolePreposition(head: string, preposition: string): boolean {
  if (preposition === 'of') return ROLE_HEADS.has(head) || SERVING_HEADS.has(head) || BODY_ONLY_HEADS.has(head);
  if (preposition === 'to') return SERVING_HEADS.has(head);
  return preposition === 'from' && SENT_HEADS.has(head);
}

/**
 * The actor that the role noun at token `k` stands for, through "of" (or "to" for advisers, "from" for those sent)
 * and up to two bodies ("Director of the Diplomatic Cabinet of the Prime Minister of Greece" → Greece's
 * government); undefined when `k` is no such role noun or the chain reaches no actor.
 */
export function actorOfRole(ctx: SentenceContext, k: number): Mention | undefined {
  const head = token(ctx, k)?.lower ?? '';
  if (!rolePreposition(head, token(ctx, k + 1)?.lower ?? '')) return undefined;
  return actorAfter(ctx, k + 2, MAX_BODIES, BODY_ONLY_HEADS.has(head));
}

/**
 * "a phone conversation with European Policy Advisor to the Federal Chancellor of Germany": an adjective of origin
 * before a role noun that belongs to another actor only says what the role deals with; that actor is meant.
 */
export function roleBeyondModifier(ctx: SentenceContext, m: Mention): Mention | undefined {
  if (m.endToken - m.firstToken !== 1 || !/^(?:ADJ|PROPN)$/.test(token(ctx, m.firstToken)?.pos ?? '')) return undefined;
  for (let k = m.endToken; k < m.endToken + 3; k++) {
    const t = token(ctx, k);
    if (t === undefined || mentionOf(ctx, k) !== undefined || !/^(?:NOUN|PROPN)$/.test(t.pos)) return undefined;
    const actor = actorOfRole(ctx, k);
    if (actor !== undefined) return actor;
  }
  return undefined;
}

/** "the Russia studies program": the actor is a modifier of the noun after it. */
function modifiesNoun(ctx: SentenceContext, m: Mention): boolean {
  return /^(?:NOUN|PROPN)$/.test(token(ctx, m.endToken)?.pos ?? '');
}

/**
 * The actor opening the noun phrase at `j`, or reached through the body (or role) it names, `bodies` deep; with
 * `throughBody` an actor that only modifies a noun does not count.
 */
function actorAfter(ctx: SentenceContext, j: number, bodies: number, throughBody = false): Mention | undefined {
  let k = j;
  while (k < j + 3 && mentionOf(ctx, k) === undefined && /^(?:DET|ADJ)$/.test(token(ctx, k)?.pos ?? '')) k++;
  // "the Federal Chancellor of Germany": an unresolved title word may stand before the actor.
  let title = k;
  while (title < k + 2 && mentionOf(ctx, title) === undefined && token(ctx, title)?.pos === 'PROPN') title++;
  const m = mentionOf(ctx, title);
  if (m !== undefined) return m.firstToken === title && !(throughBody && modifiesNoun(ctx, m)) ? m : undefined;
  if (bodies === 0) return undefined;
  // "the Diplomatic Cabinet of …", "the Federal Department of Foreign Affairs of …": a body's name, then "of".
  for (let n = k; n < k + 4; n++) {
    const t = token(ctx, n);
    if (t === undefined || mentionOf(ctx, n) !== undefined || !/^(?:ADJ|NOUN|PROPN)$/.test(t.pos)) return undefined;
    if ((BODY_HEADS.has(t.lower) || ROLE_HEADS.has(t.lower)) && token(ctx, n + 1)?.lower === 'of')
      return actorAfter(ctx, n + 2, bodies - 1);
  }
  return undefined;
}
