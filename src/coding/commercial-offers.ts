// "Offer" in its commercial or figurative sense, no event: "REN TV offers its viewers a wide range of programmes",
// "we offer a full range of X-ray devices", "Russia offers great cultural diversity", "This success offers a great
// example", "the opportunities offered by Argentina", "everything that the opportunities here offer", "job offers".
// CAMEO 03 codes an offer of political cooperation, talks or a ceasefire made to another side; goods, services and
// opportunities on offer are what a market or a country has, said of no one's act towards another. The sense is told
// by what is offered: the object after the verb, or the noun the offer describes ("the opportunities (that) … offer").
import { mentionOf, type SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Things offered in trade or by nature: goods, services, opportunities, qualities. */
/** Not equipment, food, services or conditions: offered to a side, they are aid, mediation or terms ("offered its
 * services as a mediator", "offered equipment to Ukraine"). */
const GOODS = new Set(
  `opportunity opportunities product products goods programme programmes program programs device devices degree
  degrees tariff tariffs price prices discount discounts diversity example examples beverage beverages job jobs vacancy
  vacancies course courses range selection variety assortment menu`.split(/\s+/),
);

/** Words before the object's head: "a wide range of", "its viewers", "great cultural". */
const OBJECT_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV', 'PART']);

/** How far the object's head may stand after the verb. */
const REACH = 7;

/** The head noun of the object after `verb`: the last noun of its first run of nouns, past an indirect object. */
function objectHead(ctx: SentenceContext, verb: number): string | null {
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, verb + 1 + REACH);
  let head: string | null = null;
  for (let k = verb + 1; k < end; k++) {
    const t = tokens[k]!;
    // "offers its viewers a range": an indirect object's actor or noun is passed over, once it is followed by an
    // article ("its viewers a …"), as is "a range of".
    if (mentionOf(ctx, k) !== undefined) {
      if (head !== null) break;
      continue;
    }
    if (t.pos === 'NOUN') {
      head = t.lower;
      continue;
    }
    if (head !== null) {
      if (t.lower === 'of' && (head === 'range' || head === 'variety' || head === 'selection')) {
        head = null;
        continue;
      }
      if (t.pos === 'DET' && GOODS.has(head) === false) {
        head = null;
        continue;
      }
      break;
    }
    if (!OBJECT_POS.has(t.pos)) return null;
  }
  return head;
}

/** The noun the offer at `i` describes: "the opportunities offered by", "the opportunities (that) they/here offer". */
function describedNoun(ctx: SentenceContext, i: number): string | null {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  let k = i - 1;
  // "job offers", "the opportunities offered": the noun right before.
  if (k >= first && tokens[k]!.pos === 'NOUN') return tokens[k]!.lower;
  // "the opportunities (that) they offer", "the opportunities here offer": a short subject between.
  for (let n = 0; n < 3 && k >= first; n++, k--) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') return t.lower;
    if (!/^(?:PRON|ADV|DET|SCONJ)$/.test(t.pos) && mentionOf(ctx, k) === undefined) return null;
  }
  return null;
}

/** The object's head `head` after `verb` is followed by "to" + verb: "the opportunity to join". */
function opensInfinitive(ctx: SentenceContext, head: string, verb: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = verb + 1; k < Math.min(ctx.sentence.endToken - 1, verb + 1 + REACH); k++) {
    if (tokens[k]!.lower === head) return tokens[k + 1]!.lower === 'to' && tokens[k + 2]?.pos === 'VERB';
  }
  return false;
}

/** The offer at `match` is of goods, services or opportunities: no event. */
export function commercialOffer(ctx: SentenceContext, match: Match): boolean {
  if (!match.pattern.code.startsWith('03')) return false;
  const trigger = ctx.doc.tokens[match.trigger]!;
  // "lowering prices and offering special discounts": the tagger may read the -ing form as a noun ("offering").
  if (trigger.lemma !== 'offer' && !/^offer(?:s|ed|ing)$/.test(trigger.lower)) return false;
  const head = objectHead(ctx, match.trigger);
  // "offered Ukraine the opportunity to join": an opportunity to act is a political offer.
  if (head !== null && GOODS.has(head) && !opensInfinitive(ctx, head, match.trigger)) return true;
  const described = describedNoun(ctx, match.trigger);
  return described !== null && GOODS.has(described);
}
