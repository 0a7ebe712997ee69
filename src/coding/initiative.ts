// Who called or visited whom, remembered across an article's sentences, and the pairs of sides a
// two-sided event (talks, meetings, agreements) is coded for: both ways, or from the initiator only.
import type { Mention } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import { type Match } from './match.ts';
import { mutualForceCode, RECIPROCAL_ROOTS } from './mutual.ts';

/** Who called whom, by country, once a sentence of the article has said so. */
export interface Initiative {
  readonly from: string;
  readonly to: string;
}

/**
 * Consultation pairs coded both ways keep only the direction an earlier sentence established for the
 * same two countries; a pair coded one way by its own sentence's initiative is remembered.
 */
export function keepInitiative(
  ctx: SentenceContext,
  pairs: readonly [Mention | null, Mention | null][],
  code: string,
): readonly [Mention | null, Mention | null][] {
  const memory = ctx.initiatives;
  // Most codes are no consultation: their pairs are kept as they are, with no copy.
  if (memory === undefined || !MUTUAL_CODES.has(code)) return pairs;
  const keys = new Set(pairs.map(key));
  const oneWay = pairs.filter((p) => !keys.has(key([p[1], p[0]])));
  for (const [s, t] of oneWay) {
    const from = country(s);
    const to = country(t);
    if (from !== null && to !== null && initiator(ctx) !== null) memory.push({ from, to });
  }
  return pairs.filter(([s, t]) => {
    const from = country(s);
    const to = country(t);
    return !memory.some((m) => m.from === to && m.to === from) || !keys.has(`${to}>${from}`);
  });
}

/** The country of a pair's side, by which consultations remember their direction. */
function country(m: Mention | null): string | null {
  return m?.actor.country ?? null;
}

function key([s, t]: [Mention | null, Mention | null]): string {
  return `${country(s)}>${country(t)}`;
}

/** The matched words hold a plural call noun ("telephone conversations", "phone calls"), not "talks". */
function pluralCalls(ctx: SentenceContext, match: Match): boolean {
  return (
    match.pattern.noun &&
    [match.trigger, ...match.literals].some((k) => /^(?:conversations|calls)$/.test(ctx.doc.tokens[k]!.lower))
  );
}

/**
 * Whether a consultation runs from its one doer only, as a series of contacts it held: "had telephone
 * conversations with A, B and C", "talked about his contacts with A and B" (a plural call, conversation, contact or
 * meeting noun names the several counterparts). One meeting, talk or call with several counterparts ("met with
 * Sánchez and Frederiksen", "held a video conference with Nausėda and Duda", "spoke with Macron and Scholz") names no
 * initiator, so it runs both ways with each of them, as with one counterpart.
 */
export function seriesFromOne(
  ctx: SentenceContext,
  match: Match,
  sources: readonly Mention[],
  targets: readonly Mention[],
): boolean {
  if (sources.length !== 1) return false;
  if (pluralCalls(ctx, match)) return true;
  if (targets.length < 2) return false;
  // The noun the counterparts' "with" follows: "his contacts with A and B".
  const partner = match.literals.find((k) => k > match.trigger && ctx.doc.tokens[k]!.lower === 'with');
  return partner !== undefined && SERIES_NOUNS.has(ctx.doc.tokens[partner - 1]!.lower);
}

/** Plural nouns of contacts held one at a time ("talks" is plural only, and may be one round). */
const SERIES_NOUNS = new Set(['contacts', 'conversations', 'calls', 'meetings']);

/**
 * Source × target pairs. Coordinated subjects of a joint cooperative event (`joint`, mutual.ts) with no target act
 * on each other (with a `hub`, only it and each other one); talks and phone calls (040, 041, 046) are mutual, so they
 * are coded in both directions.
 */
export function pairsOf(
  sources: readonly Mention[],
  targets: readonly Mention[],
  code: string,
  joint: boolean,
  initiative: Mention | 'latter' | null = null,
  directed = false,
  hub: Mention | null = null,
): [Mention | null, Mention | null][] {
  const mutual = RECIPROCAL_ROOTS.has(code.slice(0, 2)) || mutualForceCode(code);
  if (targets.length === 0 && sources.length > 1 && joint && mutual) {
    // With a hub (a readout of one side's talks with several others), the others did not talk with each other:
    // named without it, each acts on it (and it on each, in talks).
    if (hub !== null && !sources.some((s) => s.actor.country === hub.actor.country)) {
      const toHub = sources.map((s): [Mention, Mention] => [s, hub]);
      return MUTUAL_CODES.has(code) ? [...toHub, ...sources.map((s): [Mention, Mention] => [hub, s])] : toHub;
    }
    const paired = (s: Mention, t: Mention): boolean => t !== s && (hub === null || s === hub || t === hub);
    return sources.flatMap((s) => sources.filter((t) => paired(s, t)).map((t): [Mention, Mention] => [s, t]));
  }
  const pairs = crossPairs(sources, targets);
  if (directed || !MUTUAL_CODES.has(code)) return pairs;
  const reversed = pairs
    .filter(([s, t]) => s !== null && t !== null)
    .map(([s, t]): [Mention | null, Mention | null] => [t, s]);
  // "… had a telephone conversation with X at the latter's initiative / at the X side's initiative":
  // X made the call, so the event runs one way only.
  if (initiative === 'latter') return reversed;
  if (initiative !== null) {
    const country = initiative.actor.country;
    const calledBy = (m: Mention | null): boolean => m !== null && country !== null && m.actor.country === country;
    if (targets.some(calledBy)) return reversed;
    if (sources.some(calledBy)) return pairs;
  }
  return [...pairs, ...reversed];
}

/**
 * Each source with each target, in order, a missing side standing as null ("Russia shelled" → [Russia, null]). Two
 * plain loops: the `flatMap` over copies they replace was half a percent of the pipeline by itself, at every match.
 */
export function crossPairs(
  sources: readonly Mention[],
  targets: readonly Mention[],
): [Mention | null, Mention | null][] {
  const pairs: [Mention | null, Mention | null][] = [];
  for (let s = 0; s < Math.max(1, sources.length); s++) {
    for (let t = 0; t < Math.max(1, targets.length); t++) pairs.push([sources[s] ?? null, targets[t] ?? null]);
  }
  return pairs;
}

/**
 * Who took the initiative of a call or meeting: "at the latter's initiative", "at the Israeli side's
 * initiative", or the visitor of "X, who is in Kyiv on a visit".
 */
export function initiator(ctx: SentenceContext): Mention | 'latter' | null {
  const opening = visitOpening(ctx);
  if (opening !== null) return opening;
  for (let k = ctx.sentence.firstToken + 1; k < ctx.sentence.endToken; k++) {
    // "… met with X, who is in Kyiv on a working visit": X is the visitor.
    if (ctx.doc.tokens[k]!.lower === 'who' && /^(?:is|was|are|were)$/.test(ctx.doc.tokens[k + 1]?.lower ?? '')) {
      const visitor = mentionOf(ctx, ctx.doc.tokens[k - 1]?.text === ',' ? k - 2 : k - 1);
      const clause = ctx.doc.tokens.slice(k + 2, Math.min(ctx.sentence.endToken, k + 12));
      if (visitor !== undefined && clause.some((t) => t.lemma === 'visit' || t.lower === 'visit')) return visitor;
    }
    if (ctx.doc.tokens[k]!.lower !== 'initiative') continue;
    const before = ctx.doc.tokens[k - 1]!;
    if (before.lower === "'s" || before.lower === '’s') {
      if (ctx.doc.tokens[k - 2]?.lower === 'latter') return 'latter';
      for (let j = k - 2; j >= Math.max(ctx.sentence.firstToken, k - 4); j--) {
        const m = mentionOf(ctx, j);
        if (m !== undefined) return m;
      }
    }
    if (ctx.doc.tokens[k + 1]?.lower === 'of') {
      let j = k + 2;
      while (ctx.doc.tokens[j]?.pos === 'DET') j++;
      const m = mentionOf(ctx, j);
      if (m !== undefined) return m;
    }
  }
  return null;
}

/** "During a working visit to Brussels, X met with Y": the subject after the opening phrase is the visitor. */
function visitOpening(ctx: SentenceContext): Mention | null {
  const first = ctx.sentence.firstToken;
  if (!/^(?:during|on)$/.test(ctx.doc.tokens[first]!.lower)) return null;
  let k = first + 1;
  while (
    k < first + 5 &&
    /^(?:DET|PRON|ADJ|NOUN)$/.test(ctx.doc.tokens[k]!.pos) &&
    ctx.doc.tokens[k]!.lemma !== 'visit'
  )
    k++;
  if (ctx.doc.tokens[k]?.lemma !== 'visit' || !/^(?:to|in)$/.test(ctx.doc.tokens[k + 1]?.lower ?? '')) return null;
  for (let j = k + 2; j < ctx.sentence.endToken; j++) {
    if (ctx.doc.tokens[j]!.text !== ',') continue;
    const visitor = mentionOf(ctx, j + 1);
    return visitor !== undefined && visitor.kind !== 'pronoun' ? visitor : null;
  }
  return null;
}

const MUTUAL_CODES = new Set(['040', '041', '046']);
