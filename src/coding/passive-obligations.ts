// An obligation in the passive whose subject names no actor: "The war in Donbas must be stopped immediately", "the
// Head of State stressed that all occupied territories should be returned to Ukraine", "his security concerns must be
// addressed". Said by someone, it is their demand (CAMEO 10 → PLOVER REQUEST) on whoever is to act, whom it does not
// name: the target is left empty. An actor subject ("Russia must be held accountable") is the obligation rule's
// (sentence-rules.ts), and "it should be noted that …" is a remark, no demand.
import type { Event, Mention } from '../types.ts';
import { accountabilityAt } from './accountability.ts';
import { sameCountry } from './actor-keys.ts';
import { asked, mentionOf, type SentenceContext } from './context.ts';
import { CONDITIONAL, OBLIGATION, PREPOSITIONS } from './lexicon.ts';
import { makeEvent, type EventBase } from './make-event.ts';
import type { Match } from './match.ts';
import { obligedSubjects } from './obliged.ts';
import { ruleOnly } from './rule-pattern.ts';
import { demandCode } from './recode.ts';
import { reporterOf } from './reported.ts';
import { clauseStart } from './roles.ts';
import type { SentenceInput } from './sentence-rules.ts';

/** The pattern naming the rule in `Event.rule`. */
const PASSIVE_OBLIGATION_RULE = ruleOnly('passive obligation', '100');

/**
 * Participles of remarks, not of acts demanded: "it should be noted / stressed / recalled that …"; of explaining:
 * "the origins of the problems should be sought in 2004"; and of states, not acts: "any discussion of security must
 * be based on …", "should be guided by".
 */
const REMARKS = new Set(
  (
    'noted said stressed emphasized emphasised recalled mentioned remembered understood added pointed underlined ' +
    'sought based guided grounded rooted'
  ).split(' '),
);

/**
 * Words of a subject that make the obligation a matter between states: "the war must be stopped", "the sixth package
 * of sanctions must be implemented", "Ukraine's territorial integrity must be ensured". A home matter ("these funds
 * must be spent efficiently", "schools must be built") is policy, no demand on another side.
 */
const FOREIGN_MATTERS = new Set(
  (
    'war wars peace ceasefire truce sanctions sanction embargo aggression aggressor occupation occupiers invasion ' +
    'escalation provocation provocations agreement agreements accords settlement negotiations talks sovereignty ' +
    'integrity territories guarantees troops weapons assets tribunal crimes criminals blockade package'
  ).split(' '),
);

/** Relative words that open an aside after the subject: "The war in Donbas, which has been going on …, must". */
const RELATIVES = new Set(['which', 'who', 'that']);

export function passiveObligationDemands({
  ctx,
  matches,
  codebook,
  dictionaryVersion,
  quotes,
}: SentenceInput): Event[] {
  const events: Event[] = [];
  const tokens = ctx.doc.tokens;
  for (let k = ctx.sentence.firstToken + 1; k < ctx.sentence.endToken - 2; k++) {
    if (!OBLIGATION.has(tokens[k]!.lower) || tokens[k + 1]!.lower !== 'be') continue;
    const verb = tokens[k + 2]!.pos === 'ADV' ? k + 3 : k + 2;
    const participle = tokens[verb];
    // A participle is inflected: "should be respect for …" has a noun the tagger calls a verb.
    if (participle?.pos !== 'VERB' || participle.lower === participle.lemma || participle.lower.endsWith('ing'))
      continue;
    // "All perpetrators should be brought to justice": a charge (accountability.ts), no demand.
    if (REMARKS.has(participle.lower) || accountabilityAt(ctx, k) !== null) continue;
    if (asked(ctx, k) || CONDITIONAL.has(tokens[clauseStart(ctx, k) - 1]?.lower ?? '')) continue;
    if (!thingSubject(ctx, k) || obligedSubjects(ctx, k).length > 0) continue;
    const reporter = reporterOf(ctx, k, quotes);
    if (reporter === null || !foreignMatter(ctx, clauseStart(ctx, k), k, reporter)) continue;
    const embedded = matches.find((m) => m.trigger === verb);
    const code = demandCode(embedded?.pattern.code ?? '');
    const match: Match = {
      pattern: PASSIVE_OBLIGATION_RULE,
      trigger: verb,
      end: verb + 1,
      literals: [],
      targets: [],
      sources: [reporter],
      gaps: 0,
    };
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    const rule = `rules:passive obligation (${tokens[k]!.lower} be ${participle.lower}) → demand ${code}`;
    events.push(makeEvent(base, codebook, code, 'asserted', reporter, null, null, rule));
  }
  return events;
}

/**
 * Whether the obligation's clause before the modal names a matter between states: a word of `FOREIGN_MATTERS` or an
 * actor of another country than the one who states it ("Russian funds … must be seized").
 */
function foreignMatter(ctx: SentenceContext, from: number, modal: number, reporter: Mention): boolean {
  for (let k = from; k < modal; k++) {
    if (FOREIGN_MATTERS.has(ctx.doc.tokens[k]!.lower)) return true;
    const m = mentionOf(ctx, k);
    if (m !== undefined && m.kind !== 'pronoun' && !sameCountry(m, reporter)) return true;
  }
  return false;
}

/**
 * Whether the subject before the modal at `modal` is a common noun naming no actor, past an aside set off by commas
 * ("The war in Donbas, which …, must") and a prepositional phrase after its head ("the war in Donbas"); not a
 * pronoun ("it should be noted"), a name or a title.
 */
function thingSubject(ctx: SentenceContext, modal: number): boolean {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  let s = modal - 1;
  while (s > first && tokens[s]!.pos === 'ADV') s--;
  if (tokens[s]!.text === ',') {
    let open = s - 1;
    while (open > first && tokens[open]!.text !== ',') open--;
    if (tokens[open]!.text !== ',' || !RELATIVES.has(tokens[open + 1]?.lower ?? '')) return false;
    s = open - 1;
  }
  let j = s;
  while (j > first && (tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'DET' || mentionOf(ctx, j) !== undefined)) j--;
  if (j < s && PREPOSITIONS.has(tokens[j]!.lower)) s = j - 1;
  return s >= first && tokens[s]!.pos === 'NOUN' && mentionOf(ctx, s) === undefined;
}
