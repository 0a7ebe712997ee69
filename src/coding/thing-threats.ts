// "The summit threatens to become a Western affair", "the war in Ukraine threatened to do long-term damage to the UN",
// "weapons that threaten Russia", "laws threatening jail sentences of up to 15 years", "life-threatening diseases":
// a thing that "threatens" names a risk, not a threat anyone makes. CAMEO 13 codes a threat one side makes to another;
// with a thing for the subject of the verb, or a participle describing a thing, no side threatens, so an analyst
// codes no event. "Russia threatens to …", "Russia's plans threaten …" (owned by a side) and a threat whose doer the
// clause names otherwise stay.
import type { SentenceContext } from './context.ts';
import { isQuoteMark, mentionOf } from './context.ts';
import type { Match } from './match.ts';
import { ownedPhrase } from './thing-effects.ts';

/** Things that may "threaten": events, states of affairs, measures and objects, no side of their own. */
const THINGS = new Set(
  `summit summits meeting conference crisis crises conflict conflicts war wars fighting violence escalation tension
  tensions standoff dispute row feud move moves step steps plan plans proposal proposals situation situations
  development developments trend trends price prices inflation shortage shortages famine drought pandemic virus
  catastrophe disaster collapse fallout law laws measure measures rule rules bill bills legislation regulation
  regulations decree decrees policy policies sanction sanctions embargo tariff tariffs deal agreement weapon weapons
  system systems missile missiles deployment deployments buildup build-up activity activities presence expansion
  attack attacks strike strikes offensive invasion occupation blockade flood floods fire fires disease diseases
  issue issues problem problems`.split(/\s+/),
);

/** Words that may stand between the subject and the verb: "has long threatened", "that now threaten", "is threatening". */
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);

/** Relative pronouns whose antecedent, the word before them, is the subject: "weapons that threaten Russia". */
const RELATIVES = new Set(['that', 'which']);

/** Prepositions of a phrase inside the subject: "the war in Ukraine", "the crisis over Taiwan", "a catastrophe at …". */
const INNER = new Set(['in', 'over', 'on', 'around', 'across', 'between', 'near', 'along', 'at']);
/** Words of the inner phrase's noun phrase: "at the Russian-controlled facility". */
const INNER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB']);
/** How many words the inner phrase may take. */
const INNER_REACH = 6;

/** Degree words before an adjective "threatening": "the most threatening", "very threatening". */
const DEGREE = new Set(['most', 'more', 'very', 'less', 'so', 'too', 'increasingly', 'particularly', 'extremely']);

/** The noun at `head` is a thing no side owns: in THINGS, no possessive or actor right before its phrase. */
function unownedThing(ctx: SentenceContext, head: number): boolean {
  const tokens = ctx.doc.tokens;
  if (head < ctx.sentence.firstToken || mentionOf(ctx, head) !== undefined) return false;
  if (!THINGS.has(tokens[head]!.lower)) return false;
  return !ownedPhrase(ctx, head);
}

/**
 * "threatening" at `i` is an adjective before a noun: after a determiner ("a threatening posture") or in quote marks
 * of its own ("“threatening” movements"); not a verb with its object ("is threatening sanctions").
 */
function attributiveAdjective(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before === undefined || after === undefined) return false;
  if (before.pos === 'DET' && after.pos === 'NOUN') return true;
  return isQuoteMark(before) && isQuoteMark(after) && tokens[i + 2]?.pos === 'NOUN';
}

/** The head of the subject before the verb at `i` (past adverbs, auxiliaries, a relative and one inner phrase). */
function subjectHead(ctx: SentenceContext, i: number): number {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  let k = i - 1;
  for (let steps = 0; k >= first && steps < 4 && BETWEEN.has(tokens[k]!.pos); k--, steps++)
    if (tokens[k]!.lower === 'to') return -1;
  if (k < first) return -1;
  if (RELATIVES.has(tokens[k]!.lower)) k--;
  // "the war in Ukraine threatened", "a catastrophe at the Russian-controlled facility would threaten": the noun
  // before the inner phrase's preposition (past a quote mark: "a “catastrophe” at …").
  if (mentionOf(ctx, k) === undefined && !/^(?:NOUN|PROPN)$/.test(tokens[k]?.pos ?? '')) return k;
  let j = k;
  for (let words = 0; j >= first && words < INNER_REACH; words++) {
    const m = mentionOf(ctx, j);
    if (m !== undefined) j = m.firstToken - 1;
    else if (INNER_POS.has(tokens[j]!.pos) || tokens[j]!.text === '-') j--;
    else break;
  }
  if (j <= first || !INNER.has(tokens[j]!.lower)) return k;
  let head = j - 1;
  if (isQuoteMark(tokens[head]!) && head > first) head--;
  return head;
}

/** The verb or participle "threaten" at the match's trigger has a thing for its doer: no threat is made. */
export function thingThreat(ctx: SentenceContext, match: Match, passive: boolean): boolean {
  if (!match.pattern.code.startsWith('13') || passive) return false;
  const tokens = ctx.doc.tokens;
  const i = match.trigger;
  const t = tokens[i]!;
  if (!/^threaten(?:s|ed|ing)?$/.test(t.lower)) return false;
  const before = tokens[i - 1];
  // "life-threatening diseases": a compound adjective.
  if (before?.text === '-' || before?.text === '‑') return true;
  // "the situation there is the most threatening": an adjective of degree.
  if (t.lower === 'threatening' && DEGREE.has(before?.lower ?? '')) return true;
  // "a threatening posture", "described as “threatening” movements": an adjective before its noun.
  if (t.lower === 'threatening' && attributiveAdjective(ctx, i)) return true;
  // "laws threatening jail sentences": a participle describing the thing right before it.
  if (t.lower === 'threatening' && before !== undefined && before.pos !== 'AUX' && unownedThing(ctx, i - 1))
    return true;
  const head = subjectHead(ctx, i);
  return head >= ctx.sentence.firstToken && unownedThing(ctx, head);
}
