// A ban of a thing at home, no event: "Russia banned GMOs", "the government decided to ban the disconnection of
// private houses from the gas supply", "this will lead to bans on many corporations". CAMEO 1722 codes a government
// banning political parties or politicians; a product, a practice or a firm barred by a state's own law, with no actor
// named as the one hit, is domestic regulation, which an analyst of political events does not code. A ban that hits a
// named side stays ("banned French TV stations", "banned Russian oil imports"), and so do bans of parties, politicians,
// people or media with no side named ("Maduro banned opposition candidates from holding office").
import type { Mention } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Words of banning. */
const BANNING = new Set(['ban', 'outlaw', 'prohibit']);

/** Heads of what a ban may hit that CAMEO's ban is about: parties, politicians, people, bodies and media. */
const POLITICAL_HEADS = new Set(
  `party parties candidate candidates politician politicians opposition leader leaders member members people person
  persons national nationals citizen citizens foreigner foreigners journalist journalists activist activists
  organisation organisations organization organizations group groups movement movements media outlet outlets channel
  channels station stations newspaper newspapers church churches union unions association associations network
  networks him her them us everyone anyone`.split(/\s+/),
);

/** Words that may stand between the ban and its object: "bans on", "the ban of". */
const LINKS = new Set(['on', 'of']);

/** Words before the object's head: "the", "many", "private", "genetically". */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/** How far the object's head may stand after the ban. */
const REACH = 6;

/**
 * The head of the ban's object: the first noun after its modifiers ("the disconnection", "many corporations"); null
 * when an actor, a name or a pronoun comes first.
 */
function objectHead(ctx: SentenceContext, ban: number): string | null {
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, ban + 1 + REACH);
  let k = ban + 1;
  if (LINKS.has(tokens[k]?.lower ?? '')) k++;
  for (; k < end; k++) {
    const t = tokens[k]!;
    if (mentionOf(ctx, k) !== undefined) return null;
    if (t.pos === 'NOUN') return t.lower;
    if (t.pos === 'PRON') return t.lower;
    // "genetically modified crops": a participle before the head is an adjective.
    const attributive = t.pos === 'VERB' && t.lower.endsWith('ed') && k > ban + 1;
    if (!MODIFIER_POS.has(t.pos) && !attributive) return null;
  }
  return null;
}

/** The ban at `match` hits a thing, with no actor targeted: no event. */
export function domesticBan(ctx: SentenceContext, match: Match, targets: readonly Mention[]): boolean {
  if (targets.length > 0 || match.pattern.code !== '1722') return false;
  const trigger = ctx.doc.tokens[match.trigger]!;
  if (!BANNING.has(trigger.lemma) && !BANNING.has(trigger.lower)) return false;
  const head = objectHead(ctx, match.trigger);
  return head !== null && !POLITICAL_HEADS.has(head);
}
