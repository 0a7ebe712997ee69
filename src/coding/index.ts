// The event coder: Doc + Mentions (+ Quotes) → Event[]. Patterns from dictionaries/verbs/ fire at
// trigger tokens; roles, modality, reporter and date are read off the sentence around them.
import * as crypto from 'node:crypto';
import type { Actor, Diagnostic, Doc, Event, Mention, Modality, Quote, Token } from '../types.ts';
import type { Codebook } from './codebook.ts';
import type { Pattern } from './patterns.ts';
import { mayHold, tokenKeys, wordHash } from '../actors/trie.ts';
import { isQuoteMark, mentionIndex, mentionOf, token, type SentenceContext } from './context.ts';
import {
  coordinated,
  coordinatedBefore,
  isPossessiveMark,
  matchPattern,
  type Match,
  type MatchOptions,
} from './match.ts';
import {
  accusedActor,
  adversaryAfter,
  agentInObject,
  clauseStart,
  complainedOf,
  coordinationOf,
  defaultTarget,
  isArmedForce,
  attackDoer,
  isPassive,
  launchSite,
  weaponFirer,
  SAME_PARTICIPLE,
  nounModifierSource,
  nounPhraseParties,
  passiveAgent,
  passivePatientOwner,
  passiveSubject,
  pluralParticipants,
  salientSides,
  subjectOf,
} from './roles.ts';
import { ASSERTED as ASSERTED_READING, readModality } from './modality.ts';
import { findWarnings } from './warnings.ts';
import { findBlame, isPredicateBlame } from './blame.ts';
import { findPraise } from './praise.ts';
import { hyphenatedParties } from './compounds.ts';
import { venueMeeting, visitorByPlace } from './host.ts';
import { HELD_IN_PHRASE, meetingHolders, meetingRestated } from './held-meetings.ts';
import { withClaims } from './claims.ts';
import { refusedPermissions } from './permission.ts';
import { militaryInstrument } from './weapons.ts';
import { jointAct, RECIPROCAL_ROOTS } from './mutual.ts';
import { reducedRelativePatient, taggedAdjectiveBeforeAgent } from './relatives.ts';
import { withCrowdCodes } from './crowds.ts';
import { withVerbSenses } from './senses.ts';
import { obligedSubjects } from './obliged.ts';
import { preparedForce } from './prepared.ts';
import { addresseeOf, imperativeAt, imperativeVerbs, noteAddressees, type Addressees } from './imperatives.ts';
import { quoteSpeaker, reporterOf } from './reported.ts';
import { dateOfEvent } from './year-dates.ts';
import { demandCode, intentCode, rejectionCode, threatCode } from './recode.ts';
import {
  ANNOUNCING_VERBS,
  BE_FORMS,
  CONDITIONAL,
  HARD_BOUNDARIES,
  LIGHT_VERBS,
  OBLIGATION,
  PREPOSITIONS,
  SPEECH_VERBS,
  SUBORDINATORS,
  WEAPONS,
} from './lexicon.ts';

export { loadCodebook, type Codebook } from './codebook.ts';
export { withoutTolls } from './tolls.ts';

/** CAMEO roots of force (assault, fight, mass violence): with no actor named, see src/geo/place-actors.ts. */
const FORCE = /^(?:18|19|20)/;
/** Acts of a state's police and courts (investigate, convict, arrest or charge, deport): see src/geo/place-actors.ts. */
const LEGAL_ACTS = /^(?:09|116|173|174)/;
/** Consultations mean nothing without a counterpart ("the cabinet met"); mediation (045) may stand alone. */
const needsCounterpart = (code: string): boolean => code.startsWith('04') && !code.startsWith('045');

/** What a sentence-level rule reads: the sentence, its pattern matches, and the article's quotes. */
interface SentenceInput {
  readonly ctx: SentenceContext;
  readonly matches: readonly Match[];
  readonly codebook: Codebook;
  readonly dictionaryVersion: string;
  readonly quotes: readonly Quote[];
}

/**
 * Events that come from the sentence rather than from one pattern match, in this order: reported obligations
 * as demands, imperatives as demands, warnings as threats, blame, praise, the aid that thanks report, and permissions refused.
 */
const SENTENCE_RULES: readonly ((input: SentenceInput) => Event[])[] = [
  obligationDemands,
  imperativeDemands,
  warningEvents,
  blameEvents,
  praiseEvents,
  thanksForAid,
  permissionRefusals,
];

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
  // A readout names who called once ("at the latter's initiative"); later sentences about the same
  // conversation ("The leaders discussed …") keep that direction.
  const initiatives: Initiative[] = [];
  const addressees: Addressees = new Map();
  // Made once per document: under tsx a named closure also costs a `__name` call each time it is made.
  const reId = (e: Event, code: string): string =>
    eventId(doc.article.id, e.sentenceIndex, e.trigger.start, code, e.source ?? undefined, e.target ?? undefined);
  for (const sentence of doc.sentences) {
    const ctx: SentenceContext = { doc, sentence, mentions, mentionAt, initiatives, addressees };
    // "X is to blame for": blame as a predicate is read by blameEvents, with X as the one blamed.
    const matches = withoutPurposeDemands(ctx, sentenceMatches(ctx, codebook)).filter(
      (m) => !isPredicateBlame(ctx, m.trigger),
    );
    const input: SentenceInput = { ctx, matches, codebook, dictionaryVersion, quotes }; // one for all the rules
    // Loops rather than flatMap and spreads: this runs for every sentence, most of which yield nothing.
    const raw: Event[] = [];
    for (const match of matches) for (const e of eventsOf(ctx, match, codebook, dictionaryVersion, quotes)) raw.push(e);
    for (const rule of SENTENCE_RULES) for (const e of rule(input)) raw.push(e);
    const found = withClaims(ctx, withActTargets(ctx, raw), { codebook, dictionaryVersion, quotes });
    if (found.length === 0) continue; // most sentences: nothing to recode or deduplicate
    const recoded = withCrowdCodes(withVerbSenses(ctx, found, codebook, reId), codebook, reId);
    // One sentence reports a dyad's event once: "discussed A … and discussed B" is one consultation.
    // A cooperative event with no target repeats one of the same category and source that has a target
    // ("reaffirmed his commitment that the US will stand by Ukraine" is one AGREE, US → Ukraine); a
    // conflict's second act is an event of its own ("shelled Turkey, killing three Iraqi soldiers"), unless it is
    // the toll of the same attack (see tolls.ts, run once places have given targets).
    const dyads = new Set<string>();
    const kept = events.length;
    for (const event of recoded) {
      if (
        event.target === null &&
        event.plover !== null &&
        event.cameo < '10' &&
        recoded.some(
          (other) =>
            other.target !== null &&
            other.plover === event.plover &&
            other.modality === event.modality &&
            country(other.source) === country(event.source),
        )
      )
        continue;
      if (agreementRestated(event, recoded) || meetingRestated(event, recoded)) continue;
      const dyad = `${event.cameo}\u0000${event.modality}\u0000${actorKey(event.source)}\u0000${actorKey(event.target)}`;
      if (seen.has(event.id) || dyads.has(dyad)) continue;
      seen.add(event.id);
      dyads.add(dyad);
      events.push(event);
    }
    noteAddressees(ctx, events.slice(kept), addressees);
  }
  return { events, diagnostics: [] };
}

/**
 * "Chile has agreed to lift the sanctions on Peru": a bare agreement (030 "agree to") whose infinitive is itself
 * coded as a more precise intent of the same side (0354 ease sanctions) says nothing more; the intent is the event.
 */
function agreementRestated(event: Event, found: readonly Event[]): boolean {
  if (event.cameo !== '030' || !/^agree/i.test(event.trigger.text)) return false;
  // "G7 members have agreed to impose a price cap on Russian oil": the agreed measure (16, still to come) is the
  // event; an agreement aimed at its target would say the G7 agreed with Russia.
  return found.some(
    (o) =>
      ((o.cameo.startsWith('03') && o.cameo !== '030' && o.modality === event.modality) ||
        (o.cameo.startsWith('16') && o.modality === 'hypothetical')) &&
      o.trigger.start > event.trigger.start &&
      country(o.source) === country(event.source) &&
      (event.target === null || country(o.target) === country(event.target)),
  );
}

/**
 * "Iran threatened to launch a new offensive in its war with Iraq": a threat with no target takes the
 * target of the threatened act (a later hypothetical event of the same source in the sentence); a refusal
 * that of the refused act.
 */
function withActTargets(ctx: SentenceContext, events: Event[]): Event[] {
  return events.map((e) => {
    const refusal = e.cameo.startsWith('12');
    if ((!e.cameo.startsWith('13') && !refusal) || e.target !== null || e.source === null) return e;
    // "refused to commit to any assistance to the US-led war": a refusal is aimed where the refused act was.
    const act = events.find(
      (o) =>
        (o.modality === 'hypothetical' || (refusal && o.modality === 'negated')) &&
        o.target !== null &&
        o.trigger.start > e.trigger.start &&
        country(o.source) === country(e.source) &&
        country(o.target) !== country(e.source),
    );
    const target = act?.target ?? (refusal ? null : conditionSubject(ctx, e.trigger.end, country(e.source)));
    if (!target) return e;
    return {
      ...e,
      target,
      id: eventId(ctx.doc.article.id, e.sentenceIndex, e.trigger.start, e.cameo, e.source, target),
    };
  });
}

/**
 * "threatened to stop negotiations if the United States goes ahead with the deployment": a threat is aimed at
 * the one whose act it makes the condition, the subject of the "if"/"unless" clause after it.
 */
function conditionSubject(ctx: SentenceContext, after: number, sourceCountry: string | null): Actor | null {
  const { tokens } = ctx.doc;
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!;
    if (t.start < after || (t.lower !== 'if' && t.lower !== 'unless')) continue;
    for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 6); j++) {
      const m = mentionOf(ctx, j);
      if (m !== undefined) {
        const c = m.actor.country ?? m.actor.code;
        return c === sourceCountry || m.kind === 'pronoun' ? null : m.actor;
      }
      if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return null;
    }
    return null;
  }
  return null;
}

const actorKey = (actor: Actor | null): string => (actor === null ? '' : `${actor.code ?? ''}/${actor.name}`);

/**
 * An actor's country, else its code: the side it stands for. One module function, not a closure per call: under tsx
 * every named closure also costs a `__name` call (Object.defineProperty), and these run per sentence and event.
 */
function country(a: Actor | null): string | null {
  return a?.country ?? a?.code ?? null;
}

/**
 * "staged demonstrations to demand reforms", "blocked roads demanding that he be reinstated": a demand
 * that states the purpose of a protest or coercive act is what the act is about, not a request of its own.
 */
function withoutPurposeDemands(ctx: SentenceContext, matches: readonly Match[]): Match[] {
  const acts = matches.filter((m) => /^(?:1[4-9]|20)/.test(m.pattern.code)).map((m) => m.trigger);
  return matches.filter((m) => {
    if (!m.pattern.code.startsWith('10') || !acts.some((k) => k < m.trigger)) return true;
    const t = ctx.doc.tokens[m.trigger]!;
    const infinitive = ctx.doc.tokens[m.trigger - 1]?.lower === 'to';
    return !(infinitive || (t.pos === 'VERB' && t.lower.endsWith('ing')));
  });
}

/** All pattern matches in a sentence, minus triggers that another match used as a literal. */
/** Prepositions after which "-ing + armed force" is a modifier ("against occupying forces"); not by/for/of/after,
 * which take gerunds with objects ("by attacking Russian forces"). */
const ADJECTIVAL_PREPOSITIONS = new Set(['against', 'with', 'from', 'among', 'between', 'near', 'toward', 'towards']);

/** Tags after which a participle before a noun is its adjective ("two jailed dissidents", "helped exiled …"). */
const ATTRIBUTIVE_AFTER = new Set(['NUM', 'ADJ', 'VERB', 'ADP']);

/**
 * "700 destroyed cities", "thousands of destroyed hospitals", "the number of rejected candidates", "dead and wounded
 * servicemen", "in previously agreed areas": an -ed form between a number, adjective or preposition (an -ly adverb
 * aside) and its noun or name ("in the temporarily occupied Crimea") describes it. Not after a year or a date
 * ("Russia in 2014 seized territory", "on February 24 invaded Ukraine") or an actor.
 */
function attributiveBeforeNoun(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  const next = token(ctx, i + 1);
  if (!/ed$/.test(t.lower) || next === undefined) return false;
  const m = ctx.mentions[ctx.mentionAt[i + 1] ?? -1];
  if (m !== undefined ? m.firstToken !== i + 1 || m.kind === 'pronoun' : !/^(?:NOUN|PROPN)$/.test(next.pos))
    return false;
  let k = i - 1;
  // "dead and wounded servicemen": a conjunction after an adjective joins two modifiers.
  if (token(ctx, k)?.pos === 'CCONJ' && token(ctx, k - 1)?.pos === 'ADJ') k -= 2;
  // "internationally agreed borders", "the universally accepted principle": an -ly adverb modifies the participle,
  // and after one, the sentence's start or a determiner also makes it attributive ("the parties separately
  // discussed areas of cooperation" has a noun there: a verb).
  const adverb = token(ctx, k)?.pos === 'ADV' && token(ctx, k)!.lower.endsWith('ly');
  if (adverb) k--;
  const before = token(ctx, k);
  if (adverb && (before === undefined || before.pos === 'DET')) return true;
  if (before === undefined || ctx.mentionAt[k]! >= 0) return false;
  // "on February 24 invaded Ukraine": a date's day or a year is no quantity of the noun.
  if (before.pos === 'NUM') return !/^(?:1[89]|20)\d\d$/.test(before.text) && token(ctx, k - 1)?.pos !== 'PROPN';
  return before.pos === 'ADJ' || (before.pos === 'ADP' && !SUBORDINATORS.has(before.lower));
}

/** A mention of a group of people (not a state or a person) starts at token `k` ("dissidents from Iran"). */
function groupAt(ctx: SentenceContext, k: number): boolean {
  const m = ctx.mentions[ctx.mentionAt[k] ?? -1];
  return m !== undefined && m.firstToken === k && m.kind === 'nominal' && m.actor.type === 'group';
}

/** A mention of an armed force starts at token `k` ("Russian forces", "the separatists"). */
function armedForceAt(ctx: SentenceContext, k: number): boolean {
  const m = ctx.mentions[ctx.mentionAt[k] ?? -1];
  return m !== undefined && m.firstToken === k && isArmedForce(m);
}

function sentenceMatches(ctx: SentenceContext, codebook: Codebook): Match[] {
  const matches: Match[] = [];
  const keys = tokenKeys(ctx.doc.tokens); // hashed once per document, for the actor tries and for this lookup
  for (let i = ctx.sentence.firstToken; i < ctx.sentence.endToken; i++) {
    if (ctx.mentionAt[i]! >= 0) continue;
    const t = ctx.doc.tokens[i]!;
    // A token's trie key is its lower form unless an apostrophe was folded: then its hash is not the lower form's.
    const lowerHash = keys.keys[i] === t.lower ? keys.hashes[i]! : wordHash(t.lower);
    const candidates = triggerPatterns(codebook, t.lemma, t.lower, lowerHash);
    if (candidates === undefined) continue;
    // "the occupied West Bank": a participle after a determiner is an adjective, not an event.
    // So is "Jordan's visiting King": an -ing form between a determiner or possessive and an actor.
    const before = ctx.doc.tokens[i - 1];
    const adjectival =
      t.pos === 'VERB' &&
      ((before?.pos === 'DET' && /ed$/.test(t.lower)) ||
        // "the Israeli-occupied West Bank", "Russian-backed separatists": a hyphenated participle is an adjective.
        (before?.text === '-' && before.end === t.start && /ed$/.test(t.lower)) ||
        // "freed two jailed dissidents", "met exiled opposition leaders": so is a participle opening a group of
        // people after a number, adjective, verb or preposition (after its subject it is the verb: "Iran jailed").
        // ("Russian shelling wounded civilians": an -ing subject leaves the participle a verb).
        (ATTRIBUTIVE_AFTER.has(before?.pos ?? '') &&
          !/ing$/.test(before?.lower ?? '') &&
          /ed$/.test(t.lower) &&
          groupAt(ctx, i + 1)) ||
        attributiveBeforeNoun(ctx, i) ||
        ((before?.pos === 'DET' || (before?.pos === 'PART' && before.lower !== 'to')) &&
          /ing$/.test(t.lower) &&
          ctx.mentionAt[i + 1]! >= 0) ||
        // "defenses against occupying Russian forces", "Invading Russian troops shelled …": an -ing form opening
        // the noun phrase of an armed force names what the force is doing, not an event of its own.
        (/ing$/.test(t.lower) &&
          (i === ctx.sentence.firstToken || ADJECTIVAL_PREPOSITIONS.has(before?.lower ?? '')) &&
          armedForceAt(ctx, i + 1)));
    const verb = (t.pos === 'VERB' && !adjectival) || verbLike(ctx, i);
    // Noun patterns may start with an adjective: "n:military aid to T", "n:joint exercises with T".
    const noun = !verb && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ');
    if (!verb && !noun) continue;
    const passive = verb && isPassive(ctx, i);
    const skip = passive ? (passiveAgent(ctx, i)?.span ?? null) : null;
    const best = bestMatch(ctx, i, candidates, noun, { passive, skip });
    if (best !== null) matches.push(best);
  }
  // A trigger that another match used as a literal, or that stands inside another match's span
  // ("conducting military exercises": "military" is not a noun event of its own), is not an event.
  const used = new Set<number>();
  for (const m of matches) {
    const last = Math.max(m.trigger, ...m.literals);
    for (let k = m.trigger + 1; k <= last; k++) used.add(k);
  }
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
  // "equipment sent to Ukraine": a match that read its object before the verb read the verb as active (match.ts),
  // unless a "by" agent says who acted ("weapons delivered by the West to Ukraine").
  const passive = !noun && isPassive(ctx, i) && (!match.literals.some((k) => k < i) || passiveAgent(ctx, i) !== null);
  let sources: readonly Mention[];
  let targets: readonly Mention[] = match.targets;
  let rule = match.pattern.id;
  if (passive) {
    sources = passiveAgent(ctx, i)?.agents ?? [];
    // "victims killed by the crash": a reduced relative's subject is the noun phrase it follows.
    const subject = reducedRelativePatient(ctx, i) ?? passiveSubject(ctx, i);
    // "A rocket was fired at Israel": the subject is what was fired; a target after a preposition is the target.
    targets = match.targets.length > 0 ? match.targets : subject;
    // "Russian troops will be withdrawn from Belarus", "rebels have been demobilized": forces pulled back with no one
    // named doing it are their own side's retreat, so they are its source (the place left, if named, the target).
    if (
      sources.length === 0 &&
      match.pattern.code.startsWith('087') &&
      subject.length > 0 &&
      subject.every(isArmedForce)
    ) {
      sources = subject;
      // The place left is named after a preposition, or follows the pattern's last word when it has a T slot.
      targets =
        match.targets.length > 0
          ? match.targets
          : match.pattern.items.some((it) => it.kind === 'target')
            ? defaultTarget(ctx, match.end, sources)
            : [];
    }
    // "were killed in Israeli tank shelling", "in an air strike by government forces": the attack's doer.
    if (sources.length === 0 && /^(?:18|19|20)/.test(match.pattern.code)) {
      const doers = attackDoer(ctx, match.end - 1);
      if (doers.length > 0) {
        sources = doers;
        rule += ' (doer of the attack)';
      }
    }
    // "blown up by a missile fired by rebels": whoever fired the weapon.
    if (sources.length === 0 && /^(?:18|19|20)/.test(match.pattern.code)) {
      sources = weaponFirer(ctx, i);
      if (sources.length > 0) rule += ' (who fired the weapon)';
    }
    // "A mortar bomb was fired at Israel from the Gaza Strip": force with no agent came from the place's unidentified
    // armed forces.
    // Not when a "by" phrase names something else ("targeted by sanctions from the US").
    const unnamed = sources.length === 0 && (!byAfter(ctx, i) || weaponAgent(ctx, i));
    const site = unnamed && /^(?:18|19|20)/.test(match.pattern.code) ? launchSite(ctx, match.end) : null;
    if (site !== null) {
      const iso = site.actor.country ?? site.actor.code;
      const actor = { ...site.actor, code: `${iso}UAF`, sector: 'UAF', type: 'group' as const, id: null };
      sources = [{ ...site, actor: { ...actor, name: `${site.actor.name} (unidentified armed forces)` } }];
      rule += ` (fired from ${site.actor.name})`;
    }
    // Only harm done to a thing is done to its owner: "the award for the Ukrainian people was handed over" is not.
    if (targets.length === 0 && /^(?:1[4-9]|20)/.test(match.pattern.code)) targets = passivePatientOwner(ctx, i);
    rule += ' (passive)';
  } else if (match.sources.length > 0) {
    sources = match.sources;
    // "received weapons from S": the subject is what the source acted on.
    if (!noun && !match.pattern.items.some((it) => it.kind === 'target')) targets = subjectOf(ctx, i);
  } else if (noun) {
    const modifier = nounModifierSource(ctx, i);
    // "Russian-Belarusian talks", "the EU-Ukraine summit": a hyphenated pair names both parties of the meeting.
    const parties =
      targets.length === 0 && RECIPROCAL_ROOTS.has(match.pattern.code.slice(0, 2)) ? hyphenatedParties(ctx, i) : [];
    sources = parties.length > 0 ? parties : modifier !== null ? [modifier] : lightVerbSubject(ctx, i);
    // "Biden and Scholz agreed in a phone call": a consultation the clause's subjects held.
    if (sources.length === 0 && match.pattern.code.startsWith('04') && heldIn(ctx, i)) sources = subjectOf(ctx, i);
    // "During a meeting with Duda, Zelenskyy discussed …", "was stated by Zelenskyy following talks with Rutte".
    if (sources.length === 0 && targets.length > 0 && match.pattern.code.startsWith('04')) {
      sources = meetingHolders(ctx, i, targets);
      if (sources.length > 0) rule += HELD_IN_PHRASE;
    }
    // "During the telephone conversation, Putin congratulated Mirziyoyev …": the main clause's two parties.
    if (sources.length === 0 && targets.length === 0 && match.pattern.code.startsWith('04'))
      sources = openingParties(ctx, i);
  } else {
    // A gerund used as a noun takes its modifier: "killed in Israeli tank shelling", "the Russian
    // shelling"; the clause subject only when it has none.
    const gerund = ctx.doc.tokens[i]!.lower.endsWith('ing');
    const modifier = gerund ? nounModifierSource(ctx, i) : null;
    sources = modifier !== null && ctx.mentionAt[i - 1]! >= 0 ? [modifier] : subjectOf(ctx, i);
    if (sources.length === 0 && modifier !== null) sources = [modifier];
  }
  // "Withdraw your troops!", said by Zelenskyy: an imperative asks its addressee to act (imperatives.ts); it is no act
  // of the speaker's, and its doer is the addressee when the sentence or the article makes clear who that is.
  const imperative = !noun && !passive && imperativeAt(ctx, i) ? quoteSpeaker(ctx, i, quotes, true) : null;
  if (imperative !== null) {
    const addressee = addresseeOf(ctx, imperative, ctx.addressees);
    sources = addressee === null ? [] : [addressee];
    rule += addressee === null ? ' (imperative)' : ' (imperative: the addressee)';
  }
  const reporter = reporterOf(ctx, i, quotes);
  // A subjectless event in a direct quote ("units have returned …”, the ministry said) is the
  // speaker's; so is one whose subject is a pronoun the actor stage left unresolved ("X said it will …").
  let inferredSource = false;
  // A passive without agent or subject may still be a readout's "It was agreed …".
  if (sources.length === 0 && imperative === null && (!passive || targets.length === 0)) {
    // "Let's have a dialogue with Russia", "we will hold talks with X": the speaker's side holds a cooperative event
    // noun ("we have a war with Russia" describes a state of affairs).
    const nounOwned = !noun || (RECIPROCAL_ROOTS.has(match.pattern.code.slice(0, 2)) && firstPersonLightVerb(ctx, i));
    const speaker =
      !nounOwned || passive || nounSubject(ctx, i) || thirdPersonSubject(ctx, i)
        ? null
        : quoteSpeaker(ctx, i, quotes, true);
    // "Obama and Putin said they will …": "they" stands for every coordinated reporter.
    const owners =
      !nounOwned || passive || nounSubject(ctx, i)
        ? []
        : speaker !== null
          ? [speaker]
          : noun
            ? []
            : pronounReporters(ctx, i, reporter);
    const owner = owners[0] ?? null;
    // An event noun takes the participants only as the object of a light verb ("the leaders held a meeting");
    // only cooperative events have participants who act on each other ("they occupied it" is no such pair).
    const cooperative =
      (!noun || lightVerbBefore(ctx, i) !== null) && RECIPROCAL_ROOTS.has(match.pattern.code.slice(0, 2));
    // What each side does to a thing ("the leaders praised the agreement", "we offer solutions") is no joint act
    // (mutual.ts): named participants each do it, and "we" is the speaker's side alone.
    const joint = cooperative && jointAct(ctx, match.pattern, i, match.end);
    const participants = owner === null && cooperative ? pluralParticipants(ctx, i, !joint) : [];
    // "We have discussed all issues" in a readout or a quote: the speaker's side and its counterpart. Not when
    // "we" is a passive verb's subject, acted on by someone else ("we were promised that NATO would not expand");
    // the impersonal "it was agreed" is still the participants' act.
    const we =
      joint && !(passive && !noun) && targets.length === 0 && firstPersonPlural(ctx, i)
        ? salientSides(ctx.mentions, ctx.doc.tokens[i]!.start)
        : [];
    const counterpart = owner === null ? [] : we.filter((p) => !sameCountry(p, owner));
    if (owner !== null && counterpart.length === 1 && we.length === 2) {
      sources = [owner];
      targets = counterpart;
      inferredSource = true;
      rule += ' (speaker and counterpart)';
    } else if (owner !== null) {
      sources = owners;
      inferredSource = true;
      rule += ' (speaker as source)';
    } else if (participants.length === 2 || we.length === 2) {
      // "The two leaders discussed …": the participants named before act on each other.
      sources = participants.length === 2 ? participants : we;
      inferredSource = true;
      rule += ' (participants)';
    }
  }
  // "tried to hack into the computers": an attempted hostile act is an act; an attempt to help has not helped yet.
  const cued = readModality(ctx, i, noun);
  const reading = cued.cue === 'attempt' && match.pattern.code >= '09' ? ASSERTED_READING : cued;
  if (reading.cue === 'alleged') {
    const accused = accusedActor(ctx, i);
    if (accused.length > 0) sources = accused;
  }
  // "Thank you very much", "the issues you raised": "you" in a speaker's words is the speaker's counterpart.
  if (targets.length === 0 && sources.length === 1 && secondPersonAt(ctx, match.end) && reporter !== null) {
    const sides = salientSides(ctx.mentions, ctx.doc.tokens[i]!.start);
    const other = sides.filter((p) => !sameCountry(p, sources[0]!));
    if (sides.length === 2 && other.length === 1 && quoteSpeaker(ctx, i, quotes) !== null) {
      targets = other;
      rule += ' (you: the counterpart)';
    }
  }
  const explicitTarget = targets.length > 0;
  // "The leaders agreed/discussed": coordinated participants of an agreement or consultation act on each other.
  const reciprocal = sources.length > 1 && /^0[34]/.test(match.pattern.code);
  const searchTarget =
    !match.pattern.noTarget && !reciprocal && !match.pattern.items.some((it) => it.kind === 'target');
  if (!explicitTarget && !passive && searchTarget) {
    // An investigation, a criticism or a rejection is aimed at the doer of the act it is about: "crimes by Croat
    // forces against Serb civilians", "condemned the expulsion of Russian diplomats by Poland".
    const perpetrators = /^(?:09|11|12)/.test(match.pattern.code) ? agentInObject(ctx, match.end) : [];
    const from = infinitiveEnd(ctx, match.end);
    // A protest names whom it is against past the place where it happens: "rallied in Minsk against the Russian
    // invasion", "blocked streets in Hong Kong in defiance of Chinese authorities".
    const opposed = match.pattern.code.startsWith('14') ? adversaryAfter(ctx, from) : [];
    targets = perpetrators.length > 0 ? perpetrators : opposed.length > 0 ? opposed : defaultTarget(ctx, from, sources);
    // A posture names its adversary further on: "mobilized army reservists for a possible war against Iraq".
    if (targets.length === 0 && match.pattern.code.startsWith('15')) targets = adversaryAfter(ctx, from);
    // "demanded that control of the Interior Ministry be taken away", "insisted on its demands that Burundi's
    // government grant …": a demand is made of the actor in the subject of the that-clause it states.
    if (targets.length === 0 && match.pattern.code.startsWith('10')) targets = demandedOf(ctx, match.end);
  }
  // "complained to the United Nations over Israeli air raids": a complaint to a forum is aimed at whom it is about.
  if (match.pattern.code.startsWith('114') && targets.length > 0 && targets.every((t) => t.actor.type === 'igo')) {
    const about = complainedOf(ctx, targets[targets.length - 1]!.endToken);
    if (about.length > 0) targets = about;
  }
  targets = targets.filter((t) => !sources.some((s) => sameActor(s, t)));
  // "Scholz and Zelensky met in Kyiv": the venue of a meeting of named sides is no party to it; in one side's country
  // the other visits it (host.ts).
  const venue = match.pattern.code === '044' ? venueMeeting(ctx, sources, targets) : null;
  if (venue !== null) {
    sources = venue.visitor !== null ? [venue.visitor] : sources;
    targets = venue.host !== null ? [venue.host] : [];
  }
  // "Ukraine protects its territory": a strict target that turns out to be the source itself is no target.
  const strict = match.pattern.items.some((it) => it.kind === 'target' && it.strict);
  if (strict && targets.length === 0 && !passive) return [];
  // "were hit by economic crises", "hit by famine": a strict verb whose agent is neither an actor nor a weapon is a metaphor.
  if (strict && passive && sources.length === 0 && byAfter(ctx, i) && !weaponAgent(ctx, i)) return [];
  // "a statement released by the ministry", "the soldier, whose name was not released": information handed out is no
  // act on anyone, whoever handed it out.
  if (strict && passive && INFORMATION.has(passivePatientHead(ctx, i) ?? '')) return [];
  // "A journalist was killed in a car bomb explosion in Beirut": force whose doer is not named may name no actor at
  // all; the geo stage gives it the place's unidentified forces and state, and drops it if the sentence names no
  // place. Only in the main clause: "a curfew in Montenegro, where 28 people have been killed" tells the background
  // of another event. A doer named but not resolved ("they bombed", "killed by the occupiers") is a miss, not a mystery.
  // So may an arrest, charge, investigation or expulsion ("a missionary was arrested in Lebanon"): the geo stage gives
  // it the place's state.
  if (
    sources.length === 0 &&
    targets.length === 0 &&
    !((FORCE.test(match.pattern.code) || LEGAL_ACTS.test(match.pattern.code)) && unnamedDoer(ctx, i, noun))
  )
    return [];
  // A noun with no actor of its own is context ("assistance to the war against Iraq", "removing the
  // sanctions on Burma"), unless it is what the clause is about ("The shelling of Kharkiv continued").
  if (noun && sources.length === 0 && !clauseSubject(ctx, i)) return [];
  // '"Russia must de-escalate," Biden and Scholz agreed': a bare verb after a closing quote reports speech.
  if (!noun && match.pattern.items.length === 0 && afterQuote(ctx, i)) return [];
  // A noun naming the war ("over Russia's invasion", "in his invasion of Ukraine") is context, not an
  // event, unless it is what the clause reports: its subject or the object of a light verb ("launched an invasion").
  if (
    noun &&
    /^(?:18|19|20)/.test(match.pattern.code) &&
    match.sources.length === 0 &&
    lightVerbBefore(ctx, i) === null &&
    (!clauseSubject(ctx, i) || prepositionalClause(ctx, i))
  )
    return [];
  // A bare -ing form after a preposition or inside a noun phrase names the activity ("a halt in
  // fighting", "infantry fighting vehicles", "fighting damage"); after a comma or be-form it is a verb.
  if (!noun && match.pattern.items.length === 0 && nominalGerund(ctx, i) && nounModifierSource(ctx, i) === null)
    return [];
  if (!noun && (gerundComplement(ctx, i) || evidenceInfinitive(ctx, i))) return [];
  if (courtesyGreeting(ctx, match)) return [];
  if (/^(?:18|19|20)/.test(match.pattern.code) && abstractObject(ctx, match.trigger + 1)) return [];
  // "ready to fight for peace", "as they fight for their freedom": fighting for a cause names no attack.
  if (
    !noun &&
    match.pattern.items.length === 0 &&
    /^(?:18|19|20)/.test(match.pattern.code) &&
    ctx.doc.tokens[i + 1]?.lower === 'for'
  )
    return [];
  if (needsCounterpart(match.pattern.code) && targets.length === 0 && sources.length < 2) return [];
  // A visit needs a visitor, a consultation in the passive an agent ("until their demands are met").
  if (/^04[23]/.test(match.pattern.code) && sources.length === 0) return [];
  if (passive && needsCounterpart(match.pattern.code) && sources.length === 0) return [];

  // "G7 members have agreed to impose a price cap on Russian oil": a measure agreed among its imposers is a joint
  // decision still to be carried out (hypothetical), not a threat made to the target.
  // With a condition ("… if Russia invades") it is a threat all the same.
  const agreedMeasure =
    /^agree/.test(reading.cue ?? '') && match.pattern.code.startsWith('16') && !conditionAfter(ctx, i);
  const announced = agreedMeasure
    ? null
    : reading.announced === 'reported-future'
      ? reporter !== null
        ? 'future'
        : null
      : reading.announced;
  const selfAnnounced = reading.announced === 'commitment' || (reporter !== null && sameActor(reporter, sources[0]));
  // "announced $205 million in humanitarian aid to Ukraine": announced aid is a pledge (033x, AGREE).
  const pledged = noun && reading.modality === 'asserted' && match.pattern.code.startsWith('07') && announcedBy(ctx, i);
  // "will withdraw its force from Chad unless …": an announced act made conditional on the other side is a threat.
  // So is a cut or a coercive measure of one's own that "may" or "could" come if the other side fails ("may halt
  // mediation efforts … if cooperation founders"): saying what one might do to whom on a condition is a warning.
  const conditional =
    !pledged &&
    reading.modality !== 'negated' &&
    ((reading.announced !== null &&
      reading.announced !== 'obligation' &&
      reading.announced !== 'aim' &&
      unlessAfter(ctx, i)) ||
      (POSSIBILITY_MODALS.has(reading.cue ?? '') && !passive && /^1[67]/.test(match.pattern.code) && ifAfter(ctx, i)));
  // "announced it would prohibit all aid to …", "decided to expel the ambassador": cutting relations announced as a
  // decision is the cut itself, not a threat (a threat is said to the other side to change what it does).
  const decided =
    !conditional &&
    reading.modality !== 'negated' &&
    match.pattern.code.startsWith('16') &&
    decisionBefore(ctx, i) &&
    !conditionAfter(ctx, i);
  // "the army prepared to resume shelling …": the preparation is a posture (150), the attack not yet done.
  const preparing =
    (reading.cue === 'prepare' || reading.cue === 'prepared') && preparedForce(ctx, i, match.pattern.code);
  const coded =
    imperative !== null
      ? { code: match.pattern.code, modality: 'hypothetical' as Modality, note: 'asked for' }
      : preparing
        ? { code: '150', modality: 'asserted' as Modality, note: 'preparation → posture 150' }
        : decided
          ? { code: match.pattern.code, modality: 'asserted' as Modality, note: 'announced decision' }
          : conditional
            ? {
                code: threatCode(match.pattern.code) ?? '130',
                modality: 'asserted' as Modality,
                note: 'conditional threat',
              }
            : pledged
              ? {
                  code: intentCode(match.pattern.code)!,
                  modality: reading.modality,
                  note: `pledge ${intentCode(match.pattern.code)!}`,
                }
              : recode(match.pattern.code, reading.modality, announced, selfAnnounced, codebook);
  // Meeting in a host's country is no meeting at a third place (044).
  // "blown up by a surface-to-air missile": a bombing with a military weapon is military force.
  const military = coded.code.startsWith('183') ? militaryInstrument(ctx, match.end - 1) : null;
  const code = venue?.host != null && coded.code === '044' ? '040' : (military ?? coded.code);
  if (coded.note !== null) rule += ` → ${coded.note}`;
  if (venue !== null) rule += ` (venue ${venue.venue.actor.code})`;
  if (military !== null) rule += ` → military weapon ${military}`;
  if (reading.cue !== null && coded.modality !== 'asserted') rule += ` [${reading.cue}]`;

  const base: EventBase = {
    ctx,
    match,
    dictionaryVersion,
    confidenceBase:
      0.45 + (match.pattern.items.length >= 2 ? 0.1 : 0) - (inferredSource ? 0.1 : 0) + (explicitTarget ? 0.08 : 0),
  };
  // "X informed/briefed Y" runs one way: the informer is known. So does a series of calls one actor
  // held with several counterparts ("had telephone conversations with A, B and C"): the caller organised it.
  const directed =
    match.pattern.trigger.every((w) => DIRECTED_TRIGGERS.has(w)) ||
    (sources.length === 1 && (targets.length > 1 || pluralCalls(ctx, match)));
  // "a joint briefing with his Ukrainian counterpart in Kyiv": a meeting in one side's country is the other's visit.
  const visitor =
    venue?.visitor ?? (/^04[04]/.test(code) ? visitorByPlace(ctx, match.end, [...sources, ...targets]) : null);
  const pairs = pairsOf(
    sources,
    targets,
    code,
    jointAct(ctx, match.pattern, i, match.end),
    initiator(ctx) ?? visitor,
    directed,
  );
  return keepInitiative(ctx, pairs, code).map(([source, target]) =>
    makeEvent(base, codebook, code, coded.modality, source, target, reporter, rule),
  );
}

/** Who called whom, by country, once a sentence of the article has said so. */
interface Initiative {
  readonly from: string;
  readonly to: string;
}

/**
 * Consultation pairs coded both ways keep only the direction an earlier sentence established for the
 * same two countries; a pair coded one way by its own sentence's initiative is remembered.
 */
function keepInitiative(
  ctx: SentenceContext,
  pairs: readonly [Mention | null, Mention | null][],
  code: string,
): [Mention | null, Mention | null][] {
  const memory = ctx.initiatives;
  if (memory === undefined || !MUTUAL_CODES.has(code)) return [...pairs];
  const country = (m: Mention | null): string | null => m?.actor.country ?? null;
  const key = ([s, t]: [Mention | null, Mention | null]): string => `${country(s)}>${country(t)}`;
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

/** The matched words hold a plural call noun ("telephone conversations", "phone calls"), not "talks". */
function pluralCalls(ctx: SentenceContext, match: Match): boolean {
  return (
    match.pattern.noun &&
    [match.trigger, ...match.literals].some((k) => /^(?:conversations|calls)$/.test(ctx.doc.tokens[k]!.lower))
  );
}

/**
 * "Russia said that Sudan must return the helicopter": whatever the verb, a reported obligation is
 * the reporter's demand on the subject (CAMEO 10 → REQUEST); a coded verb refines the demand code.
 */
function obligationDemands({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  const events: Event[] = [];
  for (let k = ctx.sentence.firstToken + 1; k < ctx.sentence.endToken - 1; k++) {
    const t = ctx.doc.tokens[k]!;
    const next = ctx.doc.tokens[k + 1]!;
    // "to" is tested first: this runs on every token, and a regex literal makes a new RegExp at each evaluation.
    const modal = OBLIGATION.has(t.lower) || (next.lower === 'to' && /^(?:has|have|needs|need)$/.test(t.lower));
    if (!modal || ctx.doc.tokens[k + 1]?.lower === 'not') continue;
    const subjects = obligedSubjects(ctx, k);
    if (subjects.length === 0) continue;
    // "the debate about whether Russian Post should be supported": an obligation in question is no demand.
    if (CONDITIONAL.has(ctx.doc.tokens[clauseStart(ctx, k) - 1]?.lower ?? '')) continue;
    const reporter = reporterOf(ctx, k, quotes);
    if (reporter === null) continue;
    let verb = k + 1;
    while (verb < ctx.sentence.endToken - 1 && ctx.doc.tokens[verb]!.pos !== 'VERB') verb++;
    const embedded = matches.find((m) => m.trigger >= k && m.trigger <= verb);
    const code = demandCode(embedded?.pattern.code ?? '');
    const match: Match = embedded ?? ruleMatch(OBLIGATION_RULE, verb, [], []);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.45 };
    // '"Russia must …," Biden and Scholz agreed': each coordinated speaker demands.
    const reporters = reporter.sentence === ctx.sentence.index ? coordinatedBefore(ctx, reporter) : [reporter];
    for (const speaker of reporters)
      for (const doer of subjects.filter((d) => !sameActor(speaker, d)))
        events.push(
          makeEvent(
            base,
            codebook,
            code,
            'asserted',
            speaker,
            doer,
            null,
            `rules:obligation (${t.lower}) → demand ${code}`,
          ),
        );
  }
  return events;
}

/**
 * '"Close it for all Russian missiles," Zelenskyy urged', after he called on Western countries to close the sky: an
 * imperative the speaker says to another side whose identity is clear is the speaker's demand of it (imperatives.ts),
 * coded by what is asked ("Give us planes" → 103, "Withdraw your troops" → 105), else 100.
 */
function imperativeDemands({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  const events: Event[] = [];
  for (const verb of imperativeVerbs(ctx)) {
    const speaker = quoteSpeaker(ctx, verb, quotes, true);
    const addressee = speaker === null ? null : addresseeOf(ctx, speaker, ctx.addressees);
    if (speaker === null || addressee === null) continue;
    const asked = matches.find((m) => m.trigger === verb);
    const code = demandCode(asked?.pattern.code ?? '');
    const match: Match = ruleMatch(IMPERATIVE_RULE, verb, [speaker], [addressee]);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    const rule = `rules:imperative (${ctx.doc.tokens[verb]!.lower}) → demand ${code}`;
    events.push(makeEvent(base, codebook, code, 'asserted', speaker, addressee, null, rule));
  }
  return events;
}

/**
 * Threats without a threat verb (warnings.ts): "we will respond", "there would be consequences for
 * Russia". The warner is the clause subject, else the reporter or the quote's speaker. Skipped when a
 * threat pattern already coded the sentence or used the word.
 */
function warningEvents({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  if (matches.some((m) => m.pattern.code.startsWith('13'))) return [];
  if (ctx.doc.tokens[ctx.sentence.endToken - 1]?.text === '?') return [];
  const used = new Set(matches.flatMap((m) => [m.trigger, ...m.literals]));
  const events: Event[] = [];
  for (const warning of findWarnings(ctx)) {
    if (used.has(warning.trigger)) continue;
    const reporter = reporterOf(ctx, warning.trigger, quotes);
    const speaker =
      quoteSpeaker(ctx, warning.trigger, quotes, true) ?? pronounReporters(ctx, warning.trigger, reporter)[0] ?? null;
    const subjects = warning.subjects.filter((s) => !warning.targets.some((t) => sameActor(s, t)));
    const sources = subjects.length > 0 ? subjects : [speaker ?? reporter].filter((m): m is Mention => m !== null);
    if (sources.length === 0) continue;
    const match: Match = ruleMatch(WARNING_RULE, warning.trigger, sources, warning.targets);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    const targets: (Mention | null)[] = warning.targets.length > 0 ? [...warning.targets] : [null];
    for (const source of sources)
      for (const target of targets) {
        if (target !== null && sameActor(source, target)) continue;
        events.push(
          makeEvent(
            base,
            codebook,
            warning.code,
            'asserted',
            source,
            target,
            reporter,
            `rules:warning (${ctx.doc.tokens[warning.trigger]!.lower}) → threat ${warning.code}`,
          ),
        );
      }
  }
  return events;
}

/** "The Kiev authorities are fully responsible for this": the speaker or reporter blames them (112). */
function blameEvents({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  if (matches.some((m) => m.pattern.code.startsWith('11'))) return [];
  return findBlame(ctx).flatMap((blame) => {
    const reporter = reporterOf(ctx, blame.trigger, quotes);
    const said = quoteSpeaker(ctx, blame.trigger, quotes, true) ?? reporter;
    // "Russia's claim that … is false": the claim's own speaker is the one accused, not the accuser.
    const accuser = said !== null && blame.targets.some((t) => sameActor(said, t)) ? null : said;
    const match: Match = ruleMatch(BLAME_RULE, blame.trigger, accuser !== null ? [accuser] : [], blame.targets);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    return blame.targets
      .filter((target) => accuser === null || !sameActor(accuser, target))
      .map((target) =>
        makeEvent(
          base,
          codebook,
          '112',
          'asserted',
          accuser,
          target,
          reporter,
          `rules:blame (${ctx.doc.tokens[blame.trigger]!.lower})`,
        ),
      );
  });
}

/**
 * "Japan is a reliable partner of our country", said by Zelenskyy: the speaker or reporter praises Japan (051). The
 * partner must be the speaker's own ("our", "of ours", "of Ukraine" said by Ukraine's president), never the speaker.
 */
function praiseEvents({ ctx, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  return findPraise(ctx).flatMap((praise) => {
    const praiser = quoteSpeaker(ctx, praise.trigger, quotes, true) ?? reporterOf(ctx, praise.trigger, quotes);
    if (praiser === null || (praise.owner !== null && !sameCountry(praise.owner, praiser))) return [];
    const match: Match = ruleMatch(PRAISE_RULE, praise.trigger, [praiser], praise.targets);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    return praise.targets
      .filter((target) => !sameCountry(praiser, target))
      .map((target) =>
        makeEvent(
          base,
          codebook,
          '051',
          'asserted',
          praiser,
          target,
          praiser,
          `rules:praise (${ctx.doc.tokens[praise.trigger]!.lower})`,
        ),
      );
  });
}

/** "would not give permission to Russia to help Israel": the refuser declines to yield to Russia (124). */
function permissionRefusals({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  return refusedPermissions(ctx).flatMap((refusal) => {
    // "refused permission to Israel": a rejection pattern on the same verb already says it.
    if (matches.some((m) => m.trigger === refusal.trigger && m.pattern.code.startsWith('12'))) return [];
    const match: Match = ruleMatch(REFUSAL_RULE, refusal.trigger, refusal.refusers, refusal.refused);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    const reporter = reporterOf(ctx, refusal.trigger, quotes);
    return refusal.refusers.flatMap((source) =>
      refusal.refused
        .filter((target) => !sameActor(source, target))
        .map((target) =>
          makeEvent(base, codebook, '124', 'asserted', source, target, reporter, 'rules:refused permission → 124'),
        ),
    );
  });
}

/** Words of help that a thanked actor gave: "thanked Poland for its concrete support". */
const HELP_NOUNS = new Set(['support', 'assistance', 'aid', 'help', 'supplies', 'weapons', 'donations']);
/** Tasks whose help builds up the one helped: "support in strengthening our defence" is aid. */
const AID_TASKS = new Set([
  'strengthen',
  'bolster',
  'rebuild',
  'restore',
  'defend',
  'protect',
  'evacuate',
  'reconstruct',
]);

/** "for his efforts to evacuate civilians": efforts at a task that builds up the thanker are help. */
function aidEfforts(ctx: SentenceContext, j: number): boolean {
  const [word, to, verb] = [ctx.doc.tokens[j], ctx.doc.tokens[j + 1], ctx.doc.tokens[j + 2]];
  return word?.lower === 'efforts' && to?.lower === 'to' && verb !== undefined && AID_TASKS.has(verb.lemma);
}

/**
 * "X thanked Y for its support/assistance": the thanks (SUPPORT 051) also report that Y helped X
 * (AID 070), an event of its own, asserted.
 */
function thanksForAid({ ctx, matches, codebook, dictionaryVersion }: SentenceInput): Event[] {
  const events: Event[] = [];
  for (const match of matches) {
    // "expressed gratitude for the assistance provided by X": the pattern has used up the "for".
    const grateful = match.pattern.items.some((it) => it.kind === 'word' && it.words.includes('gratitude'));
    if (match.pattern.code !== '051' || !(match.pattern.trigger.includes('thank') || grateful)) continue;
    let help = -1;
    const from = grateful ? match.end - 1 : match.end;
    for (let k = from; k < Math.min(ctx.sentence.endToken, from + 8); k++) {
      const t = ctx.doc.tokens[k]!;
      if (t.lower === 'for') {
        for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 5); j++) {
          if (HELP_NOUNS.has(ctx.doc.tokens[j]!.lower) || aidEfforts(ctx, j)) help = j;
          if (help >= 0 || ctx.doc.tokens[j]!.pos === 'VERB') break;
        }
        break;
      }
    }
    // "for its assistance in hosting talks": help with a task the thanked one did, not aid given;
    // but help in building up the thanker ("support in strengthening Ukraine's defence") is aid.
    const task = ctx.doc.tokens[help + 1]?.lower === 'in' ? ctx.doc.tokens[help + 2] : undefined;
    if (help < 0 || (task !== undefined && /ing$/.test(task.lower) && !AID_TASKS.has(task.lemma))) continue;
    const thanker = subjectOf(ctx, match.trigger);
    const base: EventBase = {
      ctx,
      match: { ...match, trigger: help, end: help + 1, literals: [] },
      dictionaryVersion,
      confidenceBase: 0.4,
    };
    // "thanked the minister for the support for Ukraine by the British government": the noun phrase may name both.
    const named = nounPhraseParties(ctx, help);
    const helpers = named.givers.length > 0 ? named.givers : match.targets;
    if (helpers.length === 0) continue;
    const helpedOnes = named.receivers.length > 0 ? named.receivers : thanker;
    for (const helper of helpers)
      for (const helped of helpedOnes.length > 0 ? helpedOnes : [null])
        events.push(
          makeEvent(base, codebook, '070', 'asserted', helper, helped, null, 'rules:thanks-for-aid → aid 070'),
        );
  }
  return events;
}

/** A pattern for an event found by a rule rather than a dictionary entry: it names the rule in `Event.rule`. */
function ruleOnly(name: string, code: string): Pattern {
  return {
    id: `rules:${name}`,
    code,
    plover: null,
    trigger: [],
    noun: false,
    noTarget: true,
    items: [],
    file: 'rules',
    line: 0,
  };
}

const WARNING_RULE = ruleOnly('warning', '130');
const BLAME_RULE = ruleOnly('blame', '112');
const PRAISE_RULE = ruleOnly('praise', '051');
const OBLIGATION_RULE = ruleOnly('obligation', '100');
const IMPERATIVE_RULE = ruleOnly('imperative', '100');
const REFUSAL_RULE = ruleOnly('refused permission', '124');

/** A match made by a grammatical rule rather than a pattern: the one trigger word, its doers and targets. */
function ruleMatch(pattern: Pattern, trigger: number, sources: readonly Mention[], targets: readonly Mention[]): Match {
  return { pattern, trigger, end: trigger + 1, literals: [], targets, sources, gaps: 0 };
}

interface EventBase {
  readonly ctx: SentenceContext;
  readonly match: Match;
  readonly dictionaryVersion: string;
  readonly confidenceBase: number;
}

function makeEvent(
  base: EventBase,
  codebook: Codebook,
  code: string,
  modality: Modality,
  source: Mention | null,
  target: Mention | null,
  reporter: Mention | null,
  rule: string,
): Event {
  const { ctx, match } = base;
  const info = codebook.codes.get(code)!;
  const trigger = ctx.doc.tokens[match.trigger]!;
  const lastIndex = triggerEnd(ctx, match);
  const last = ctx.doc.tokens[lastIndex]!;
  const confidence =
    base.confidenceBase +
    (source !== null ? 0.2 : 0) +
    (target !== null ? 0.12 : 0) -
    (source?.kind === 'pronoun' || target?.kind === 'pronoun' ? 0.1 : 0);
  return {
    id: eventId(ctx.doc.article.id, ctx.sentence.index, trigger.start, code, source?.actor, target?.actor),
    sentenceIndex: ctx.sentence.index,
    sentence: ctx.sentence.text,
    trigger: { start: trigger.start, end: last.end, text: ctx.doc.article.text.slice(trigger.start, last.end) },
    // Dated here, not in the base: a sentence whose matches make no event never runs the date parser.
    date: dateOfEvent(ctx, match.trigger, lastIndex),
    source: source?.actor ?? null,
    target: target?.actor ?? null,
    cameo: code,
    plover: match.pattern.plover !== null && code === match.pattern.code ? match.pattern.plover.category : info.plover,
    mode: match.pattern.plover !== null && code === match.pattern.code ? match.pattern.plover.mode : info.mode,
    goldstein: info.goldstein,
    quadClass: info.quadClass,
    modality,
    reportedBy: reporter !== null && !sameActor(reporter, source ?? undefined) ? reporter.actor : null,
    confidence: Math.min(1, Math.max(0, round(confidence))),
    rule,
    dictionaryVersion: base.dictionaryVersion,
  };
}

/**
 * Source × target pairs. Coordinated subjects of a joint cooperative event (`joint`, mutual.ts) with no target act
 * on each other; talks and phone calls (040, 041, 046) are mutual, so they are coded in both directions.
 */
function pairsOf(
  sources: readonly Mention[],
  targets: readonly Mention[],
  code: string,
  joint: boolean,
  initiative: Mention | 'latter' | null = null,
  directed = false,
): [Mention | null, Mention | null][] {
  if (targets.length === 0 && sources.length > 1 && joint && RECIPROCAL_ROOTS.has(code.slice(0, 2))) {
    return sources.flatMap((s) => sources.filter((t) => t !== s).map((t): [Mention, Mention] => [s, t]));
  }
  const sourceList: (Mention | null)[] = sources.length > 0 ? [...sources] : [null];
  const targetList: (Mention | null)[] = targets.length > 0 ? [...targets] : [null];
  const pairs = sourceList.flatMap((s) => targetList.map((t): [Mention | null, Mention | null] => [s, t]));
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
 * Who took the initiative of a call or meeting: "at the latter's initiative", "at the Israeli side's
 * initiative", or the visitor of "X, who is in Kyiv on a visit".
 */
function initiator(ctx: SentenceContext): Mention | 'latter' | null {
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
/** Consultation verbs done by one side to the other: never coded in both directions. */
const DIRECTED_TRIGGERS = new Set(['inform', 'brief', 'update', 'tell', 'notify']);

/** Applies recode.ts: announced cooperation → intent, self-announced coercion → threat, "will not" → rejection. */
function recode(
  code: string,
  modality: Modality,
  announced: 'future' | 'commitment' | 'aim' | 'obligation' | null,
  selfAnnounced: boolean,
  codebook: Codebook,
): { code: string; modality: Modality; note: string | null } {
  // "are seeking to deepen a partnership": an aim to cooperate is intent (03); an aim to harm is no threat.
  if (announced === 'aim') {
    const intent = intentCode(code);
    return modality === 'hypothetical' && isCode(codebook, intent)
      ? { code: intent, modality: 'asserted', note: `aim ${intent}` }
      : { code, modality, note: null };
  }
  if (modality === 'negated' && announced === 'future') {
    const rejection = rejectionCode(code);
    return isCode(codebook, rejection)
      ? { code: rejection, modality: 'asserted', note: `rejection ${rejection}` }
      : { code, modality, note: null };
  }
  if (announced !== 'future' && announced !== 'commitment') return { code, modality, note: null };
  // "Biden said he would consider sanctions on Russia": saying so is the threat itself.
  if (code.startsWith('13') && modality === 'hypothetical')
    return { code, modality: 'asserted', note: 'announced threat' };
  const intent = intentCode(code);
  if (isCode(codebook, intent)) return { code: intent, modality: 'asserted', note: `intent ${intent}` };
  const threat = threatCode(code);
  if (isCode(codebook, threat) && selfAnnounced)
    return { code: threat, modality: 'asserted', note: `threat ${threat}` };
  return { code, modality: 'hypothetical', note: null };
}

/**
 * A code the codebook knows. A module function, not a closure made in `recode` per event: under tsx every named
 * closure also costs a `__name` call (Object.defineProperty) when it is made.
 */
function isCode(codebook: Codebook, c: string | null): c is string {
  return c !== null && codebook.codes.has(c);
}

/**
 * The act of force at verb `i` names no doer: a passive with no "by" agent ("a journalist was killed in Beirut") or a
 * weapon as its subject ("a car bomb killed three people in Baghdad"), in the main clause or what a speech verb
 * reports ("police said that …"), not in a subordinate or relative one.
 */
function unnamedDoer(ctx: SentenceContext, i: number, noun: boolean): boolean {
  if (noun || STATE_ACTS.test(ctx.doc.tokens[i]!.lemma)) return false;
  const start = clauseStart(ctx, i);
  if (start !== ctx.sentence.firstToken && ctx.doc.tokens[start - 1]?.lower !== 'that') return false;
  if (isPassive(ctx, i)) return !byAfter(ctx, i) || weaponAgent(ctx, i);
  let k = i - 1;
  while (k > start && /^(?:AUX|ADV|PART)$/.test(ctx.doc.tokens[k]!.pos)) k--;
  return WEAPONS.has(ctx.doc.tokens[k]!.lemma);
}

/** Verbs of holding a place, not of harming anyone: "the temporarily occupied territories". */
const STATE_ACTS = /^(?:occupy|blockade|besiege|liberate)$/;

/** The actor in the subject of a that-clause opening at `that` ("that control of the Nigerian Interior Ministry be"). */
function demandedOf(ctx: SentenceContext, that: number): Mention[] {
  if (ctx.doc.tokens[that]?.lower !== 'that') return [];
  for (let k = that + 1; k < Math.min(ctx.sentence.endToken, that + 7); k++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) return m.kind === 'pronoun' ? [] : coordinated(ctx, m);
    const t = ctx.doc.tokens[k]!;
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && t.lower !== 'of' && !isPossessiveMark(t)) return [];
  }
  return [];
}

/** "hit by a missile", "hit by shelling": the passive's "by" phrase names a weapon. */
function weaponAgent(ctx: SentenceContext, i: number): boolean {
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken, i + 8); k++) {
    if (ctx.doc.tokens[k]!.lower !== 'by') continue;
    for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 5); j++) {
      if (WEAPONS.has(ctx.doc.tokens[j]!.lemma)) return true;
      if (!/^(?:DET|ADJ|NUM|NOUN)$/.test(ctx.doc.tokens[j]!.pos)) return false;
    }
    return false;
  }
  return false;
}

/** "killed by the occupiers": a "by" in the verb's own phrase names an agent. */
function byAfter(ctx: SentenceContext, i: number): boolean {
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken, i + 8); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === 'by') return true;
    if (t.pos === 'VERB' || HARD_BOUNDARIES.has(t.text)) return false;
  }
  return false;
}

/** Two mentions of one country (or, without a country, one code): the speaker's side among the participants. */
function sameCountry(a: Mention, b: Mention): boolean {
  return (a.actor.country ?? a.actor.code) === (b.actor.country ?? b.actor.code);
}

function sameActor(a: Mention, b: Mention | undefined): boolean {
  return b !== undefined && a.actor.name === b.actor.name && a.actor.code === b.actor.code;
}

/**
 * An -ing form used as a noun: inside a noun phrase ("infantry fighting vehicles", "the fighting",
 * "small faults or fighting damage") or after a preposition with no object ("a halt in fighting").
 * After a plural noun it is a reduced relative and stays a verb ("saboteurs attacking institutions").
 */
/** What force cannot strike: "to hit Moscow's ability to finance the war", "crush the Russian economy". Not industry,
 * sector or capacity: missiles do hit "Ukraine's energy sector" and "defence industry". Nor is fighting a disease, a
 * scourge or a challenge an act of force ("as we fight the coronavirus pandemic", "fighting the Omicron variant",
 * "has been fighting these challenges"). */
const ABSTRACT_OBJECTS = new Set(
  `ability abilities economy economies finance finances revenue revenues income incomes budget budgets interests
  reputation credibility morale prestige image hopes ambitions chances profits exports imports market markets
  currency rouble ruble stocks wallets pockets
  pandemic pandemics epidemic epidemics coronavirus covid covid-19 virus viruses variant variants disease diseases
  infection infections corruption poverty inflation wildfire wildfires challenge challenges`.split(/\s+/),
);

/** Things a text hands out: "a statement released by", "footage released by", "names released". */
const INFORMATION = new Set(
  (
    'statement statements report reports footage video videos image images photo photos photograph photographs ' +
    'picture pictures readout readouts document documents name names figure figures data details text transcript ' +
    'transcripts letter list communique communiqué recording recordings audio film study survey poll results ' +
    'information findings'
  ).split(' '),
);

/**
 * The head noun of what a passive at `i` acted on: the noun right before the participle and its auxiliaries ("the
 * footage released", "no images of the meeting were released": the noun before "of").
 */
function passivePatientHead(ctx: SentenceContext, i: number): string | null {
  let k = i - 1;
  while (/^(?:ADV|AUX|PART)$/.test(token(ctx, k)?.pos ?? '') || BE_FORMS.has(token(ctx, k)?.lower ?? '')) k--;
  if (token(ctx, k)?.pos !== 'NOUN' && token(ctx, k)?.pos !== 'PROPN') return null;
  let head = k;
  while (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(token(ctx, k - 1)?.pos ?? '')) k--;
  if (token(ctx, k - 1)?.lower === 'of' && token(ctx, k - 2)?.pos === 'NOUN') head = k - 2;
  return token(ctx, head)!.lower;
}

/** The object phrase after `from` is headed by an abstract noun: the act of force is a metaphor. */
function abstractObject(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k < Math.min(ctx.sentence.endToken, from + 6); k++) {
    const t = ctx.doc.tokens[k]!;
    // "Russia's industry" may itself be a mention (a sector): its head decides all the same.
    const m = ctx.mentions[ctx.mentionAt[k] ?? -1];
    if (m !== undefined && ABSTRACT_OBJECTS.has(ctx.doc.tokens[m.endToken - 1]!.lower)) return true;
    if (m !== undefined || t.pos === 'DET' || t.pos === 'ADJ' || isPossessiveMark(t)) continue;
    return t.pos === 'NOUN' && ABSTRACT_OBJECTS.has(t.lower);
  }
  return false;
}

function nominalGerund(ctx: SentenceContext, i: number): boolean {
  if (!ctx.doc.tokens[i]!.lower.endsWith('ing')) return false;
  const token = (k: number): Token | undefined =>
    k >= ctx.sentence.firstToken && k < ctx.sentence.endToken ? ctx.doc.tokens[k] : undefined;
  const before = token(i - 1);
  const after = token(i + 1);
  if (before === undefined || ctx.mentionAt[i - 1]! >= 0) return false;
  const objectAfter = /^(?:DET|NOUN|PROPN|NUM|ADJ|PRON)$/.test(after?.pos ?? '');
  if (before.pos === 'ADP') return !objectAfter;
  if (before.pos === 'CCONJ') return token(i - 2)?.pos === 'NOUN' && after?.pos === 'NOUN';
  if (before.pos === 'NOUN' && before.lower.endsWith('s')) return false;
  return /^(?:DET|ADJ|NOUN|PROPN)$/.test(before.pos) && !BE_FORMS.has(before.lower);
}

/** Verbs that end the activity named by the -ing form after them: "halting fighting". */
const STOPPING = new Set(['halt', 'stop', 'end', 'cease', 'suspend', 'pause']);

/**
 * An -ing form that names an activity rather than reporting one: the complement of a noun
 * ("a contribution to strengthening relations", "their commitment to further strengthening
 * cooperation": what is committed to, which the noun's own event codes) or the object of a verb
 * that stops it ("halting fighting").
 */
function gerundComplement(ctx: SentenceContext, i: number): boolean {
  if (!ctx.doc.tokens[i]!.lower.endsWith('ing')) return false;
  let k = i - 1;
  // "further" is often tagged as a verb: "commitment to further strengthening".
  while (k > ctx.sentence.firstToken && (ctx.doc.tokens[k]!.pos === 'ADV' || ctx.doc.tokens[k]!.lower === 'further'))
    k--;
  const before = ctx.doc.tokens[k]!;
  if (k <= ctx.sentence.firstToken || ctx.mentionAt[k]! >= 0) return false;
  if (before.pos === 'VERB') return STOPPING.has(before.lemma);
  const head = ctx.doc.tokens[k - 1]!;
  return before.lower === 'to' && head.pos === 'NOUN' && ctx.mentionAt[k - 1]! < 0;
}

/** Occasions whose greetings are courtesy, not support for anything the target did. */
const OCCASIONS = new Set(['birthday', 'holiday', 'holidays', 'festive', 'christmas', 'easter', 'seasonal']);

/** "sent birthday greetings to X": a greeting for an occasion is not praise (CAMEO 051 needs an achievement). */
function courtesyGreeting(ctx: SentenceContext, match: Match): boolean {
  if (bareThanks(ctx, match.trigger)) return true;
  if (!match.pattern.code.startsWith('05') || match.literals.length === 0) return false;
  const last = Math.max(...match.literals);
  for (let k = match.trigger + 1; k < last; k++) if (OCCASIONS.has(ctx.doc.tokens[k]!.lower)) return true;
  return false;
}

/** Words that may follow a bare "thank you": "Thank you very much.", "Thank you all again!" */
const THANKS_FILLERS = new Set(['you', 'very', 'much', 'so', 'again', 'all', 'everyone', 'everybody']);

/** "Thank you very much." closing a turn is courtesy; thanks for something ("for finding time") are not. */
function bareThanks(ctx: SentenceContext, i: number): boolean {
  if (ctx.doc.tokens[i]!.lemma !== 'thank' || ctx.doc.tokens[i + 1]?.lower !== 'you') return false;
  for (let k = i + 1; k < ctx.sentence.endToken; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'PUNCT' && t.text !== ',') return true;
    if (!THANKS_FILLERS.has(t.lower)) return false;
  }
  return true;
}

/** Nouns whose to-infinitive says what could be shown, not what was done: "no evidence to support the claim". */
const EVIDENCE_NOUNS = new Set(['evidence', 'proof', 'reason', 'grounds', 'basis']);

function evidenceInfinitive(ctx: SentenceContext, i: number): boolean {
  const to = ctx.doc.tokens[i - 1];
  const head = ctx.doc.tokens[i - 2];
  return i - 2 >= ctx.sentence.firstToken && to?.lower === 'to' && EVIDENCE_NOUNS.has(head?.lower ?? '');
}

/** The verb at `i` follows a quotation and its speakers only: '…," X and Y agreed'. */
function afterQuote(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 16); k--) {
    const t = ctx.doc.tokens[k]!;
    if (isQuoteMark(t)) return k > ctx.sentence.firstToken && /^[,.!?]$/.test(ctx.doc.tokens[k - 1]!.text);
    if (ctx.mentionAt[k]! < 0 && t.lower !== 'and' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** A sentence that opens with "During the NOUN," names the consultation's parties next: the first two actors. */
function openingParties(ctx: SentenceContext, i: number): Mention[] {
  const first = ctx.sentence.firstToken;
  if (ctx.doc.tokens[first]!.lower !== 'during' || i > first + 4) return [];
  let k = i + 1;
  // "During the phone call," or "During the third round of talks in Belarus,".
  while (k < ctx.sentence.endToken && ctx.doc.tokens[k]!.text !== ',') {
    if (!/^(?:NOUN|ADJ|ADP|DET|NUM|PROPN)$/.test(ctx.doc.tokens[k]!.pos) || k > i + 8) return [];
    k++;
  }
  const parties: Mention[] = [];
  for (let j = k + 1; j < ctx.sentence.endToken && parties.length < 2; j++) {
    const m = mentionOf(ctx, j);
    if (m === undefined || m.kind === 'pronoun' || parties.some((p) => sameActor(p, m))) continue;
    parties.push(m);
    j = m.endToken - 1;
  }
  return parties.length === 2 ? parties : [];
}

/** Subjects that are other people, not the speaker's side ("people just want to kill them"). */
const OTHER_PEOPLE = new Set([
  'people',
  'residents',
  'civilians',
  'citizens',
  'someone',
  'everyone',
  'experts',
  'analysts',
  'observers',
  'critics',
]);

/** The verb's subject is a noun for other people: the quote's speaker is not its source. */
function nounSubject(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 6); k--) {
    const t = ctx.doc.tokens[k]!;
    if (ctx.mentionAt[k]! >= 0) return false;
    if (t.pos === 'NOUN' || t.pos === 'PRON') return OTHER_PEOPLE.has(t.lower);
    if (!/^(?:ADV|AUX|PART|VERB)$/.test(t.pos)) return false;
  }
  return false;
}

/** Modals of possibility: what may come is not announced, but said on a condition it warns. */
const POSSIBILITY_MODALS = new Set(['may', 'might', 'could']);

/** Verbs of one's own will: "could seize Kyiv if he desired" states a power, not a condition set to the other side. */
const VOLITION = new Set(['desire', 'want', 'wish', 'choose', 'like', 'please']);

/** A condition ("if"/"unless") later in the sentence than `i`, not on the speaker's own will. */
function ifAfter(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = i + 1; k < ctx.sentence.endToken; k++) {
    if (!/^(?:if|unless)$/.test(tokens[k]!.lower)) continue;
    const end = Math.min(ctx.sentence.endToken, k + 4);
    for (let j = k + 1; j < end; j++) if (tokens[j]!.pos === 'VERB' && VOLITION.has(tokens[j]!.lemma)) return false;
    return true;
  }
  return false;
}

/** "unless" later in the sentence than `i`. */
function unlessAfter(ctx: SentenceContext, i: number): boolean {
  for (let k = i + 1; k < ctx.sentence.endToken; k++) if (ctx.doc.tokens[k]!.lower === 'unless') return true;
  return false;
}

/** The noun at `i` stands in "in/during/at (a/the) … NOUN" after its clause's verb: "agreed in a phone call". */
function heldIn(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken + 1, i - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (/^(?:in|during|at)$/.test(t.lower)) {
      // "said this at a joint briefing with …": the verb's object pronoun may stand before the preposition.
      const before = /^(?:this|that|so|it)$/.test(ctx.doc.tokens[k - 1]!.lower) ? k - 2 : k - 1;
      return ctx.doc.tokens[before]?.pos === 'VERB' || ctx.doc.tokens[before]?.pos === 'ADV';
    }
    if (!/^(?:DET|ADJ|NOUN|PROPN)$/.test(t.pos)) return false;
  }
  return false;
}

/** "since last month's U.S. invasion, …": a subordinator used as a preposition, no verb after the noun. */
function prepositionalClause(ctx: SentenceContext, i: number): boolean {
  const opener = ctx.doc.tokens[clauseStart(ctx, i) - 1];
  if (opener === undefined || !SUBORDINATORS.has(opener.lower)) return false;
  for (let k = i + 1; k < ctx.sentence.endToken; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.text === ',' || t.text === ';') return true;
  }
  return true;
}

/** No verb stands between the clause start and the noun: the noun phrase is the clause's subject. */
function clauseSubject(ctx: SentenceContext, i: number): boolean {
  for (let k = clauseStart(ctx, i); k < i; k++) {
    const t = ctx.doc.tokens[k]!;
    // "The fresh round of sanctions also targets …": "of" after a head noun stays in the subject.
    const partitive = t.lower === 'of' && ctx.doc.tokens[k - 1]?.pos === 'NOUN';
    if (t.pos === 'VERB' || t.pos === 'AUX' || (PREPOSITIONS.has(t.lower) && !partitive)) return false;
  }
  return true;
}

/**
 * "… said it will …": an unresolved personal pronoun right before the verb group stands for the
 * reporter when it fits: "he"/"she" a person, "it" a state or body, "they" not a single person, or
 * every reporter of a coordinated pair ("Obama and Putin said they will …").
 */
function pronounReporters(ctx: SentenceContext, i: number, reporter: Mention | null): Mention[] {
  if (reporter === null) return [];
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'PRON') {
      if (ctx.mentionAt[k]! >= 0) return [];
      const person = reporter.actor.type === 'person';
      if (t.lower === 'they') {
        const all = coordinationOf(ctx, reporter);
        return all.length > 1 ? all : person ? [] : [reporter];
      }
      const fits =
        t.lower === 'we' || ((t.lower === 'he' || t.lower === 'she') && person) || (t.lower === 'it' && !person);
      return fits ? [reporter] : [];
    }
    if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return [];
  }
  return [];
}

/** An unresolved "you" as the verb's object: "Thank you", "I congratulate you". */
function secondPersonAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  return t !== undefined && k < ctx.sentence.endToken && t.lower === 'you' && ctx.mentionAt[k]! < 0;
}

/** "we" right before the verb group: "We have discussed all issues". */
function firstPersonPlural(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'PRON') return ctx.mentionAt[k]! < 0 && t.lower === 'we';
    if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** An unresolved he/she/it/they right before the verb group: in a quote that is someone else, not the speaker. */
/** An event noun after a light verb whose subject is "we" or "I", or the "us" of "let's": "Let's have a dialogue". */
function firstPersonLightVerb(ctx: SentenceContext, i: number): boolean {
  const k = lightVerbBefore(ctx, i);
  if (k === null) return false;
  const before = ctx.doc.tokens[k - 1];
  if (/^(?:'s|’s|us)$/.test(before?.lower ?? '') && ctx.doc.tokens[k - 2]?.lower === 'let') return true;
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 4); j--) {
    const t = ctx.doc.tokens[j]!;
    if (t.pos === 'PRON') return ctx.mentionAt[j]! < 0 && (t.lower === 'we' || t.lower === 'i');
    if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return false;
  }
  return false;
}
function thirdPersonSubject(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'PRON') return ctx.mentionAt[k]! < 0 && /^(?:he|she|it|they)$/.test(t.lower);
    if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** "threatened to shell Iraqi towns": the target of a to-infinitive complement is searched after its verb. */
function infinitiveEnd(ctx: SentenceContext, end: number): number {
  const to = ctx.doc.tokens[end];
  const verb = ctx.doc.tokens[end + 1];
  if (end + 1 < ctx.sentence.endToken && to?.lower === 'to' && verb?.pos === 'VERB') return end + 2;
  const prev = ctx.doc.tokens[end - 1];
  if (prev?.lower === 'to' && verb !== undefined && to?.pos === 'VERB' && end < ctx.sentence.endToken) return end + 1;
  return end;
}

/**
 * The most specific pattern that matches at a trigger: most items first (the codebook's order);
 * among equals the tightest match (fewest skipped tokens: "war_crimes" over "crime" in "of war
 * crimes"), then the finer CAMEO code (1384 "threaten to invade" over 138).
 */
function bestMatch(
  ctx: SentenceContext,
  i: number,
  candidates: readonly Pattern[],
  noun: boolean,
  options: MatchOptions,
): Match | null {
  let best: Match | null = null;
  for (const pattern of candidates) {
    if (pattern.noun !== noun) continue;
    if (best !== null && pattern.items.length < best.pattern.items.length) break;
    const match = matchPattern(ctx, i, pattern, options);
    if (match === null) continue;
    if (
      best === null ||
      match.gaps < best.gaps ||
      (match.gaps === best.gaps && match.pattern.code.length > best.pattern.code.length)
    )
      best = match;
  }
  return best;
}

/**
 * Patterns for a token: by lemma, by surface form, then by undoing regular inflection, because the
 * lemmatiser sometimes strips too much ("staged" → "stag", "waged" → "wag").
 */
function triggerPatterns(
  codebook: Codebook,
  lemma: string,
  lower: string,
  lowerHash: number,
): readonly Pattern[] | undefined {
  // Most tokens are their own lemma: one lookup, not the same miss twice.
  const direct =
    lower === lemma
      ? triggerLookup(codebook, lower, lowerHash)
      : (triggerLookup(codebook, lemma, wordHash(lemma)) ?? triggerLookup(codebook, lower, lowerHash));
  // endsWith rather than a regex literal: this runs on most tokens, and a literal is a new RegExp each time.
  if (direct !== undefined || !(lower.endsWith('s') || lower.endsWith('ed') || lower.endsWith('ing'))) return direct;
  for (const stem of deinflect(lower)) {
    const found = triggerLookup(codebook, stem, wordHash(stem));
    if (found !== undefined) return found;
  }
  return undefined;
}

function triggerLookup(codebook: Codebook, word: string, hash: number): readonly Pattern[] | undefined {
  return mayHold(codebook.triggerFilter, hash) ? codebook.byTrigger.get(word) : undefined;
}

function deinflect(word: string): string[] {
  const stems: string[] = [];
  if (word.endsWith('ed')) stems.push(word.slice(0, -1), word.slice(0, -2), word.slice(0, -3));
  if (word.endsWith('ing')) stems.push(`${word.slice(0, -3)}e`, word.slice(0, -3), word.slice(0, -4));
  if (word.endsWith('es')) stems.push(word.slice(0, -2));
  if (word.endsWith('s')) stems.push(word.slice(0, -1));
  return stems;
}

/**
 * The tagger often reads an inflected verb as a noun or adjective ("Russia attacks Ukraine",
 * "Turkey armed Azerbaijan", "militants abducted two workers"): an -s/-ed form right after an
 * actor (or after has/have/had) and before an object is taken as the verb.
 */
function verbLike(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  if (taggedAdjectiveBeforeAgent(ctx, i)) return true;
  const prev = i - 1 >= ctx.sentence.firstToken ? ctx.doc.tokens[i - 1] : undefined;
  // After a modal or an infinitive's "to" a base form is a verb: "Israel will free/ADJ 150 prisoners".
  if (prev !== undefined && (MODALS.has(prev.lower) || (prev.lower === 'to' && prev.pos === 'PART'))) {
    const next = ctx.doc.tokens[i + 1];
    return (
      next !== undefined &&
      i + 1 < ctx.sentence.endToken &&
      (ctx.mentionAt[i + 1]! >= 0 || next.pos === 'DET' || next.pos === 'NUM' || QUANTITY_OPENERS.has(next.lower))
    );
  }
  // A participial clause the tagger reads as a gerund noun: "opened fire, killing one person and arresting 12".
  if (t.lower.endsWith('ing') && (prev?.lower === ',' || prev?.lower === 'and')) return objectFollows(ctx, i);
  // "the official cast/NOUN doubt on …": a verb whose past tense is its base form, right after a subject that ends
  // in a noun (not the adjective of "the Israeli hit list", nor a possessive's "Russia's cut in gas"), is that past.
  if (SAME_PARTICIPLE.has(t.lower) && prev !== undefined && nounSubjectEndsAt(ctx, i - 1))
    return objectFollows(ctx, i) || (i + 1 < ctx.sentence.endToken && ctx.doc.tokens[i + 1]!.pos === 'NOUN');
  // A headline's plural subject and a base form: "Syrian forces clash with rioters".
  if (!/(?:s|ed)$/.test(t.lower)) return pluralSubjectBefore(ctx, i) && ctx.doc.tokens[i + 1]?.pos === 'ADP';
  // An adverb may stand between the subject and the verb: "Zelenskyy also informed/ADJ Nausėda about …".
  let s = i - 1;
  while (s > ctx.sentence.firstToken && ctx.doc.tokens[s]!.pos === 'ADV' && ctx.mentionAt[s]! < 0) s--;
  const afterSubject = ctx.mentionAt[s]! >= 0 || /^(?:has|have|had)$/.test(ctx.doc.tokens[s]?.lower ?? '');
  if (prev === undefined || !afterSubject) return false;
  return objectFollows(ctx, i);
}

/**
 * An actor mention ends at token `k` in a noun: "Russia", "the official" (which the tagger may call an adjective);
 * not a capitalised adjective of origin ("Israeli") nor a possessive ("Russia's").
 */
function nounSubjectEndsAt(ctx: SentenceContext, k: number): boolean {
  const m = mentionOf(ctx, k);
  const t = ctx.doc.tokens[k]!;
  const noun = t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'ADJ' && t.text === t.lower);
  return m !== undefined && m.endToken === k + 1 && noun && !isPossessiveMark(t);
}

/** An object opens right after token `i`: an actor, a determiner, a number, an adjective or a possessive. */
function objectFollows(ctx: SentenceContext, i: number): boolean {
  const next = ctx.doc.tokens[i + 1];
  if (next === undefined || i + 1 >= ctx.sentence.endToken) return false;
  return (
    ctx.mentionAt[i + 1]! >= 0 ||
    next.pos === 'DET' ||
    next.pos === 'NUM' ||
    next.pos === 'ADJ' ||
    /^(?:his|her|its|their|our)$/.test(next.lower)
  );
}

const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
/** Words that open a quantity before an object: "free over 150 prisoners", "free some detainees". */
const QUANTITY_OPENERS = new Set(['over', 'about', 'some', 'nearly', 'almost', 'more', 'up', 'at', 'all']);

/** The token before `i` ends a plural actor mention ("Syrian forces", "protesters"). */
function pluralSubjectBefore(ctx: SentenceContext, i: number): boolean {
  const m = ctx.mentions[ctx.mentionAt[i - 1] ?? -1];
  return m !== undefined && m.endToken === i && m.kind !== 'pronoun' && /s$/.test(ctx.doc.tokens[i - 1]!.lower);
}

/** The trigger span runs over literals adjacent to the trigger ("pulled out of"), not over actors. */
function triggerEnd(ctx: SentenceContext, match: Match): number {
  let end = match.trigger;
  for (const k of [...match.literals].sort((a, b) => a - b)) {
    if (k < match.trigger) continue; // an object fronted in a relative clause: "the weapons it sent"
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
  const k = lightVerbBefore(ctx, i);
  return k === null ? [] : subjectOf(ctx, k);
}

/** The event noun at `i` is the object of an announcing verb ("announced a new aid package"). */
/** "announced (that) it would …", "decided to …": a verb of deciding or announcing governs the trigger's clause. */
function decisionBefore(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 12); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'VERB' && (t.lemma === 'announce' || t.lemma === 'decide')) return true;
    if (HARD_BOUNDARIES.has(t.text) || (t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma))) return false;
  }
  return false;
}

/** "will impose further sanctions if Russia invades": a condition after the trigger makes it a threat, not a decision. */
function conditionAfter(ctx: SentenceContext, i: number): boolean {
  for (let k = i + 1; k < ctx.sentence.endToken; k++) if (CONDITIONAL.has(ctx.doc.tokens[k]!.lower)) return true;
  return false;
}

function announcedBy(ctx: SentenceContext, i: number): boolean {
  const k = lightVerbBefore(ctx, i);
  return k !== null && ANNOUNCING_VERBS.has(ctx.doc.tokens[k]!.lemma);
}

/**
 * The light verb whose object the event noun at `i` is ("held a brief meeting"), or null. An amount
 * may stand between them: "provided more than $2 billion in humanitarian aid".
 */
function lightVerbBefore(ctx: SentenceContext, i: number): number | null {
  const gathering = gatheringFor(ctx, i);
  if (gathering !== null) return gathering;
  let reach = 4;
  // A predicate adjective takes the copula's subject: "he was still open to peace talks".
  const predicate = ctx.doc.tokens[i]!.pos === 'ADJ';
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - reach); k--) {
    const t = ctx.doc.tokens[k]!;
    if (predicate && BE_FORMS.has(t.lower)) return k;
    if (t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma === 'have')) return LIGHT_VERBS.has(t.lemma) ? k : null;
    if (AMOUNT_WORDS.has(t.lower)) reach = 9;
  }
  return null;
}

const AMOUNT_WORDS = new Set(['million', 'billion', 'trillion', 'bn', 'm', '$', '€', '£']);

/** Verbs of coming together: "for talks" after them makes their subject the talks' participants. */
const GATHERING_VERBS = new Set(['gather', 'meet', 'convene', 'assemble', 'arrive', 'come', 'travel', 'fly', 'sit']);

/** "Officials from Russia and Ukraine gathered in Istanbul on Tuesday for talks": the gathering verb before "for". */
function gatheringFor(ctx: SentenceContext, i: number): number | null {
  let k = i - 1;
  while (k > ctx.sentence.firstToken && (ctx.doc.tokens[k]!.pos === 'ADJ' || ctx.doc.tokens[k]!.pos === 'DET')) k--;
  if (ctx.doc.tokens[k]?.lower !== 'for') return null;
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 10); j--) {
    const t = ctx.doc.tokens[j]!;
    // Two parties at most: a multilateral gathering ("diplomats from Russia, Ukraine, Germany and France") is no
    // set of pairwise talks, and coding every pair would count one meeting many times.
    if (t.pos === 'VERB') return GATHERING_VERBS.has(t.lemma) && subjectOf(ctx, j).length <= 2 ? j : null;
    if (t.text === ',' || t.pos === 'AUX' || t.pos === 'SCONJ') return null;
  }
  return null;
}

function eventId(
  articleId: string,
  sentence: number,
  offset: number,
  code: string,
  source: Actor | undefined,
  target: Actor | undefined,
): string {
  return sha1Hex(
    `${articleId}\u0000${sentence}\u0000${offset}\u0000${code}\u0000${source?.code ?? ''}\u0000${source?.name ?? ''}\u0000${target?.code ?? ''}\u0000${target?.name ?? ''}`,
  ).slice(0, 16);
}

/**
 * SHA-1 in hex. Node's one-shot `hash` (Node 20.12 on; imported through the namespace so that older Nodes still
 * load this module) skips the Hash object `createHash` builds: every candidate event gets an id, some several as
 * they are recoded, and `createHash` was 1.5% of the coder's CPU.
 */
const sha1Hex: (data: string) => string =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha1', data, 'hex')
    : (data) => crypto.createHash('sha1').update(data).digest('hex');

const round = (x: number): number => Math.round(x * 100) / 100;
