// Thanks and congratulations to a leader's own people, no event: "I would like to thank all our doctors, all Ukrainian
// nurses", "thanked Okhmatdyt's doctors for their work", "congratulated its employees on the 50th anniversary of the
// institution", "thanked citizens and business representatives who …", "I thank everyone who …", "thanked the
// deputies for voting for the law", "thank our farmers today". Praise of a group of one's own society named by its
// trade, its town or its deeds is a leader's manners at home, not an act towards a political actor: an analyst codes
// none. Only when the sentence names no actor thanked: "thanked the doctors of Israel" or "thanked Ukraine's
// partners" keep theirs. Nor are thanks to a "you" or "them" no actor stands for, given for a service, a labour or
// the defence of the country ("thank you for your service", "thanked them for their selfless work", "Thank you for
// defending our state"): what is thanked is a duty done at home. Thanks "for your support", "for the Lend-Lease" or
// "for our joint work" name what another side gives and stay.
import type { Mention } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import { isPossessiveMark, type Match } from './match.ts';

/** Words of thanking, congratulating and praising. */
const THANKING = new Set(['thank', 'thanks', 'grateful', 'congratulate', 'praise', 'commend']);

/**
 * Groups of a society named by trade, service, residence or standing (plural or collective heads). Not "colleagues":
 * a leader's colleagues are often other leaders ("thank again my colleagues, the President of Azerbaijan and …").
 */
const GROUPS = new Set(
  `doctors nurses medics paramedics physicians surgeons staff employees personnel workers builders citizens residents
  inhabitants journalists community volunteers teachers rescuers firefighters defenders soldiers servicemen fighters guards heroes veterans athletes champions medalists winners laureates graduates students
  scientists researchers mothers families parents farmers miners entrepreneurs crews officers policemen everyone
  everybody those media people military deputy deputies lawmakers organisers organizers practitioners businessmen
  experts`.split(/\s+/),
);

/** Nouns of time that end the thanked phrase: "thank our farmers today". */
const TIMES = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'now']);

/** Words before the group's head: "all our", "the entire journalistic", "Ukrainian", "each of". */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV', 'PROPN']);

/** How far the head may stand after the thanking word. */
const REACH = 7;

/** The head of the thanked phrase after `from`: the last noun of its first run ("Okhmatdyt's doctors"). */
function thankedHead(ctx: SentenceContext, from: number): string | null {
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, from + REACH);
  let k = from;
  if (tokens[k]?.lower === 'to') k++;
  let head: string | null = null;
  for (; k < end; k++) {
    const t = tokens[k]!;
    if (mentionOf(ctx, k) !== undefined) return null;
    if (TIMES.has(t.lower)) return head;
    if (t.pos === 'NOUN' || GROUPS.has(t.lower)) {
      head = t.lower;
      continue;
    }
    if (head !== null) {
      // "Okhmatdyt's doctors", "the institute's staff": a possessive makes the next noun the head.
      if (!isPossessiveMark(t)) return head;
      head = null;
      continue;
    }
    // "all your people, your cities, your Government": the audience's, a foreign people.
    if (t.lower === 'your') return null;
    if (!MODIFIER_POS.has(t.pos) && !isPossessiveMark(t) && t.lower !== 'of') return null;
  }
  return head;
}

/** Words of the thanked "you" or "them": "you all", "each of you", "them once again", "you very much". */
const THANKED_PRONOUNS = new Set('you them all each every one of everyone very much again once'.split(' '));

/** Services and labours a state's own people are thanked for: "for your service", "for their selfless work". */
const SERVICES = new Set(
  'service work labour labor dedication devotion courage heroism bravery professionalism'.split(' '),
);

/** Deeds of defence and care thanked for: "for defending our state", "for protecting all of us". */
const SERVED_ACTS = new Set(['defend', 'protect', 'save', 'serve', 'treat', 'rescue']);

/** Words that may stand before the service: "your", "their great", "the selfless"; not "our joint" (work shared). */
const SERVICE_MODIFIERS = new Set(
  'your their the great hard selfless tireless good excellent important conscientious dedicated'.split(' '),
);

/** How far the service may stand after "for". */
const SERVICE_REACH = 4;

/**
 * The thanks at `match` go to a "you" or "them" (no actor thanked) for a service, a labour or the defence of the
 * country: "thank you for your service", "thanked them for their hard work", "Thank you for defending our state".
 */
function thanksForService(ctx: SentenceContext, match: Match): boolean {
  const tokens = ctx.doc.tokens;
  const end = ctx.sentence.endToken;
  let k = match.trigger + 1;
  if (tokens[k]?.lower === 'to') k++;
  let pronoun = false;
  for (; k < end && THANKED_PRONOUNS.has(tokens[k]!.lower); k++) {
    if (mentionOf(ctx, k) !== undefined) return false;
    if (tokens[k]!.lower === 'you' || tokens[k]!.lower === 'them' || tokens[k]!.lower === 'everyone') pronoun = true;
  }
  if (!pronoun || tokens[k]?.lower !== 'for') return false;
  for (let j = k + 1; j < Math.min(end, k + 1 + SERVICE_REACH); j++) {
    const t = tokens[j]!;
    if (SERVICES.has(t.lower) || (t.lower.endsWith('ing') && SERVED_ACTS.has(t.lemma))) return true;
    if (!SERVICE_MODIFIERS.has(t.lower)) return false;
  }
  return false;
}

/** The thanks at `match` go to a group of the speaker's own society, with no actor thanked: no event. */
export function domesticThanks(ctx: SentenceContext, match: Match, targets: readonly Mention[]): boolean {
  if (targets.length > 0 || !match.pattern.code.startsWith('05')) return false;
  const trigger = ctx.doc.tokens[match.trigger]!;
  if (!THANKING.has(trigger.lemma) && !THANKING.has(trigger.lower)) return false;
  const head = thankedHead(ctx, match.trigger + 1);
  return (head !== null && GROUPS.has(head)) || thanksForService(ctx, match);
}
