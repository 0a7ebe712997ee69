// "the need to increase sanctions on Russia", "an Action Plan to strengthen sanctions against Russia", "the talks
// focused on increasing sanctions pressure on Russia", "called for increased sanctions on Russia": raising sanctions
// named by an infinitive, an -ing form, a participle before its noun or a noun is a plan, a topic or a demand, not
// sanctions imposed (the analysts' convention: sanction plans and discussions are hypothetical). Only a tensed verb
// reports the raise done ("the EU tightened sanctions on Russia", "the US is increasing sanctions").
import type { SentenceContext } from './context.ts';
import type { Pattern } from './patterns.ts';

/** Verbs (and their nouns) of raising sanctions already in force: dictionaries/verbs/16-reduce.txt. */
const RAISING = new Set(
  `strengthen increase tighten toughen enhance expand intensify
   strengthening tightening toughening expansion intensification`.split(/\s+/),
);
/** Auxiliaries before an -ing or -ed form that make it a tensed verb: "is increasing", "has tightened". */
const TENSED_AFTER = new Set('is are was were am been be has have had'.split(' '));

/** The match at `trigger` raises sanctions (163) without a tensed verb: a planned, discussed or demanded raise. */
export function untensedRaise(ctx: SentenceContext, trigger: number, pattern: Pattern, noun: boolean): boolean {
  const t = ctx.doc.tokens[trigger]!;
  if (pattern.code !== '163' || !RAISING.has(t.lemma) || !pattern.trigger.some((w) => RAISING.has(w))) return false;
  if (noun) return true;
  let k = trigger - 1;
  while (k > ctx.sentence.firstToken && ctx.doc.tokens[k]!.pos === 'ADV') k--;
  const before = ctx.doc.tokens[k];
  if (before === undefined || k < ctx.sentence.firstToken) return t.lower !== t.lemma || /ing$/.test(t.lower);
  if (before.lower === 'to' && before.pos === 'PART') return true;
  // "call on partners to introduce an embargo, expand sanctions against Russia": a base form after a comma or "and"
  // continues the infinitive before it.
  if (t.lower === t.lemma && (before.text === ',' || before.lower === 'and' || before.lower === 'or')) return true;
  if (/(?:ing|ed)$/.test(t.lower)) return !TENSED_AFTER.has(before.lower) && ctx.mentionAt[k]! < 0;
  return false;
}
