// Domestic policy, no event: support given to a part of one's own society or economy. "The Government moved to
// support both the agricultural producers and the trade sector", "measures to support families with children",
// "supporting the home building industry", "supporting pregnant women", "supporting specific categories of people",
// "support Ukraine's economy" (said of Ukraine's government): a government helping its own businesses, families or
// industries acts on no political actor, which is what CAMEO codes. Support for a sector of another state ("support
// the economy of Tajikistan") has a foreign target and stays. Investing in one's own people, "a vision based on
// investing in the Egyptian citizen", is such a policy too (CAMEO 061 needs a foreign partner); investing in an
// economy or a sector is left to the target found, as "invested in the economy of Kazakhstan" names a foreign one
// (session 33).
import type { Mention } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import { isPossessiveMark, type Match } from './match.ts';

/** Words of supporting or helping whose object is the one supported. */
const SUPPORT_WORDS = new Set(['support', 'help', 'assist', 'assistance', 'aid']);

/** Heads of a group or sector of a society or economy (plural or mass nouns) rather than of a political actor. */
const DOMESTIC_HEADS = new Set(
  `family families household households business businesses entrepreneur entrepreneurs entrepreneurship enterprise
  enterprises company companies smes startups industry industries sector sectors producer producers manufacturer
  manufacturers manufacturing production exporter exporters exports export farmer farmers farms agriculture
  construction economy employment jobs investment investments investor investors demand substitution children
  pensioners students athletes scientists artists musicians playwrights museums mothers youth workers teachers
  doctors bakers market markets tourism science education research culture regions municipalities plants factories
  contractors clinics hospitals singers actors directors writers performers women men builders`.split(/\s+/),
);

/**
 * People at large: "measures to support the people", "a program to support our citizens". Only as the whole object:
 * "the people of Donbass" and "our citizens fleeing Russian aggression" name whose people, and "assistance to our
 * citizens provided by Luxembourg" a giver.
 */
const PEOPLE_HEADS = new Set(['people', 'citizens', 'citizen', 'residents', 'population', 'veterans']);

/** Words of investing, whose object after "in" is invested in: only people at large are domestic. */
const INVEST_WORDS = new Set(['invest', 'investment', 'investments']);

/** Nouns of quantity or kind whose "of" phrase holds the head: "a number of industries", "categories of people". */
const QUANTITIES = new Set(['number', 'range', 'variety', 'series', 'host', 'categories', 'strata', 'groups']);

/** Words that may stand between the supporting word and its object: "support for", "assistance to". */
const LINKS = new Set(['for', 'to']);

/** Words before the object's head: "the", "small", "our", "Ukraine's", "low-income", "home building". */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV']);

/** The phrase headed by a noun right after `from`: the last noun of its first run of nouns ("the home building industry"). */
function objectHead(ctx: SentenceContext, from: number): { readonly head: string; readonly at: number } | null {
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, from + 8);
  let k = from;
  if (LINKS.has(tokens[k]?.lower ?? '')) k++;
  let head: string | null = null;
  let at = -1;
  for (; k < end; k++) {
    const t = tokens[k]!;
    const inMention = mentionOf(ctx, k) !== undefined;
    if (t.pos === 'NOUN' && !inMention) {
      head = t.lower;
      at = k;
      continue;
    }
    // "a number of industries": a quantity's "of" leads to the head.
    if (head !== null && t.lower === 'of' && QUANTITIES.has(head)) {
      head = null;
      continue;
    }
    // "medium-sized businesses", "war-hit": a hyphen joins the word before to a modifier.
    if (t.text === '-') {
      head = null;
      continue;
    }
    if (head !== null) {
      // "the tourism sector's needs": a possessive makes the next noun the head.
      if (isPossessiveMark(t)) {
        head = null;
        continue;
      }
      break;
    }
    // "small and medium-sized businesses": adjectives joined before the head.
    if (inMention || MODIFIER_POS.has(t.pos) || isPossessiveMark(t)) continue;
    if (t.pos === 'CCONJ' && tokens[k - 1]?.pos === 'ADJ') continue;
    if (t.pos === 'VERB' && tokens[k - 1]?.text === '-') continue;
    return null;
  }
  return head === null ? null : { head, at };
}

/** Every target is of the sources' own country: "Ukraine's economy" supported by Ukraine's government. */
function ownTargets(sources: readonly Mention[], targets: readonly Mention[]): boolean {
  if (targets.length === 0) return true;
  const country = sources[0]?.actor.country ?? null;
  return (
    country !== null &&
    sources.every((s) => s.actor.country === country) &&
    targets.every((t) => t.actor.country === country)
  );
}

/** The support at `match` goes to a sector of the source's own society or economy: no event. */
export function domesticSupport(
  ctx: SentenceContext,
  match: Match,
  sources: readonly Mention[],
  targets: readonly Mention[],
): boolean {
  if (!/^0[3567]/.test(match.pattern.code)) return false;
  const trigger = ctx.doc.tokens[match.trigger]!;
  const invest = INVEST_WORDS.has(trigger.lemma) || INVEST_WORDS.has(trigger.lower);
  if (!invest && !SUPPORT_WORDS.has(trigger.lemma) && !SUPPORT_WORDS.has(trigger.lower)) return false;
  if (invest && ctx.doc.tokens[match.trigger + 1]?.lower !== 'in') return false;
  if (!ownTargets(sources, targets)) return false;
  // "investing in the citizen": the object after "in".
  const object = objectHead(ctx, match.trigger + (invest ? 2 : 1));
  if (object === null) return false;
  if (!invest && DOMESTIC_HEADS.has(object.head)) return true;
  const after = ctx.doc.tokens[object.at + 1];
  return PEOPLE_HEADS.has(object.head) && after?.lower !== 'of' && after?.pos !== 'VERB';
}
