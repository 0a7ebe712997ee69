// The event coder: Doc + Mentions (+ Quotes) → Event[]. Patterns from dictionaries/verbs/ fire at
// trigger tokens; roles, modality, reporter and date are read off the sentence around them.
import { createHash } from 'node:crypto';
import type { Actor, Diagnostic, Doc, Event, Mention, Quote } from '../types.ts';
import type { Codebook } from './codebook.ts';
import { mentionIndex, type SentenceContext } from './context.ts';
import { matchPattern, type Match } from './match.ts';
import { accusedActor, defaultTarget, isPassive, nounModifierSource, passiveAgent, subjectOf } from './roles.ts';
import { readModality } from './modality.ts';
import { quoteSpeaker, reporterOf } from './reported.ts';
import { eventDate } from './dates.ts';
import { intentCode } from './intent.ts';
import { LIGHT_VERBS } from './lexicon.ts';

export { loadCodebook, type Codebook } from './codebook.ts';

/** CAMEO roots whose events are mutual when coordinated actors have no separate target ("X and Y agreed"). */
const RECIPROCAL_ROOTS = new Set(['03', '04', '05', '06']);

export function codeEvents(
  doc: Doc,
  mentions: readonly Mention[],
  codebook: Codebook,
  dictionaryVersion: string,
  quotes: readonly Quote[] = [],
): { events: Event[]; diagnostics: Diagnostic[] } {
  const mentionAt = mentionIndex(doc, mentions);
  const events: Event[] = [];
  const seen = new Set<string>();
  for (const sentence of doc.sentences) {
    const ctx: SentenceContext = { doc, sentence, mentions, mentionAt };
    for (const match of sentenceMatches(ctx, codebook)) {
      for (const event of eventsOf(ctx, match, codebook, dictionaryVersion, quotes)) {
        if (seen.has(event.id)) continue;
        seen.add(event.id);
        events.push(event);
      }
    }
  }
  return { events, diagnostics: [] };
}

/** All pattern matches in a sentence, minus triggers that another match used as a literal. */
function sentenceMatches(ctx: SentenceContext, codebook: Codebook): Match[] {
  const matches: Match[] = [];
  for (let i = ctx.sentence.firstToken; i < ctx.sentence.endToken; i++) {
    if (ctx.mentionAt[i]! >= 0) continue;
    const t = ctx.doc.tokens[i]!;
    const candidates = codebook.byTrigger.get(t.lemma) ?? codebook.byTrigger.get(t.lower);
    if (candidates === undefined) continue;
    const verb = t.pos === 'VERB' || headlineVerb(ctx, i);
    const noun = !verb && (t.pos === 'NOUN' || t.pos === 'PROPN');
    if (!verb && !noun) continue;
    const passive = verb && isPassive(ctx, i);
    const skip = passive ? (passiveAgent(ctx, i)?.span ?? null) : null;
    for (const pattern of candidates) {
      if (pattern.noun !== noun) continue;
      const match = matchPattern(ctx, i, pattern, { passive, skip });
      if (match !== null) {
        matches.push(match);
        break;
      }
    }
  }
  const used = new Set(matches.flatMap((m) => m.literals));
  return matches.filter((m) => !used.has(m.trigger));
}

function eventsOf(
  ctx: SentenceContext,
  match: Match,
  codebook: Codebook,
  dictionaryVersion: string,
  quotes: readonly Quote[],
): Event[] {
  const i = match.trigger;
  const noun = match.pattern.noun;
  const passive = !noun && isPassive(ctx, i);
  let sources: readonly Mention[];
  let targets: readonly Mention[] = match.targets;
  let rule = match.pattern.id;
  if (passive) {
    sources = passiveAgent(ctx, i)?.agents ?? [];
    targets = subjectOf(ctx, i);
    rule += ' (passive)';
  } else if (match.sources.length > 0) {
    sources = match.sources;
  } else if (noun) {
    const modifier = nounModifierSource(ctx, i);
    sources = modifier !== null ? [modifier] : lightVerbSubject(ctx, i);
  } else {
    sources = subjectOf(ctx, i);
  }
  // Inside a direct quote, a subjectless event ("units have returned …”, the ministry said) is the speaker's.
  let speakerAsSource = false;
  if (sources.length === 0 && !passive) {
    const speaker = quoteSpeaker(ctx, i, quotes);
    if (speaker !== null) {
      sources = [speaker];
      speakerAsSource = true;
      rule += ' (quote speaker)';
    }
  }
  const reading = readModality(ctx, i, noun);
  if (reading.cue === 'alleged') {
    const accused = accusedActor(ctx, i);
    if (accused.length > 0) sources = accused;
  }
  const explicitTarget = targets.length > 0;
  if (!explicitTarget && !passive && !match.pattern.items.some((item) => item.kind === 'target')) {
    targets = defaultTarget(ctx, match.end);
  }
  targets = targets.filter((t) => !sources.includes(t));
  if (sources.length === 0 && targets.length === 0) return [];

  let code = match.pattern.code;
  let modality = reading.modality;
  if (reading.future && modality === 'asserted') {
    // "will hold talks" is announced cooperation (CAMEO 03); "will attack" has not happened.
    const intent = intentCode(code);
    if (intent !== null && codebook.codes.has(intent)) {
      code = intent;
      rule += ` → intent ${intent}`;
    } else if (intent === null) {
      modality = 'hypothetical';
    }
  }
  const info = codebook.codes.get(code)!;
  const reporter = reporterOf(ctx, i, quotes);
  const trigger = ctx.doc.tokens[i]!;
  const last = ctx.doc.tokens[triggerEnd(ctx, match)]!;
  const text = ctx.doc.article.text;
  const triggerSpan = { start: trigger.start, end: last.end, text: text.slice(trigger.start, last.end) };
  const date = eventDate(ctx.sentence.text, ctx.doc.article.date);

  const pairs: [Mention | null, Mention | null][] = [];
  const sourceList: (Mention | null)[] = sources.length > 0 ? [...sources] : [null];
  const targetList: (Mention | null)[] = targets.length > 0 ? [...targets] : [null];
  for (const s of sourceList) for (const t of targetList) pairs.push([s, t]);
  // "Russia and Ukraine agreed": coordinated subjects of a cooperative event with no target act on each other.
  if (targets.length === 0 && sources.length > 1 && RECIPROCAL_ROOTS.has(code.slice(0, 2))) {
    pairs.length = 0;
    for (const s of sources) for (const t of sources) if (s !== t) pairs.push([s, t]);
  }

  return pairs.map(([source, target]) => {
    const confidence = round(
      0.45 +
        (source !== null ? 0.2 : 0) +
        (target !== null ? (explicitTarget ? 0.2 : 0.12) : 0) +
        (match.pattern.items.length >= 2 ? 0.1 : 0) -
        (source?.kind === 'pronoun' || target?.kind === 'pronoun' ? 0.1 : 0) -
        (speakerAsSource ? 0.1 : 0),
    );
    const reportedBy = reporter !== null && reporter.actor.name !== source?.actor.name ? reporter.actor : null;
    const id = eventId(ctx.doc.article.id, ctx.sentence.index, trigger.start, code, source?.actor, target?.actor);
    return {
      id,
      sentenceIndex: ctx.sentence.index,
      sentence: ctx.sentence.text,
      trigger: triggerSpan,
      date,
      source: source?.actor ?? null,
      target: target?.actor ?? null,
      cameo: code,
      plover: info.plover,
      mode: info.mode,
      goldstein: info.goldstein,
      quadClass: info.quadClass,
      modality,
      reportedBy,
      confidence: Math.min(1, Math.max(0, confidence)),
      rule: reading.cue !== null && modality !== 'asserted' ? `${rule} [${reading.cue}]` : rule,
      dictionaryVersion,
    } satisfies Event;
  });
}

/**
 * The tagger often reads an inflected verb between two actors as a plural noun ("Russia attacks
 * Ukraine", typical of headlines): an -s/-ed form right after an actor and before an actor or
 * determiner is taken as the verb.
 */
function headlineVerb(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.pos !== 'NOUN' || !/(?:s|ed)$/.test(t.lower)) return false;
  if (i - 1 < ctx.sentence.firstToken || ctx.mentionAt[i - 1]! < 0) return false;
  const next = ctx.doc.tokens[i + 1];
  return next !== undefined && i + 1 < ctx.sentence.endToken && (ctx.mentionAt[i + 1]! >= 0 || next.pos === 'DET');
}

/** The trigger span runs over literals adjacent to the trigger ("pulled out of"), not over actors. */
function triggerEnd(ctx: SentenceContext, match: Match): number {
  let end = match.trigger;
  for (const k of [...match.literals].sort((a, b) => a - b)) {
    let adjacent = true;
    for (let j = end + 1; j < k; j++) {
      const t = ctx.doc.tokens[j]!;
      if (ctx.mentionAt[j]! >= 0 || (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PART')) adjacent = false;
    }
    if (!adjacent) break;
    end = k;
  }
  return end;
}

/** "Russia launched an invasion of Ukraine": the subject of a light verb owns its event noun. */
function lightVerbSubject(ctx: SentenceContext, i: number): Mention[] {
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'VERB') return LIGHT_VERBS.has(t.lemma) ? subjectOf(ctx, k) : [];
  }
  return [];
}

function eventId(
  articleId: string,
  sentence: number,
  offset: number,
  code: string,
  source: Actor | undefined,
  target: Actor | undefined,
): string {
  return createHash('sha1')
    .update(
      `${articleId}\u0000${sentence}\u0000${offset}\u0000${code}\u0000${source?.code ?? ''}\u0000${source?.name ?? ''}\u0000${target?.code ?? ''}\u0000${target?.name ?? ''}`,
    )
    .digest('hex')
    .slice(0, 16);
}

const round = (x: number): number => Math.round(x * 100) / 100;
