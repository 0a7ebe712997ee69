// "Occupy" in its figurative sense, no event (read by senses.ts): "Russia occupies a key position in the world grain market", "the bloc
// occupies more than a quarter of the Earth's land area", "An important place is occupied by the crisis response
// system", "the company occupies first place". CAMEO 192 codes the military occupation of territory; a rank, a role
// or a share of a market or of the world's surface is held, not seized. The sense is told by what is occupied: the
// object's head after the verb, or the subject of the passive.
import type { SentenceContext } from './context.ts';

/** What is held in the figurative sense: a rank, a role, a share. */
const HELD = new Set(
  `place places position positions role roles niche niches spot spots seat seats post posts rank ranks stage share
  shares percent percentage surface`.split(/\s+/),
);

/** Quantity words whose "of" phrase holds the head: "a quarter of the Earth's land area". */
const QUANTITIES = new Set(['quarter', 'third', 'half', 'fifth', 'tenth', 'percent', 'share', 'part', 'bulk']);

/** Words before the object's head: "a key", "more than a", "first", "the Earth's". */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'PROPN', 'PART']);

/** How far the object's head may stand after the verb. */
const REACH = 10;

/** How far back the passive's subject may begin ("A central place in the plan is occupied by"). */
const SUBJECT_REACH = 8;

/** The head of the object after `verb`: the last noun of its first run of nouns, through a quantity's "of". */
function objectHead(ctx: SentenceContext, verb: number): { readonly head: string; readonly before: string } | null {
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, verb + 1 + REACH);
  let head: string | null = null;
  let before = '';
  for (let k = verb + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') {
      before = head ?? '';
      head = t.lower;
      continue;
    }
    // "a fifth of", "a quarter of": a quantity's "of" leads to the head, whatever the tagger made of the quantity.
    if (t.lower === 'of' && QUANTITIES.has(head ?? tokens[k - 1]!.lower)) {
      head = null;
      continue;
    }
    if (head !== null) {
      // "the world's land area": a possessive makes the next noun the head.
      if (t.lower === "'s" || t.lower === '’s') {
        head = null;
        continue;
      }
      break;
    }
    if (!MODIFIER_POS.has(t.pos) && t.lower !== 'than' && t.lower !== "'s" && t.lower !== '’s') return null;
  }
  return head === null ? null : { head, before };
}

/** The subject of the passive at `verb`: the first noun of its clause before the be-form. */
function passiveSubjectHead(ctx: SentenceContext, verb: number): string | null {
  const tokens = ctx.doc.tokens;
  let k = verb - 1;
  let beForm = false;
  for (; k >= ctx.sentence.firstToken && /^(?:AUX|ADV|PART)$/.test(tokens[k]!.pos); k--)
    if (tokens[k]!.lemma === 'be') beForm = true;
  // "the land of then occupied Ukraine": a participle with no be-form has no subject to read.
  if (!beForm || k < ctx.sentence.firstToken) return null;
  let first: string | null = null;
  for (; k >= Math.max(ctx.sentence.firstToken, verb - SUBJECT_REACH); k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'VERB' || t.lower === 'that' || t.lower === 'which') break;
    if (t.pos === 'NOUN') first = t.lower;
  }
  return first;
}

/** A held rank, role or share: "a key position", "first place", "a quarter of the land area". */
function held(head: string, before: string): boolean {
  return HELD.has(head) || (head === 'area' && before === 'land');
}

/**
 * The verb "occupy" at `verb` holds a rank, a role or a share: its object ("a key position", "first place", "a quarter
 * of the land area") or, in the passive, its subject ("An important place is occupied by …") is one.
 */
export function holdsRankAt(ctx: SentenceContext, verb: number): boolean {
  const object = objectHead(ctx, verb);
  if (object !== null && held(object.head, object.before)) return true;
  const subject = passiveSubjectHead(ctx, verb);
  return subject !== null && HELD.has(subject);
}
